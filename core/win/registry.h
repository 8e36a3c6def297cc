#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ogs::win {

/// The hives this layer reads. Every reader takes one, so tests point it at HKCU.
enum class RegistryRoot { LocalMachine, CurrentUser };

/// "HKLM" / "HKCU", for messages.
std::string registryRootName(RegistryRoot root);

/// A registry key opened for reading; closes itself. Paths and names are UTF-8 with
/// backslashes. Reads return nullopt for a value that is not there and leave *error empty;
/// any other failure (wrong type, access denied) sets *error to a sentence naming the value.
class RegistryKey final {
public:
    RegistryKey() = default;
    ~RegistryKey();
    RegistryKey(RegistryKey &&other) noexcept;
    RegistryKey &operator=(RegistryKey &&other) noexcept;
    RegistryKey(const RegistryKey &) = delete;
    RegistryKey &operator=(const RegistryKey &) = delete;

    /// Opens root\path; on failure the key is closed and *error says why.
    static RegistryKey open(RegistryRoot root, const std::string &path, std::string *error);
    /// Opens a subkey of this key.
    RegistryKey child(const std::string &name, std::string *error) const;

    bool isOpen() const { return m_key != nullptr; }
    /// The full path it was opened with, "HKLM\\SYSTEM\\…", for messages.
    const std::string &path() const { return m_path; }

    std::vector<std::string> subkeyNames(std::string *error) const;
    /// REG_SZ or REG_EXPAND_SZ (not expanded).
    std::optional<std::string> readString(const std::string &name, std::string *error) const;
    /// REG_DWORD, REG_QWORD, or REG_BINARY of 1–8 bytes read as a little-endian integer
    /// (display drivers write memory sizes all three ways).
    std::optional<std::uint64_t> readUInt(const std::string &name, std::string *error) const;

private:
    RegistryKey(void *key, std::string path)
        : m_key(key)
        , m_path(std::move(path))
    {
    }
    void close();

    void *m_key = nullptr; ///< HKEY, kept opaque so this header needs no <windows.h>
    std::string m_path;
};

} // namespace ogs::win

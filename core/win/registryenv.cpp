#include "registryenv.h"

#include "registrytext.h"

#include <windows.h>

#include <vector>

namespace ogs::win {

namespace {

HKEY hive(const EnvKeyLocation &location)
{
    return location.machine ? HKEY_LOCAL_MACHINE : HKEY_CURRENT_USER;
}

/// Closes a key on scope exit.
class KeyHandle final {
public:
    KeyHandle() = default;
    ~KeyHandle()
    {
        if (m_key)
            RegCloseKey(m_key);
    }
    KeyHandle(const KeyHandle &) = delete;
    KeyHandle &operator=(const KeyHandle &) = delete;
    HKEY *out() { return &m_key; }
    HKEY get() const { return m_key; }

private:
    HKEY m_key = nullptr;
};

std::string describe(const EnvKeyLocation &location, const std::string &name)
{
    return envKeyName(location) + "\\" + name;
}

} // namespace

EnvKeyLocation envKeyLocation(EnvScope scope)
{
    if (scope == EnvScope::Machine)
        return {true, "SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment"};
    return {false, "Environment"};
}

std::string envKeyName(const EnvKeyLocation &location)
{
    return std::string(location.machine ? "HKLM\\" : "HKCU\\") + location.path;
}

std::optional<EnvRegistryValue> readEnvValue(const EnvKeyLocation &location, const std::string &name, std::string *error)
{
    error->clear();
    KeyHandle key;
    LSTATUS status = RegOpenKeyExW(hive(location), wideText(location.path).c_str(), 0, KEY_QUERY_VALUE, key.out());
    if (status == ERROR_FILE_NOT_FOUND)
        return std::nullopt;
    if (status != ERROR_SUCCESS) {
        *error = "cannot open " + envKeyName(location) + ": " + errorText(static_cast<unsigned long>(status));
        return std::nullopt;
    }
    const std::wstring wideName = wideText(name);
    std::vector<BYTE> buffer(512);
    DWORD type = 0;
    for (int attempt = 0; attempt < 8; ++attempt) {
        DWORD size = static_cast<DWORD>(buffer.size());
        status = RegQueryValueExW(key.get(), wideName.c_str(), nullptr, &type, buffer.data(), &size);
        if (status == ERROR_MORE_DATA) {
            buffer.resize(static_cast<size_t>(size) + sizeof(wchar_t));
            continue;
        }
        if (status == ERROR_FILE_NOT_FOUND)
            return std::nullopt;
        if (status != ERROR_SUCCESS) {
            *error = "cannot read " + describe(location, name) + ": " + errorText(static_cast<unsigned long>(status));
            return std::nullopt;
        }
        if (type != REG_SZ && type != REG_EXPAND_SZ) {
            *error = describe(location, name) + " is not a string value (registry type " + std::to_string(type) +
                     "); ollama-gpu-setup does not read or change it";
            return std::nullopt;
        }
        std::wstring text(reinterpret_cast<const wchar_t *>(buffer.data()), size / sizeof(wchar_t));
        while (!text.empty() && text.back() == L'\0')
            text.pop_back(); // the stored terminator (or several, as some tools write)
        return EnvRegistryValue{utf8Text(text), type == REG_EXPAND_SZ};
    }
    *error = "cannot read " + describe(location, name) + ": it keeps growing while being read";
    return std::nullopt;
}

bool writeEnvValue(const EnvKeyLocation &location, const std::string &name, const EnvRegistryValue &value, std::string *error)
{
    error->clear();
    if (value.data.find('\0') != std::string::npos) {
        *error = "cannot write " + describe(location, name) + ": the value contains a NUL character";
        return false;
    }
    KeyHandle key;
    LSTATUS status = RegCreateKeyExW(hive(location), wideText(location.path).c_str(), 0, nullptr, REG_OPTION_NON_VOLATILE,
                                     KEY_SET_VALUE, nullptr, key.out(), nullptr);
    if (status != ERROR_SUCCESS) {
        *error = "cannot open " + envKeyName(location) + " for writing: " + errorText(static_cast<unsigned long>(status)) +
                 (location.machine ? " (machine-wide variables need an elevated, administrator process)" : "");
        return false;
    }
    const std::wstring data = wideText(value.data);
    const DWORD bytes = static_cast<DWORD>((data.size() + 1) * sizeof(wchar_t)); // with the terminator
    status = RegSetValueExW(key.get(), wideText(name).c_str(), 0, value.expandable ? REG_EXPAND_SZ : REG_SZ,
                            reinterpret_cast<const BYTE *>(data.c_str()), bytes);
    if (status != ERROR_SUCCESS) {
        *error = "cannot write " + describe(location, name) + ": " + errorText(static_cast<unsigned long>(status));
        return false;
    }
    return true;
}

bool deleteEnvValue(const EnvKeyLocation &location, const std::string &name, std::string *error)
{
    error->clear();
    KeyHandle key;
    LSTATUS status = RegOpenKeyExW(hive(location), wideText(location.path).c_str(), 0, KEY_SET_VALUE, key.out());
    if (status == ERROR_FILE_NOT_FOUND)
        return true;
    if (status != ERROR_SUCCESS) {
        *error = "cannot open " + envKeyName(location) + " for writing: " + errorText(static_cast<unsigned long>(status));
        return false;
    }
    status = RegDeleteValueW(key.get(), wideText(name).c_str());
    if (status != ERROR_SUCCESS && status != ERROR_FILE_NOT_FOUND) {
        *error = "cannot delete " + describe(location, name) + ": " + errorText(static_cast<unsigned long>(status));
        return false;
    }
    return true;
}

} // namespace ogs::win

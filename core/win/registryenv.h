#pragma once

// Environment variables in the Windows registry, with their types. Plain C++17 and Win32:
// no Qt in the interface, so it cross-builds with MinGW-w64 and runs under Wine.

#include <optional>
#include <string>

namespace ogs::win {

/// HKCU\Environment (user) or HKLM\SYSTEM\CurrentControlSet\Control\Session Manager\Environment (machine).
enum class EnvScope { User, Machine };

/// Which key holds the variables: the scope's hive and a path in it. Tests use a scratch path.
struct EnvKeyLocation {
    bool machine = false;
    std::string path; ///< UTF-8, backslashes
};

/// The real key of a scope.
EnvKeyLocation envKeyLocation(EnvScope scope);
/// "HKCU\Environment", for messages.
std::string envKeyName(const EnvKeyLocation &location);

/// A string value: REG_SZ, or REG_EXPAND_SZ when `expandable` (data kept unexpanded).
struct EnvRegistryValue {
    std::string data; ///< UTF-8
    bool expandable = false;
    bool operator==(const EnvRegistryValue &o) const { return data == o.data && expandable == o.expandable; }
    bool operator!=(const EnvRegistryValue &o) const { return !(*this == o); }
};

/// nullopt with *error empty: the value (or the key) does not exist. A value of another
/// type (REG_DWORD, REG_MULTI_SZ, …) is an error: it is not ours to read or overwrite.
std::optional<EnvRegistryValue> readEnvValue(const EnvKeyLocation &location, const std::string &name, std::string *error);
/// Creates the key when needed; writes REG_SZ or REG_EXPAND_SZ as asked.
bool writeEnvValue(const EnvKeyLocation &location, const std::string &name, const EnvRegistryValue &value, std::string *error);
/// Deleting a value (or key) that is not there succeeds.
bool deleteEnvValue(const EnvKeyLocation &location, const std::string &name, std::string *error);

inline std::optional<EnvRegistryValue> readEnvValue(EnvScope scope, const std::string &name, std::string *error)
{
    return readEnvValue(envKeyLocation(scope), name, error);
}
inline bool writeEnvValue(EnvScope scope, const std::string &name, const EnvRegistryValue &value, std::string *error)
{
    return writeEnvValue(envKeyLocation(scope), name, value, error);
}
inline bool deleteEnvValue(EnvScope scope, const std::string &name, std::string *error)
{
    return deleteEnvValue(envKeyLocation(scope), name, error);
}

} // namespace ogs::win

#pragma once

#include <QString>

#include <memory>
#include <optional>

namespace ogs {

enum class RegistryScope { User, Machine };

/// "HKCU\Environment" / "HKLM\…\Session Manager\Environment", for messages.
QString registryScopeName(RegistryScope scope);

/// A string value as the registry stores it: REG_SZ, or REG_EXPAND_SZ when `expandable`.
struct RegistryValue {
    QString data;
    bool expandable = false;
    bool operator==(const RegistryValue &o) const { return data == o.data && expandable == o.expandable; }
    bool operator!=(const RegistryValue &o) const { return !(*this == o); }
};

/// The environment keys of the Windows registry. The Windows implementation sits on the
/// Qt-free layer in core/win/; tests use an in-memory one.
class EnvRegistry {
public:
    virtual ~EnvRegistry() = default;
    /// nullopt with *error empty: the value is not there.
    virtual std::optional<RegistryValue> read(RegistryScope scope, const QString &name, QString *error) = 0;
    virtual bool write(RegistryScope scope, const QString &name, const RegistryValue &value, QString *error) = 0;
    /// Deleting a value that is not there succeeds.
    virtual bool remove(RegistryScope scope, const QString &name, QString *error) = 0;
    /// WM_SETTINGCHANGE "Environment" to every top-level window, bounded by a timeout.
    virtual bool broadcastChange(QString *error) = 0;
};

/// The real registry on Windows; nullptr on every other platform.
std::unique_ptr<EnvRegistry> makeSystemRegistry();

} // namespace ogs

#pragma once

#include "env/envregistry.h"

#include <QMap>

namespace ogs::test {

/// An in-memory EnvRegistry for tests: two scopes of named string values, with switches to
/// make writes fail (access denied) and to count broadcasts.
class MemoryRegistry final : public ogs::EnvRegistry {
public:
    std::optional<ogs::RegistryValue> read(ogs::RegistryScope scope, const QString &name, QString *) override
    {
        const auto &map = values[scope];
        if (!map.contains(name))
            return std::nullopt;
        return map.value(name);
    }
    bool write(ogs::RegistryScope scope, const QString &name, const ogs::RegistryValue &value, QString *error) override
    {
        if (denyWrites) {
            *error = QStringLiteral("access denied writing %1").arg(name);
            return false;
        }
        values[scope].insert(name, value);
        return true;
    }
    bool remove(ogs::RegistryScope scope, const QString &name, QString *error) override
    {
        if (denyWrites) {
            *error = QStringLiteral("access denied deleting %1").arg(name);
            return false;
        }
        values[scope].remove(name);
        return true;
    }
    bool broadcastChange(QString *) override
    {
        ++broadcasts;
        return true;
    }

    QMap<ogs::RegistryScope, QMap<QString, ogs::RegistryValue>> values;
    bool denyWrites = false;
    int broadcasts = 0;
};

} // namespace ogs::test

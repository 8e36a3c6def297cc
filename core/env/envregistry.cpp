#include "envregistry.h"

#if defined(Q_OS_WIN)
#include "win/broadcastenv.h"
#include "win/registryenv.h"
#endif

namespace ogs {

#if defined(Q_OS_WIN)

namespace {

/// EnvRegistry on the Qt-free Windows layer.
class WindowsEnvRegistry final : public EnvRegistry {
public:
    std::optional<RegistryValue> read(RegistryScope scope, const QString &name, QString *error) override
    {
        std::string e;
        const std::optional<win::EnvRegistryValue> v = win::readEnvValue(toWin(scope), name.toStdString(), &e);
        if (!e.empty())
            *error = QString::fromStdString(e);
        if (!v)
            return std::nullopt;
        return RegistryValue{QString::fromStdString(v->data), v->expandable};
    }
    bool write(RegistryScope scope, const QString &name, const RegistryValue &value, QString *error) override
    {
        std::string e;
        const bool ok = win::writeEnvValue(toWin(scope), name.toStdString(), {value.data.toStdString(), value.expandable}, &e);
        if (!ok)
            *error = QString::fromStdString(e);
        return ok;
    }
    bool remove(RegistryScope scope, const QString &name, QString *error) override
    {
        std::string e;
        const bool ok = win::deleteEnvValue(toWin(scope), name.toStdString(), &e);
        if (!ok)
            *error = QString::fromStdString(e);
        return ok;
    }
    bool broadcastChange(QString *error) override
    {
        std::string e;
        const bool ok = win::broadcastEnvironmentChange(5000, &e);
        if (!ok)
            *error = QString::fromStdString(e);
        return ok;
    }

private:
    static win::EnvScope toWin(RegistryScope scope)
    {
        return scope == RegistryScope::Machine ? win::EnvScope::Machine : win::EnvScope::User;
    }
};

} // namespace

std::unique_ptr<EnvRegistry> makeSystemRegistry()
{
    return std::make_unique<WindowsEnvRegistry>();
}

#else

std::unique_ptr<EnvRegistry> makeSystemRegistry()
{
    return nullptr;
}

#endif

} // namespace ogs

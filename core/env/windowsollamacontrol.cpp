#include "windowsollamacontrol.h"

#if defined(Q_OS_WIN)
#include "win/processcontrol.h"

#include <QDir>

#include <algorithm>
#endif

namespace ogs {

#if defined(Q_OS_WIN)

namespace {

/// WindowsOllamaControl on the Qt-free Windows layer.
class SystemWindowsOllamaControl final : public WindowsOllamaControl {
public:
    QStringList runningProcesses(QString *error) override
    {
        std::string e;
        const std::vector<win::RunningProcess> found = win::findProcesses(win::ollamaProcessNames(), &e);
        *error = QString::fromStdString(e);
        QStringList names;
        for (const std::string &wanted : win::ollamaProcessNames()) // tray app first
            for (const win::RunningProcess &p : found)
                if (QString::fromStdString(p.exeName).compare(QString::fromStdString(wanted), Qt::CaseInsensitive) == 0)
                    names << QString::fromStdString(wanted);
        return names;
    }
    bool stopAll(int timeoutMs, QString *error) override
    {
        std::string e;
        win::stopProcesses(win::ollamaProcessNames(), static_cast<unsigned>(std::max(0, timeoutMs)), &e);
        *error = QString::fromStdString(e);
        return e.empty();
    }
    bool startDetached(const QString &program, QString *error) override
    {
        std::string e;
        // A fresh environment from the registry, not ours: ours predates what was just applied.
        const bool ok
            = win::startDetached(QDir::toNativeSeparators(program).toStdString(), {}, &e, win::StartEnvironment::User)
                  .has_value();
        *error = QString::fromStdString(e);
        return ok;
    }
};

} // namespace

std::unique_ptr<WindowsOllamaControl> makeSystemWindowsOllamaControl()
{
    return std::make_unique<SystemWindowsOllamaControl>();
}

#else

std::unique_ptr<WindowsOllamaControl> makeSystemWindowsOllamaControl()
{
    return nullptr;
}

#endif

} // namespace ogs

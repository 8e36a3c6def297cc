#include "sessionconfig.h"

#include "env/processrunner.h"

#include <QDir>
#include <QProcessEnvironment>
#include <QStandardPaths>

namespace ogs::ui {

SessionConfig SessionConfig::system(const DetectOptions &detect)
{
    static SystemProcessRunner runner;
    SessionConfig c;
    c.advice = MachineAdviceOptions::system();
    c.advice.detect = detect;
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    c.envRoots.home = QDir::homePath();
    c.shell = env.value(QStringLiteral("SHELL"));
    c.runner = &runner;
#if defined(Q_OS_WIN)
    c.windows = true;
    c.stateDir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
#else
    const QString xdg = env.value(QStringLiteral("XDG_STATE_HOME"));
    c.stateDir = (!xdg.isEmpty() && QDir::isAbsolutePath(xdg) ? xdg : c.envRoots.home + QStringLiteral("/.local/state"))
        + QStringLiteral("/ollama-gpu-setup");
#endif
    const QString host = env.value(QStringLiteral("OLLAMA_HOST"));
    if (!host.isEmpty())
        c.ollamaUrl = QUrl::fromUserInput(host.contains(QLatin1String("://")) ? host : QStringLiteral("http://") + host);
    c.settingsFile = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/setup.ini");
    c.ollamaInstall = systemInstallRequest(Platform::Linux, c.ollamaUrl); // the platform follows the scan
    return c;
}

} // namespace ogs::ui

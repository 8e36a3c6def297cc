#include "sessionconfig.h"

#include "env/envregistry.h"
#include "env/processrunner.h"
#include "env/windowsollamacontrol.h"
#include "ollama/ollamahost.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QStandardPaths>

namespace ogs::ui {

SessionConfig SessionConfig::system(const DetectOptions &detect)
{
    static SystemProcessRunner runner;
    static const std::unique_ptr<WindowsOllamaControl> windowsOllama
        = makeSystemWindowsOllamaControl(); // null off Windows
    SessionConfig c;
    c.advice = MachineAdviceOptions::system();
    c.advice.detect = detect;
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    c.envRoots.home = QDir::homePath();
    c.shell = env.value(QStringLiteral("SHELL"));
    c.environment = env;
    c.runner = &runner;
#if defined(Q_OS_WIN)
    c.windows = true;
    c.registry = makeSystemRegistry();
    c.stateDir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
#else
    const QString xdg = env.value(QStringLiteral("XDG_STATE_HOME"));
    c.stateDir = (!xdg.isEmpty() && QDir::isAbsolutePath(xdg) ? xdg : c.envRoots.home + QStringLiteral("/.local/state"))
        + QStringLiteral("/ollama-gpu-setup");
#endif
    if (!detect.sysfsRoot.isEmpty())
        c.telemetry.sysfsRoot = detect.sysfsRoot;
    // OLLAMA_HOST exactly as Ollama and the commands read it (":11434", "0.0.0.0", "https://h", …).
    c.ollamaUrl = resolveOllamaHost(env.value(QStringLiteral("OLLAMA_HOST"))).connectUrl();
    c.logs = systemLogLocation(hostLogOs(), c.envRoots.home);
    c.settingsFile = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/setup.ini");
    c.ollamaInstall = systemInstallRequest(Platform::Linux, c.ollamaUrl); // the platform follows the scan
    c.windowsOllama = windowsOllama.get();
    c.ollamaLocator = systemLocatorInput(Platform::Windows);
    return c;
}

QList<LogSource> SessionConfig::logSources(const QString &os) const
{
    if (!ollamaLog.isEmpty())
        return { LogSource { ollamaLog, {}, {} } };
    LogLocation where = logs;
    if (!os.isEmpty())
        where.os = os;
    if (where.home.isEmpty())
        where.home = envRoots.home;
    if (!where.fileExists)
        where.fileExists = [](const QString &p) { return QFileInfo(p).isFile(); };
    if (!where.listDirs)
        where.listDirs = [](const QString &root) { return QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot); };
    return locateOllamaLogs(where);
}

} // namespace ogs::ui

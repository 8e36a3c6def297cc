#pragma once

#include "compat/machineadvice.h"
#include "diagnose/loglocator.h"
#include "env/envtarget.h"
#include "telemetry/compositetelemetry.h"
#include "getollama/installpreparer.h"
#include "getollama/ollamalocator.h"

#include <QDateTime>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

namespace ogs {
class EnvRegistry;
class ProcessRunner;
class WindowsOllamaControl;
}

namespace ogs::ui {

/// Every system path and seam the wizard touches, so tests can point it at fixture trees,
/// temporary homes and loopback servers.
struct SessionConfig {
    MachineAdviceOptions advice;  ///< detection roots (advice.detect) and the installs to look at
    EnvRoots envRoots;            ///< where apply writes (~ and /)
    QString stateDir;             ///< the env journal (undo)
    QString shell;                ///< $SHELL, decides the shell rc file
    bool windows = false;         ///< write the Windows user environment instead of files
    std::shared_ptr<EnvRegistry> registry; ///< that environment; null with `windows`: the system's
    WindowsOllamaControl *windowsOllama = nullptr; ///< stops and starts Ollama's tray app after a registry apply; null: the user does
    OllamaLocatorInput ollamaLocator; ///< where Ollama is installed, so the tray app beside it can be started (windowsTrayApp)
    ProcessRunner *runner = nullptr; ///< asks systemctl/ps how Ollama runs; null: do not ask
    QUrl ollamaUrl = QUrl(QStringLiteral("http://127.0.0.1:11434"));
    QString settingsFile;         ///< QSettings INI file; "setup complete" and the applied choices
    TelemetryOptions telemetry;   ///< where the verify step reads GPU busy % (sysfs root, NVML, …)
    QString ollamaLog;            ///< the server log to diagnose; empty: locateOllamaLogs under the roots below
    int restartWaitMs = 60000;    ///< how long a restarted server may take to answer again
    int verifyPollMs = 1000;      ///< /api/ps and GPU sampling interval while the test prompt runs
    int verifyRetryMs = 15000;    ///< the verify step keeps retrying a refused connection this long (Ollama restarting)

    LogLocation logs;             ///< where Ollama's server log is looked for (home, %LOCALAPPDATA%, …)
    /// The time the report and the diagnostic bundle are dated with.
    std::function<QDateTime()> clock = [] { return QDateTime::currentDateTime(); };
    /// The process environment; the report keeps only reportEnvironment() of it (OLLAMA_*, GPU variables).
    QProcessEnvironment environment;

    /// Where the Ollama server log may be, newest first: `ollamaLog` alone when set, else
    /// locateOllamaLogs() under `logs`, for `os` ("linux", "wsl2", "windows"; empty: logs.os).
    QList<LogSource> logSources(const QString &os) const;
    /// Where the path page's Ollama panel looks for Ollama and gets it from; nullopt: no panel.
    std::optional<InstallRequest> ollamaInstall;

    /// The real machine: this user's home, state and settings, the system's seams.
    static SessionConfig system(const DetectOptions &detect);
};

} // namespace ogs::ui

#include "windowsapprestart.h"

#include "common/coretext.h"

#include <QDir>
#include <QFileInfo>

namespace ogs {

WindowsAppRestart restartWindowsApp(WindowsOllamaControl &control, const QString &trayApp, int stopTimeoutMs)
{
    WindowsAppRestart r;
    r.trayApp = trayApp;
    QString error;
    r.wasRunning = control.runningProcesses(&error);
    r.wasRunning.removeDuplicates();
    if (!error.isEmpty()) {
        r.outcome = WindowsAppRestart::Outcome::ListFailed;
        r.error = error;
        return r;
    }
    if (trayApp.isEmpty() || !QFileInfo(trayApp).isFile()) {
        r.outcome = WindowsAppRestart::Outcome::NotInstalled;
        return r;
    }
    if (!r.wasRunning.isEmpty() && !control.stopAll(stopTimeoutMs, &error)) {
        r.outcome = WindowsAppRestart::Outcome::StopFailed;
        r.error = error.isEmpty() ? EnvText::tr("Ollama did not stop") : error;
        return r;
    }
    if (!control.startDetached(trayApp, &error)) {
        r.outcome = WindowsAppRestart::Outcome::StartFailed;
        r.error = error.isEmpty() ? EnvText::tr("cannot start %1").arg(QDir::toNativeSeparators(trayApp)) : error;
        return r;
    }
    r.outcome = r.wasRunning.isEmpty() ? WindowsAppRestart::Outcome::Started : WindowsAppRestart::Outcome::Restarted;
    return r;
}

QString describeWindowsAppRestart(const WindowsAppRestart &r, const QString &manualStep)
{
    const QString app = QDir::toNativeSeparators(r.trayApp);
    const QString ran = r.wasRunning.join(QStringLiteral(", "));
    switch (r.outcome) {
    case WindowsAppRestart::Outcome::Restarted:
        return EnvText::tr("Restarted Ollama: stopped %1, started %2").arg(ran, app);
    case WindowsAppRestart::Outcome::Started:
        return EnvText::tr("Ollama was not running; started %1").arg(app);
    case WindowsAppRestart::Outcome::ListFailed:
        return EnvText::tr("Warning: %1, so Ollama was not restarted; %2").arg(r.error, manualStep);
    case WindowsAppRestart::Outcome::NotInstalled:
        if (r.wasRunning.isEmpty())
            return EnvText::tr("Ollama is not running and its app is not at %1; start Ollama when it is installed: "
                               "it reads the new variables when it starts")
                .arg(app.isEmpty() ? QStringLiteral("%LOCALAPPDATA%\\Programs\\Ollama") : app);
        return EnvText::tr("Warning: Ollama's app is not at %1, so Ollama was not restarted (nothing was stopped); %2")
            .arg(app.isEmpty() ? QStringLiteral("%LOCALAPPDATA%\\Programs\\Ollama") : app, manualStep);
    case WindowsAppRestart::Outcome::StopFailed:
        return EnvText::tr("Warning: %1; nothing was started; %2").arg(r.error, manualStep);
    case WindowsAppRestart::Outcome::StartFailed:
        if (r.wasRunning.isEmpty()) // nothing was stopped: only the start failed
            return EnvText::tr("Warning: %1, so Ollama was not restarted; %2").arg(r.error, manualStep);
        return EnvText::tr("Warning: stopped %1, but %2; start Ollama from the Start menu").arg(ran, r.error);
    }
    return QString();
}

} // namespace ogs

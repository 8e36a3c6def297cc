#pragma once

#include "windowsollamacontrol.h"

#include <QString>
#include <QStringList>

namespace ogs {

/// What restarting Ollama's Windows tray app did.
struct WindowsAppRestart {
    enum class Outcome {
        Restarted, ///< stopped what ran, started the tray app
        Started, ///< nothing ran; started the tray app
        ListFailed, ///< the process list could not be read; nothing stopped or started
        NotInstalled, ///< the tray app is not at its path; nothing stopped or started
        StopFailed, ///< a process did not stop (access denied, still running); nothing started
        StartFailed, ///< stopped, but the tray app did not start
    };
    Outcome outcome = Outcome::ListFailed;
    QString trayApp; ///< the program started (or that would have been)
    QStringList wasRunning; ///< "ollama app.exe", "ollama.exe": what ran before
    QString error; ///< the system's words for what failed
    bool ok() const { return outcome == Outcome::Restarted || outcome == Outcome::Started; }
};

/// Ollama's tray app reads the user's environment only when it starts: stops the tray app and
/// the server (waiting up to `stopTimeoutMs` for each) and starts `trayApp` detached. When
/// Ollama is not running it only starts `trayApp`. Nothing is stopped when `trayApp` is missing
/// (it could not be started again), and nothing is started when a process did not stop.
WindowsAppRestart restartWindowsApp(WindowsOllamaControl &control, const QString &trayApp, int stopTimeoutMs = 10000);

/// The result in one line, for `env apply`: "Restarted Ollama: …", or "Warning: …" ending in
/// what the user has to do (`manualStep` for a restart they must make themselves).
QString describeWindowsAppRestart(const WindowsAppRestart &result, const QString &manualStep);

} // namespace ogs

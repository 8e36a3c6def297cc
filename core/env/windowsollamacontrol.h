#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace ogs {

/// Stopping and starting Ollama on Windows: the tray app ("ollama app.exe") and the server it
/// starts ("ollama.exe"). The Windows implementation sits on core/win/processcontrol; tests
/// hand in a double.
class WindowsOllamaControl {
public:
    virtual ~WindowsOllamaControl() = default;
    /// The executable names of the running Ollama processes, tray app first where both run;
    /// *error is set when the process list cannot be read.
    virtual QStringList runningProcesses(QString *error) = 0;
    /// Stops every Ollama process and waits up to `timeoutMs` for each to exit; false with
    /// *error naming each one that could not be stopped (access denied, still running).
    virtual bool stopAll(int timeoutMs, QString *error) = 0;
    /// Starts `program` detached (no console, not waited for) with the user's environment as the
    /// registry has it now (not this process's, which predates the apply).
    virtual bool startDetached(const QString &program, QString *error) = 0;
};

/// The real processes on Windows; nullptr on every other platform.
std::unique_ptr<WindowsOllamaControl> makeSystemWindowsOllamaControl();

} // namespace ogs

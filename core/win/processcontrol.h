#pragma once

// Stopping and starting Ollama on Windows ("ollama app.exe" is the tray app, "ollama.exe" the
// server it starts). Plain C++17 and Win32.

#include <optional>
#include <string>
#include <vector>

namespace ogs::win {

struct RunningProcess {
    unsigned long pid = 0;
    std::string exeName; ///< "ollama app.exe", as the process list has it
};

/// Every process whose executable name is one of `exeNames` (case-insensitive).
std::vector<RunningProcess> findProcesses(const std::vector<std::string> &exeNames, std::string *error);

/// Terminates each such process and waits up to `timeoutMs` for each to exit. Returns how
/// many were stopped; *error names any that could not be (access denied, still running).
int stopProcesses(const std::vector<std::string> &exeNames, unsigned timeoutMs, std::string *error);

/// The environment a started program gets.
enum class StartEnvironment {
    Inherited, ///< this process's own (read when it started)
    User, ///< built afresh from the registry (system and user variables), as Explorer gives a program
          ///< started from the Start menu: what was written to HKCU\Environment since this process started is in it
};

/// Starts `exePath` with `arguments`, detached (no console, not waited for), in its own folder.
/// Returns its pid.
std::optional<unsigned long> startDetached(const std::string &exePath, const std::vector<std::string> &arguments,
                                           std::string *error, StartEnvironment environment = StartEnvironment::Inherited);

/// The names Ollama's Windows install runs under, tray app first.
inline std::vector<std::string> ollamaProcessNames()
{
    return {"ollama app.exe", "ollama.exe"};
}

} // namespace ogs::win

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace ogs {

class ProcessRunner;

/// Where an Ollama server log can be read: a file, or a command's output (journalctl).
struct LogSource {
    QString path; ///< a file; empty for a command
    QString program; ///< "journalctl"
    QStringList arguments;
    QString describe() const
    {
        return path.isEmpty() ? program + QLatin1Char(' ') + arguments.join(QLatin1Char(' ')) : path;
    }
};

/// The roots the locator looks under; all parameters so tests and other machines can be described.
struct LogLocation {
    QString os; ///< "windows", "macos", "linux", "wsl2"
    QString localAppData; ///< %LOCALAPPDATA% on Windows
    QString home; ///< the user's home
    std::function<bool(const QString &)> fileExists;
    /// WSL2 only: where the Windows user folders are mounted, and how to list the folders in it.
    QString windowsUsersRoot = QStringLiteral("/mnt/c/Users");
    std::function<QStringList(const QString &)> listDirs;
};

/// Candidate logs, newest first: Windows %LOCALAPPDATA%\Ollama\server.log then server-1..5.log (rotated);
/// macOS ~/.ollama/logs/server.log; Linux/WSL2 `journalctl -u ollama` then ~/.ollama/logs/server.log; on WSL2
/// also the Windows host's logs (/mnt/c/Users/NAME/AppData/Local/Ollama/server.log), as Ollama often runs there.
/// Files are listed only when they exist; the journalctl command is always offered on Linux.
QList<LogSource> locateOllamaLogs(const LogLocation &where);

/// The running system as a LogLocation::os: "windows", "macos", "wsl2" (a Microsoft kernel) or "linux".
QString hostLogOs();
/// This machine's logs: `os`, its %LOCALAPPDATA%, `home`, and real file checks and folder listings.
LogLocation systemLogLocation(const QString &os, const QString &home);

/// The text of one source: a file that opens (its last `tailBytes` when that is ≥ 0), or a command run
/// through `runner` (null: commands are not run) that exits 0. nullopt when the source gave nothing.
std::optional<QString> readLogSource(const LogSource &source, ProcessRunner *runner, qint64 tailBytes = -1);

/// The text of the first source that has some: a file that opens, or a command (through `runner`; null:
/// commands are skipped) that exits 0 with log lines in its output. *source names it; empty text when none has.
QString readFirstLog(const QList<LogSource> &sources, ProcessRunner *runner, QString *source);

} // namespace ogs

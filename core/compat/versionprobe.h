#pragma once

#include "ollamaversion.h"

#include <QStringList>

#include <functional>
#include <optional>

namespace ogs {

/// Runs a program and returns what it printed (stdout and stderr together), or nullopt when it
/// could not be started or did not finish. The seam that keeps tests away from real processes.
using CommandRunner = std::function<std::optional<QString>(const QString &program, const QStringList &args)>;

/// A CommandRunner backed by QProcess, waiting at most `timeoutMs`.
CommandRunner processCommandRunner(int timeoutMs = 5000);

/// Where an Ollama version came from, so the user is told how sure it is.
enum class VersionOrigin { Given, Server, Cli, Unknown };
QString versionOriginKey(VersionOrigin origin);

/// The Ollama version the advice is for. When it is unknown, `version` holds the newest known
/// release and `assumed` is true.
struct ResolvedVersion {
    OllamaVersion version;
    VersionOrigin origin = VersionOrigin::Unknown;
    bool assumed = false;
    QString note; ///< a sentence for the user when the version was guessed
};

/// Asks `ollama --version` through `runner`.
std::optional<OllamaVersion> probeOllamaCli(
    const CommandRunner &runner, const QString &program = QStringLiteral("ollama"));

/// Asks the running server (GET /api/version); nullopt when none answers.
using ServerVersionProbe = std::function<std::optional<OllamaVersion>()>;

/// Picks the version: the given one, else the running server's, else the CLI's answer, else
/// `newest` (assumed, and said so).
ResolvedVersion resolveOllamaVersion(const std::optional<OllamaVersion> &given, const CommandRunner &runner,
                                     const OllamaVersion &newest, const ServerVersionProbe &server = {});

} // namespace ogs

#pragma once

#include "buildidentity.h"
#include "compat/ollamaversion.h"
#include "env/processrunner.h"
#include "ollamalocator.h"

#include <QJsonObject>
#include <QUrl>

#include <functional>
#include <optional>

namespace ogs {

/// Installed or not, where, which build and version, and whether the server answers.
struct OllamaStatus {
    OllamaLocation location;
    BuildIdentity build;
    std::optional<OllamaVersion> version;
    QString versionSource;       ///< "ollama --version", "server", "uninstall registry"; empty when unknown
    bool serverRunning = false;
    std::optional<OllamaVersion> serverVersion;
    bool installed() const { return location.found(); }
};

/// Asks the running server for its version (GET /api/version); nullopt when nothing answers.
using ServerProbe = std::function<std::optional<OllamaVersion>()>;
/// The probe for the server at `url`, with short limits (the status must not hang on a dead address).
ServerProbe serverVersionProbe(const QUrl &url);

/// Locates Ollama, identifies the build, runs `<executable> --version` through `runner` and asks the server.
OllamaStatus probeOllamaStatus(const OllamaLocatorInput &input, ProcessRunner &runner, const ServerProbe &server);

QJsonObject statusToJson(const OllamaStatus &status);
/// A few lines for people.
QString statusToText(const OllamaStatus &status);

} // namespace ogs

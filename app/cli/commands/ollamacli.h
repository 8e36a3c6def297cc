#pragma once

#include "ollama/ollamaclient.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <optional>

namespace ogs::cli {

/// The shared `--host URL` option of the commands that talk to Ollama.
QCommandLineOption hostOption();
/// The Ollama address: --host when given, else OLLAMA_HOST from `environment`, resolved as Ollama resolves it.
/// Returns nullopt (and an error message) for an address that cannot be used.
std::optional<QUrl> ollamaUrl(
    const QCommandLineParser &parser, const QCommandLineOption &host, const QString &environmentValue, QString &error);
/// Client limits for a one-shot command: nothing waits longer than these.
OllamaClientOptions commandClientOptions(const QUrl &url);

} // namespace ogs::cli

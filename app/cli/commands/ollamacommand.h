#pragma once

#include <QStringList>

namespace ogs::cli {

/// `ollama-gpu-setup ollama status|plan|install|update|switch [--build official|ollama-for-amd]
/// [--version X.Y.Z] [--path PATH_ID] [--yes] [--json] [--feed URL] [--download-dir DIR] …`:
/// finds Ollama, decides what it needs for the chosen path, and installs, updates or switches it.
int runOllama(const QStringList &args);

} // namespace ogs::cli

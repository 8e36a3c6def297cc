#pragma once

#include <QStringList>

namespace ogs::cli {

/// `ollama-gpu-setup ps [--host URL] [--json]`: the loaded models as `ollama ps` shows them.
int runPs(const QStringList &args);

} // namespace ogs::cli

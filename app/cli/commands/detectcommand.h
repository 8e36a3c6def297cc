#pragma once

#include <QStringList>

namespace ogs::cli {

/// `ollama-gpu-setup detect [--json] [--sysfs-root DIR] …`
int runDetect(const QStringList &args);

} // namespace ogs::cli

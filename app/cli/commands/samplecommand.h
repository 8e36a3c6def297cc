#pragma once

#include <QStringList>

namespace ogs::cli {

/// `ollama-gpu-setup sample [--sysfs-root DIR] [--proc-root DIR] [--count N] [--interval-ms MS]
/// [--watchdog] [--stuck-after SECONDS] [--processes] [--json]`
int runSample(const QStringList &args);

} // namespace ogs::cli

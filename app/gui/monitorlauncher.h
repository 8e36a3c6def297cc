#pragma once

#include <QStringList>

namespace ogs::app {

/// `ollama-gpu-setup monitor [--sysfs-root DIR] [--proc-root DIR] [--interval-ms MS]
/// [--stuck-after SECONDS] [--screenshot FILE --count N]`: the live GPU monitor window.
int runMonitor(int &argc, char **argv);

/// The `monitor` row of the command table: prints its help (the window itself opens from main()).
int monitorHelp(const QStringList &args);

} // namespace ogs::app

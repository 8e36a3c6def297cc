#pragma once

#include "gui/guirequest.h"

#include <QStringList>

#include <optional>

namespace ogs::cli {

/// Parses `monitor [--sysfs-root DIR] [--proc-root DIR] [--nvml-library FILE] [--interval-ms MS]
/// [--stuck-after SECONDS] [--screenshot FILE [--count N]]`. Returns an exit code when the command
/// must stop (help, usage error); otherwise fills *request.
std::optional<int> parseMonitorRequest(const QStringList &args, app::MonitorRequest *request);

/// The `monitor` row of the command table (reached for `--help monitor`): prints its help.
int monitorHelp(const QStringList &args);

} // namespace ogs::cli

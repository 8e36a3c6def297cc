#include "cli/cli.h"

#include "detectcommand.h"
#include "samplecommand.h"
#include "gui/monitorlauncher.h"

namespace ogs::cli {

const QList<Command> &commands()
{
    static const QList<Command> table{
        {QStringLiteral("detect"), QStringLiteral("List every GPU, its gfx target, VRAM and driver"), runDetect},
        {QStringLiteral("sample"), QStringLiteral("Sample GPU busy %, VRAM, clock, power; watch for a stuck GPU"), runSample},
        // Listed for --help; main() opens it as a GUI before the headless dispatch.
        {QStringLiteral("monitor"), QStringLiteral("Open the live GPU monitor window (charts, processes, stuck-GPU alert)"),
         app::monitorHelp},
    };
    return table;
}

} // namespace ogs::cli

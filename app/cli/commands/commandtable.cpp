#include "cli/cli.h"

#include "detectcommand.h"
#include "samplecommand.h"

namespace ogs::cli {

const QList<Command> &commands()
{
    static const QList<Command> table{
        {QStringLiteral("detect"), QStringLiteral("List every GPU, its gfx target, VRAM and driver"), runDetect},
        {QStringLiteral("sample"), QStringLiteral("Sample GPU busy %, VRAM, clock, power; watch for a stuck GPU"), runSample},
    };
    return table;
}

} // namespace ogs::cli

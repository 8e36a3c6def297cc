#include "cli/cli.h"

#include "detectcommand.h"

namespace ogs::cli {

const QList<Command> &commands()
{
    static const QList<Command> table{
        {QStringLiteral("detect"), QStringLiteral("List every GPU, its gfx target, VRAM and driver"), runDetect},
    };
    return table;
}

} // namespace ogs::cli

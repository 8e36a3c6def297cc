#include "cli/cli.h"

#include "detectcommand.h"
#include "envcommand.h"

namespace ogs::cli {

const QList<Command> &commands()
{
    static const QList<Command> table{
        {QStringLiteral("detect"), QStringLiteral("List every GPU, its gfx target, VRAM and driver"), runDetect},
        {QStringLiteral("env"), QStringLiteral("Show, plan, apply or undo Ollama's environment variables"), runEnv},
    };
    return table;
}

} // namespace ogs::cli

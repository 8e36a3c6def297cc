#include "cli/cli.h"

#include "budgetcommand.h"
#include "detectcommand.h"
#include "recommendcommand.h"

namespace ogs::cli {

const QList<Command> &commands()
{
    static const QList<Command> table{
        {QStringLiteral("detect"), QStringLiteral("List every GPU, its gfx target, VRAM and driver"), runDetect},
        {QStringLiteral("recommend"), QStringLiteral("Rank the ways to run Ollama on this GPU and what to set for each"), runRecommend},
        {QStringLiteral("budget"), QStringLiteral("Work out whether a model fits in VRAM, and which variant to pick"), runBudget},
    };
    return table;
}

} // namespace ogs::cli

#include "cli/cli.h"

#include "benchcommand.h"
#include "budgetcommand.h"
#include "bundlecommand.h"
#include "detectcommand.h"
#include "diagnosecommand.h"
#include "envcommand.h"
#include "monitorcommand.h"
#include "ollamacommand.h"
#include "pscommand.h"
#include "recommendcommand.h"
#include "samplecommand.h"

namespace ogs::cli {

const QList<Command> &commands()
{
    static const QList<Command> table{
        {QStringLiteral("detect"), QStringLiteral("List every GPU, its gfx target, VRAM and driver"), runDetect},
        {QStringLiteral("recommend"), QStringLiteral("Rank the ways to run Ollama on this GPU and what to set for each"), runRecommend},
        {QStringLiteral("budget"), QStringLiteral("Work out whether a model fits in VRAM, and which variant to pick"), runBudget},
        {QStringLiteral("env"), QStringLiteral("Show, plan, apply or undo Ollama's environment variables"), runEnv},
        {QStringLiteral("ollama"), QStringLiteral("Find Ollama; install, update or switch it (official or ollama-for-amd)"), runOllama},
        {QStringLiteral("bench"), QStringLiteral("Run a test prompt and measure tokens per second"), runBench},
        {QStringLiteral("ps"), QStringLiteral("Show the models Ollama has loaded and their CPU/GPU split"), runPs},
        {QStringLiteral("diagnose"), QStringLiteral("Read Ollama's log: which GPU it uses, and why not"), runDiagnose},
        {QStringLiteral("bundle"), QStringLiteral("Write a diagnostic bundle (zip) to attach to a bug report"), runBundle},
        {QStringLiteral("sample"), QStringLiteral("Sample GPU busy %, VRAM, clock, power; watch for a stuck GPU"), runSample},
        // Listed for --help; main() opens it as a window before the headless dispatch.
        {QStringLiteral("monitor"), QStringLiteral("Open the live GPU monitor window (charts, processes, stuck-GPU alert)"),
         monitorHelp},
    };
    return table;
}

} // namespace ogs::cli

#include "cli/cli.h"

#include "benchcommand.h"
#include "detectcommand.h"
#include "diagnosecommand.h"
#include "pscommand.h"
#include "samplecommand.h"

namespace ogs::cli {

const QList<Command> &commands()
{
    static const QList<Command> table{
        {QStringLiteral("detect"), QStringLiteral("List every GPU, its gfx target, VRAM and driver"), runDetect},
        {QStringLiteral("sample"), QStringLiteral("Sample GPU busy %, VRAM, clock, power; watch for a stuck GPU"), runSample},
        {QStringLiteral("ps"), QStringLiteral("Show the models Ollama has loaded and their CPU/GPU split"), runPs},
        {QStringLiteral("diagnose"), QStringLiteral("Read Ollama's log: which GPU it uses, and why not"), runDiagnose},
        {QStringLiteral("bench"), QStringLiteral("Run a test prompt and measure tokens per second"), runBench},
    };
    return table;
}

} // namespace ogs::cli

#pragma once

#include <QStringList>

namespace ogs::cli {

/// `ollama-gpu-setup bench --model NAME [--host URL] [--prompt TEXT] [--num-predict N] [--cpu-baseline] [--json] …`:
/// the test prompt with per-chunk timing, eval rates, the optional CPU baseline and the speedup table.
int runBench(const QStringList &args);

} // namespace ogs::cli

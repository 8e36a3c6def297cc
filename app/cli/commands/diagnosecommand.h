#pragma once

#include <QStringList>

namespace ogs::cli {

/// `ollama-gpu-setup diagnose [--log FILE|-] [--host URL] [--json] …`: reads Ollama's log and says why the GPU
/// is (not) used, with the evidence line, the cause and the fix.
int runDiagnose(const QStringList &args);

} // namespace ogs::cli

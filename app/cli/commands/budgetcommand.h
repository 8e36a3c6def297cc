#pragma once

#include <QStringList>

namespace ogs::cli {

/// `ollama-gpu-setup budget [--json] --vram SIZE [--available SIZE] (--model-size SIZE | --model NAME | --arch-file
/// FILE) …`
int runBudget(const QStringList &args);

} // namespace ogs::cli

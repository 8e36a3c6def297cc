#pragma once

#include <QStringList>

namespace ogs::cli {

/// `ollama-gpu-setup recommend [--json] [--platform P] [--gpu G] [--vram SIZE] [--model NAME] …`
int runRecommend(const QStringList &args);

} // namespace ogs::cli

#pragma once

#include "env/envpathsource.h"

#include <QStringList>

namespace ogs::cli {

/// `ollama-gpu-setup recommend [--json] [--platform P] [--gpu G] [--vram SIZE] [--model NAME] …`
int runRecommend(const QStringList &args);

/// `env --path ID`: the environment the path `ID` (or `best`) asks for on this machine.
std::optional<PathEnvironment> pathEnvironmentForThisMachine(const QString &pathId, QString *error);

} // namespace ogs::cli

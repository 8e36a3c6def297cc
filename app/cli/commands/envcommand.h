#pragma once

#include "env/envpathsource.h"

#include <QStringList>

namespace ogs::cli {

/// `ollama-gpu-setup env status|plan|apply|undo [--set KEY=VALUE]… [--unset KEY]… [--target T] …`
int runEnv(const QStringList &args);

/// Where `env --path` looks up path ids; the `recommend` command registers its engine here.
/// Unset, `--path` explains that this build has no recommendation engine.
void setPathEnvironmentSource(PathEnvironmentSource source);

/// The journal folder `--state-dir` defaults to for `home` (`homeGiven`: --home was passed): as root
/// the helper's, else $XDG_STATE_HOME or ~/.local/state, under ollama-gpu-setup.
QString envStateDir(const QString &home, bool homeGiven);

} // namespace ogs::cli

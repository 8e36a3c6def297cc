#pragma once

#include "envtarget.h"
#include "processrunner.h"

#include <QString>

namespace ogs {

/// The target `env` uses when --target is not given, and why.
struct TargetDecision {
    EnvTarget target = EnvTarget::Bashrc;
    QString reason;
};

/// How Ollama runs here decides where its variables must go. Everything it looks at is a
/// parameter: the process runner (systemctl, ps), the roots (unit files), the user's shell.
struct TargetProbeInput {
    bool windows = false;       ///< the Windows build: the tray app reads the user environment
    bool wsl = false;           ///< inside WSL2, where Ollama often runs on the Windows side instead
    EnvRoots roots;
    QString shell;              ///< $SHELL, e.g. /usr/bin/zsh
    ProcessRunner *runner = nullptr;
};

TargetDecision decideDefaultTarget(const TargetProbeInput &input);

/// bashrc / zshrc / fish / profile for a login shell path.
EnvTarget shellTarget(const QString &shell);

} // namespace ogs

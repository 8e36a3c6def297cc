#pragma once

#include "compat/ollamainstall.h"
#include "ollamabuild.h"
#include "ollamalocator.h"

#include <optional>

namespace ogs {

/// Which build an install is, and the evidence for it.
struct BuildIdentity {
    std::optional<OllamaBuild> build; ///< nullopt: nothing is installed
    bool certain = false;             ///< false: no evidence either way, official assumed
    QString evidence;
};

/// ROCm targets only ollama-for-amd ships (official builds never had them).
QStringList forkOnlyRocmTargets();

/// Tells official from ollama-for-amd: the uninstall entry's publisher or web address naming
/// likelovewant/ollama-for-amd, or rocBLAS kernels for targets only the fork builds.
BuildIdentity identifyBuild(const OllamaLocation &location, const std::optional<OllamaInstall> &install);

} // namespace ogs

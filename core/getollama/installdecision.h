#pragma once

#include "compat/recommendation.h"
#include "ollamastatus.h"

namespace ogs {

/// What has to happen to Ollama for the chosen path.
enum class InstallAction { None, Install, Update, Replace, Refuse };
QString actionKey(InstallAction action); ///< "none", "install", "update", "replace", "refuse"

/// What the user asked for.
struct InstallGoal {
    Platform platform = Platform::Linux;
    std::optional<PathId> path;          ///< the acceleration path chosen (recommend's id)
    std::optional<OllamaBuild> build;    ///< --build; default: ollama-for-amd for that path, else official
    std::optional<OllamaVersion> version; ///< --version: exactly this release
    bool toLatest = false;               ///< `update`: the newest release
    std::optional<OllamaVersion> latest; ///< the newest release in the feed, when it was read
};

struct InstallDecision {
    InstallAction action = InstallAction::None;
    OllamaBuild build = OllamaBuild::Official; ///< the build to end up with
    std::optional<OllamaVersion> targetVersion; ///< a pinned or newest version; nullopt = whatever is newest
    std::optional<OllamaVersion> minimumVersion;
    QString reason;       ///< one sentence: why (or why nothing) has to change
    QStringList notes;    ///< further facts (Vulkan opt-in before 0.30, …)
    bool clearHsaOverride = false; ///< leaving ollama-for-amd: HSA_OVERRIDE_GFX_VERSION only made sense there
};

/// Oldest Ollama with the Vulkan backend (opt-in), and the first with Vulkan on by default.
OllamaVersion firstVulkanVersion();
OllamaVersion vulkanDefaultVersion();

/// Decides whether Ollama must be installed, updated or replaced for `goal`, and says why.
InstallDecision decideInstall(const InstallGoal &goal, const OllamaStatus &status);

} // namespace ogs

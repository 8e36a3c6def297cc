#include "installdecision.h"

#include "common/coretext.h"

namespace ogs {

QString actionKey(InstallAction action)
{
    switch (action) {
    case InstallAction::None:
        return QStringLiteral("none");
    case InstallAction::Install:
        return QStringLiteral("install");
    case InstallAction::Update:
        return QStringLiteral("update");
    case InstallAction::Replace:
        return QStringLiteral("replace");
    case InstallAction::Refuse:
        return QStringLiteral("refuse");
    }
    return QString();
}

OllamaVersion firstVulkanVersion()
{
    return OllamaVersion { 0, 12, 11, QString() };
}

OllamaVersion vulkanDefaultVersion()
{
    return OllamaVersion { 0, 30, 0, QString() };
}

InstallDecision decideInstall(const InstallGoal &goal, const OllamaStatus &status)
{
    InstallDecision d;
    const bool forkPath = goal.path == PathId::OllamaForAmd;
    d.build = goal.build.value_or(forkPath ? OllamaBuild::OllamaForAmd : OllamaBuild::Official);
    d.targetVersion = goal.version ? goal.version : (goal.toLatest ? goal.latest : std::nullopt);
    const QString pathName = goal.path ? pathKey(*goal.path) : QString();

    if (forkPath && d.build == OllamaBuild::Official) {
        d.action = InstallAction::Refuse;
        d.reason = InstallText::tr("The ollama-for-amd path needs the ollama-for-amd build, not the official one.");
        return d;
    }
    if (d.build == OllamaBuild::OllamaForAmd && goal.platform != Platform::Windows) {
        d.action = InstallAction::Refuse;
        d.reason = InstallText::tr("ollama-for-amd is built for Windows only; on Linux the official build runs these "
                                   "GPUs (with HSA_OVERRIDE_GFX_VERSION or Vulkan).");
        return d;
    }
    if (goal.path == PathId::RemoteHost) {
        d.reason = InstallText::tr("Ollama runs on the Windows host for this path; nothing is installed inside WSL.");
        return d;
    }
    if (goal.path == PathId::Vulkan)
        d.minimumVersion = firstVulkanVersion();
    if (d.targetVersion && d.minimumVersion && *d.targetVersion < *d.minimumVersion) {
        d.action = InstallAction::Refuse;
        d.reason = InstallText::tr("Ollama %1 has no Vulkan backend; %2 or newer does.")
                       .arg(d.targetVersion->toString(), d.minimumVersion->toString());
        return d;
    }

    const QString wanted = d.targetVersion ? QStringLiteral("Ollama %1").arg(d.targetVersion->toString())
                                           : InstallText::tr("the newest Ollama");
    if (!status.installed()) {
        d.action = InstallAction::Install;
        d.reason = InstallText::tr("Ollama is not installed; %1 (%2) will be.").arg(wanted, buildDisplayName(d.build));
    } else if (status.build.build && *status.build.build != d.build) {
        d.action = InstallAction::Replace;
        const QString installed = status.version ? QStringLiteral(" ") + status.version->toString() : QString();
        d.reason = (pathName.isEmpty()
                ? InstallText::tr("The installed Ollama%1 is %2; you asked for %3.")
                      .arg(installed, buildDisplayName(*status.build.build), buildDisplayName(d.build))
                : InstallText::tr("The installed Ollama%1 is %2; the %3 path needs %4.")
                      .arg(installed, buildDisplayName(*status.build.build), pathName, buildDisplayName(d.build)));
        d.clearHsaOverride = *status.build.build == OllamaBuild::OllamaForAmd;
    } else if (!status.version) {
        d.reason = InstallText::tr("Ollama is installed but its version is unknown (`ollama --version` said nothing); "
                                   "nothing is changed.");
        if (d.minimumVersion || d.targetVersion)
            d.notes << InstallText::tr("Run `ollama --version`; the %1 path needs %2 or newer.")
                           .arg(
                               pathName, d.minimumVersion ? d.minimumVersion->toString() : d.targetVersion->toString());
    } else if (d.minimumVersion && *status.version < *d.minimumVersion) {
        d.action = InstallAction::Update;
        d.reason = InstallText::tr("Ollama %1 has no Vulkan backend; %2 or newer does.")
                       .arg(status.version->toString(), d.minimumVersion->toString());
    } else if (goal.version && !(*status.version == *goal.version)) {
        d.action = InstallAction::Update;
        d.reason = InstallText::tr("Ollama %1 is installed; you asked for %2.")
                       .arg(status.version->toString(), goal.version->toString());
    } else if (goal.toLatest && goal.latest && *status.version < *goal.latest) {
        d.action = InstallAction::Update;
        d.reason = InstallText::tr("Ollama %1 is installed; %2 is the newest release.")
                       .arg(status.version->toString(), goal.latest->toString());
    } else {
        d.reason = InstallText::tr("Ollama %1 (%2) is installed%3; nothing to change.")
                       .arg(status.version->toString(), buildDisplayName(d.build),
                           pathName.isEmpty() ? QString() : InstallText::tr(" and fits the %1 path").arg(pathName));
        if (goal.toLatest && !goal.latest)
            d.notes << InstallText::tr("The newest release is unknown (the release feed was not read).");
    }

    if (goal.path == PathId::Vulkan) {
        const std::optional<OllamaVersion> after = d.action == InstallAction::None ? status.version : d.targetVersion;
        if (after && *after < vulkanDefaultVersion())
            d.notes << InstallText::tr("Vulkan is opt-in before Ollama 0.30: set OLLAMA_VULKAN=1 "
                                       "(`ollama-gpu-setup env plan --path vulkan` does).");
    }
    if (d.clearHsaOverride)
        d.notes << InstallText::tr("HSA_OVERRIDE_GFX_VERSION only made sense for ollama-for-amd; it is cleared.");
    return d;
}

} // namespace ogs

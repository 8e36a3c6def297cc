#include "recommender.h"

#include "gfxtarget.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace ogs {

namespace {

QString vendorFact(const std::optional<GpuInfo> &gpu)
{
    if (!gpu)
        return QStringLiteral("none");
    switch (gpu->vendor) {
    case GpuVendor::Amd: return QStringLiteral("amd");
    case GpuVendor::Nvidia: return QStringLiteral("nvidia");
    case GpuVendor::Intel: return QStringLiteral("intel");
    case GpuVendor::Other: break;
    }
    return QStringLiteral("other");
}

QString triState(const std::optional<bool> &b)
{
    return !b ? QStringLiteral("unknown") : (*b ? QStringLiteral("yes") : QStringLiteral("no"));
}

const QString kVulkanFallbackReason = QStringLiteral("A fallback if ROCm misbehaves; usually 60-80% of ROCm's speed.");
const QString kCudaFallbackReason = QStringLiteral("A fallback if CUDA misbehaves.");

QString gpuLabel(const GpuInfo &gpu)
{
    if (!gpu.name.isEmpty())
        return gpu.name;
    if (!gpu.gfxTarget.isEmpty())
        return QStringLiteral("this AMD GPU (%1)").arg(gpu.gfxTarget);
    return QStringLiteral("this GPU");
}

/// Compute capability "8.9" → 89; nullopt when unknown.
std::optional<int> computeCapability(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^(\d+)\.(\d+)$)"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toInt() * 10 + m.captured(2).toInt();
}

} // namespace

PathAdvice Recommender::makePath(PathId id) const
{
    const PathProfile profile = m_rules.profile(id);
    PathAdvice p;
    p.id = id;
    p.stability = profile.stability;
    p.relativeSpeed = profile.relativeSpeed;
    p.unset = profile.unset;
    p.requirements = profile.requirements;
    return p;
}

PathAdvice Recommender::vulkanPath(const RecommendInput &input, bool otherBackendClaimsGpu) const
{
    PathAdvice p = makePath(PathId::Vulkan);
    const VulkanMode mode = m_table.vulkanMode(input.version);
    switch (mode) {
    case VulkanMode::Absent:
        p.requirements << QStringLiteral("Ollama %1 or newer: Ollama %2 has no Vulkan backend")
                              .arg(m_table.vulkanOptIn().since.toString(), input.version.toString());
        setEnv(p.env, QStringLiteral("OLLAMA_VULKAN"), QStringLiteral("1"));
        break;
    case VulkanMode::OptIn:
        setEnv(p.env, QStringLiteral("OLLAMA_VULKAN"), QStringLiteral("1"));
        p.reasons << QStringLiteral("Ollama %1 ships Vulkan switched off; OLLAMA_VULKAN=1 switches it on.")
                         .arg(input.version.toString());
        break;
    case VulkanMode::Default:
        p.unset << QStringLiteral("OLLAMA_VULKAN");
        p.stability = QStringLiteral("production");
        p.reasons << QStringLiteral("Vulkan is on by default since Ollama %1; a leftover OLLAMA_VULKAN=0 would switch it off.")
                         .arg(m_table.vulkanDefault().since.toString());
        break;
    }
    if (otherBackendClaimsGpu) {
        setEnv(p.env, QStringLiteral("OLLAMA_LLM_LIBRARY"), QStringLiteral("vulkan"));
        if (input.gpu && input.gpu->vendor == GpuVendor::Nvidia) {
            setEnv(p.env, QStringLiteral("CUDA_VISIBLE_DEVICES"), QStringLiteral("-1"));
            p.reasons << QStringLiteral("CUDA also drives this GPU and Ollama prefers CUDA over Vulkan for the same card, so CUDA is hidden.");
        } else {
            if (input.platform != Platform::Windows)
                setEnv(p.env, QStringLiteral("ROCR_VISIBLE_DEVICES"), QStringLiteral("NOT_A_DEVICE"));
            setEnv(p.env, QStringLiteral("HIP_VISIBLE_DEVICES"), QStringLiteral("-1"));
            p.reasons << QStringLiteral("ROCm also supports this GPU and Ollama prefers ROCm over Vulkan for the same card, "
                                        "so ROCm is kept from seeing it.");
        }
    }
    if (mode == VulkanMode::OptIn || mode == VulkanMode::Absent)
        p.reasons << QStringLiteral("Vulkan needs no extra install: it ships with Ollama and uses the normal graphics driver.");
    return p;
}

Recommendation Recommender::recommend(const RecommendInput &input) const
{
    Recommendation rec;
    if (input.versionAssumed)
        rec.notes << (!input.versionNote.isEmpty()
                          ? input.versionNote
                          : QStringLiteral("Ollama's version is unknown; this advice assumes %1, the newest release known to this program.")
                                .arg(input.version.toString()));

    RecommendInput in = input;
    if (in.gpu && in.gpu->isSoftware()) {
        rec.notes << QStringLiteral("\"%1\" is a software renderer on the CPU; it never accelerates Ollama.").arg(in.gpu->name);
        in.gpu.reset();
    }

    if (in.platform == Platform::MacOs) {
        rec.notes << QStringLiteral("On macOS Ollama uses Apple GPUs through Metal by itself; there is nothing to set up.");
        rec.paths << makePath(PathId::Cpu);
        rec.paths.last().reasons << QStringLiteral("Without Apple silicon, Ollama runs on the CPU.");
    } else if (in.platform == Platform::Wsl2) {
        recommendWsl(in, rec);
    } else if (!in.gpu) {
        PathAdvice cpu = makePath(PathId::Cpu);
        cpu.reasons << QStringLiteral("No GPU was found, so Ollama runs on the CPU.");
        rec.paths << cpu;
    } else if (in.gpu->vendor == GpuVendor::Amd) {
        recommendAmd(in, rec);
    } else if (in.gpu->vendor == GpuVendor::Nvidia) {
        recommendNvidia(in, rec);
    } else {
        PathAdvice vk = vulkanPath(in, false);
        vk.reasons.prepend(QStringLiteral("Vulkan is Ollama's backend for %1 GPUs such as %2.")
                               .arg(in.gpu->vendor == GpuVendor::Intel ? QStringLiteral("Intel") : QStringLiteral("non-AMD, non-NVIDIA"),
                                    gpuLabel(*in.gpu)));
        rec.paths << vk;
        rec.rejected << RejectedPath{PathId::Rocm, QStringLiteral("ROCm is for AMD GPUs only.")}
                     << RejectedPath{PathId::Cuda, QStringLiteral("CUDA is for NVIDIA GPUs only.")};
        PathAdvice cpu = makePath(PathId::Cpu);
        cpu.reasons << QStringLiteral("The fallback when the GPU cannot be used.");
        rec.paths << cpu;
    }

    applyRules(in, rec);
    for (int i = 0; i < rec.paths.size(); ++i) {
        rec.paths[i].rank = i + 1;
        if (!in.gpu || in.gpu->vendor != GpuVendor::Amd)
            rec.paths[i].unset.removeAll(QStringLiteral("HSA_OVERRIDE_GFX_VERSION")); // an AMD-only variable
    }
    addTokenEstimates(in, rec);
    return rec;
}

void Recommender::recommendAmd(const RecommendInput &input, Recommendation &rec) const
{
    const GpuInfo &gpu = *input.gpu;
    const RocmOs os = input.platform == Platform::Windows ? RocmOs::Windows : RocmOs::Linux;
    const QString osName = os == RocmOs::Windows ? QStringLiteral("Windows") : QStringLiteral("Linux");
    RocmSupport support;
    support.gfx = normalizeGfxTarget(gpu.gfxTarget);
    const GfxTargetInfo *info = m_table.targetInfo(support.gfx);
    support.known = info != nullptr;
    support.family = info ? info->family : QString();
    const QStringList tableTargets = m_table.supportedTargets(input.version, os);
    support.table = !support.gfx.isEmpty() && tableTargets.contains(support.gfx);
    support.effectiveTargets = tableTargets;
    support.decidedBy = QStringLiteral("table");
    if (input.install && input.install->hasRocm()) {
        support.installed = !support.gfx.isEmpty() && input.install->rocmTargets.contains(support.gfx);
        support.effectiveTargets = input.install->rocmTargets;
        support.decidedBy = QStringLiteral("install");
        if (!support.gfx.isEmpty() && *support.installed != support.table)
            rec.notes << QStringLiteral("Your Ollama install (%1) %2 ROCm kernels for %3, but the table for Ollama %4 on %5 says it %6; "
                                        "the install is what counts.")
                             .arg(input.install->libDir,
                                  *support.installed ? QStringLiteral("ships") : QStringLiteral("does not ship"),
                                  support.gfx, input.version.toString(), osName,
                                  support.table ? QStringLiteral("should") : QStringLiteral("should not"));
    }
    support.effective = !support.gfx.isEmpty() && support.effectiveTargets.contains(support.gfx);
    const bool native = support.effective;
    rec.rocm = support;

    if (support.gfx.isEmpty() || !support.known)
        rec.notes << QStringLiteral("%1 is an AMD GPU this program does not know (gfx target: %2); it is treated as an unknown "
                                    "AMD GPU, and Vulkan, which works with any GPU that has a Vulkan driver, is the path to try.")
                         .arg(gpuLabel(gpu), support.gfx.isEmpty() ? QStringLiteral("unknown") : support.gfx);

    const QString generation = info ? QStringLiteral(" (%1)").arg(info->generation) : QString();
    QList<PathAdvice> candidates;
    if (native) {
        PathAdvice rocm = makePath(PathId::Rocm);
        rocm.reasons << QStringLiteral("Ollama %1 for %2 ships ROCm kernels for %3%4, so Ollama uses this GPU by itself at full speed.")
                            .arg(input.version.toString(), osName, support.gfx, generation);
        if (input.install && input.install->hasRocm())
            rocm.reasons << QStringLiteral("Confirmed from your install: %1/%2 has rocBLAS files for %3.")
                                .arg(input.install->libDir, input.install->rocmDir, support.gfx);
        candidates << rocm;
    } else {
        QString why = support.gfx.isEmpty()
            ? QStringLiteral("The GPU's gfx target is unknown, so ROCm support cannot be confirmed.")
            : QStringLiteral("Ollama %1 for %2 ships no ROCm kernels for %3%4, so its ROCm backend skips this GPU.")
                  .arg(input.version.toString(), osName, support.gfx, generation);
        rec.rejected << RejectedPath{PathId::Rocm, why};
    }
    if (input.install && !input.install->hasRocm() && native)
        candidates.first().requirements << QStringLiteral("Ollama's ROCm libraries: %1 has no rocm folder; reinstall Ollama (on Linux the "
                                                          "installer adds them when it sees an AMD GPU)")
                                               .arg(input.install->libDir);

    PathAdvice vulkan = vulkanPath(input, native);
    if (!native)
        vulkan.reasons.prepend(QStringLiteral("Vulkan works with %1 without ROCm, using the normal graphics driver.").arg(gpuLabel(gpu)));
    else
        vulkan.reasons.prepend(kVulkanFallbackReason);

    std::optional<PathAdvice> override;
    if (!native && os == RocmOs::Linux && support.known) {
        const QString target = m_table.overrideTarget(support.gfx, support.effectiveTargets);
        if (!target.isEmpty()) {
            PathAdvice p = makePath(PathId::RocmOverride);
            setEnv(p.env, QStringLiteral("HSA_OVERRIDE_GFX_VERSION"), hsaOverrideValue(target));
            p.reasons << QStringLiteral("%1 is the nearest target Ollama ships in the same family (%2); HSA_OVERRIDE_GFX_VERSION=%3 "
                                        "makes ROCm treat %4 as %1. Not official: if answers come out garbled or Ollama crashes, "
                                        "remove it and use Vulkan.")
                             .arg(target, info->generation, hsaOverrideValue(target), support.gfx);
            override = p;
        } else {
            rec.rejected << RejectedPath{PathId::RocmOverride,
                                         QStringLiteral("No target of the same family (%1) is in Ollama %2's ROCm build, so there is "
                                                        "nothing close enough to pose as.")
                                             .arg(info->generation, input.version.toString())};
        }
    } else if (!native && os == RocmOs::Linux) {
        rec.rejected << RejectedPath{PathId::RocmOverride,
                                     QStringLiteral("The GPU's gfx target is unknown to this program, so there is no known target "
                                                    "of the same family to pose as.")};
    } else if (!native && os == RocmOs::Windows) {
        QString why = QStringLiteral("HSA_OVERRIDE_GFX_VERSION does nothing on Windows: ROCm on Windows does not go through HSA "
                                     "(ROCm/TheRock#1719, ollama#3107), and with the override Ollama reports 0 B of VRAM.");
        if (input.hipSdkInstalled.value_or(false))
            why += QStringLiteral(" Having the AMD HIP SDK installed does not change this.");
        rec.rejected << RejectedPath{PathId::RocmOverride, why};
    }

    std::optional<PathAdvice> fork;
    const bool forkHasGfx = m_table.forkWindowsTargets().contains(support.gfx);
    if (!native && os == RocmOs::Windows && forkHasGfx) {
        PathAdvice p = makePath(PathId::OllamaForAmd);
        p.reasons << QStringLiteral("The community build ollama-for-amd compiles ROCm kernels for %1, so it runs this GPU at ROCm speed.")
                         .arg(support.gfx);
        p.warnings << QStringLiteral("Community-maintained: it may lag behind official Ollama releases.");
        fork = p;
    } else if (!native && os == RocmOs::Windows) {
        rec.rejected << RejectedPath{PathId::OllamaForAmd,
                                     QStringLiteral("ollama-for-amd has no kernels for %1 either.")
                                         .arg(support.gfx.isEmpty() ? QStringLiteral("an unknown gfx target") : support.gfx)};
    } else if (!native && forkHasGfx) {
        rec.rejected << RejectedPath{PathId::OllamaForAmd, QStringLiteral("ollama-for-amd is built for Windows only.")};
    }

    if (native) {
        candidates << vulkan;
    } else if (m_table.vulkanMode(input.version) == VulkanMode::Absent) {
        // An old Ollama has no Vulkan: what works today comes first, the update-and-Vulkan route after.
        if (override)
            candidates << *override;
        if (fork)
            candidates << *fork;
        candidates << vulkan;
    } else {
        candidates << vulkan;
        if (override)
            candidates << *override;
        if (fork)
            candidates << *fork;
    }
    PathAdvice cpu = makePath(PathId::Cpu);
    cpu.reasons << QStringLiteral("The fallback when the GPU cannot be used.");
    candidates << cpu;
    rec.paths << candidates;
}

void Recommender::recommendNvidia(const RecommendInput &input, Recommendation &rec) const
{
    const GpuInfo &gpu = *input.gpu;
    const std::optional<int> cc = computeCapability(gpu.computeCapability);
    const bool cudaOk = !cc || *cc >= 50;
    if (cudaOk) {
        PathAdvice cuda = makePath(PathId::Cuda);
        if (cc)
            cuda.reasons << QStringLiteral("%1 has CUDA compute capability %2 (Ollama needs 5.0 or newer); Ollama uses it by itself.")
                                .arg(gpuLabel(gpu), gpu.computeCapability);
        else
            cuda.reasons << QStringLiteral("NVIDIA GPUs run on Ollama's CUDA backend by themselves.");
        if (!cc)
            cuda.warnings << QStringLiteral("The compute capability is unknown: Ollama's CUDA backend needs 5.0 or newer (GTX 750 and later).");
        rec.paths << cuda;
    } else {
        rec.rejected << RejectedPath{PathId::Cuda, QStringLiteral("Compute capability %1 is below the 5.0 that Ollama's CUDA backend needs.")
                                                       .arg(gpu.computeCapability)};
    }
    PathAdvice vk = vulkanPath(input, cudaOk);
    vk.reasons.prepend(cudaOk ? kCudaFallbackReason
                              : QStringLiteral("Vulkan can still use this GPU where CUDA cannot."));
    rec.paths << vk;
    rec.rejected << RejectedPath{PathId::Rocm, QStringLiteral("ROCm is for AMD GPUs only.")};
    PathAdvice cpu = makePath(PathId::Cpu);
    cpu.reasons << QStringLiteral("The fallback when the GPU cannot be used.");
    rec.paths << cpu;
}

void Recommender::recommendWsl(const RecommendInput &input, Recommendation &rec) const
{
    PathAdvice remote = makePath(PathId::RemoteHost);
    const QString host = input.wslHostAddress.isEmpty() ? QStringLiteral("WINDOWS_HOST_IP") : input.wslHostAddress;
    setEnv(remote.env, QStringLiteral("OLLAMA_HOST"), QStringLiteral("http://%1:11434").arg(host));
    if (input.gpu && input.gpu->vendor == GpuVendor::Nvidia)
        remote.reasons << QStringLiteral("Ollama on Windows uses the GPU with the full Windows driver, and WSL2 programs reach it over the network.");
    else
        remote.reasons << QStringLiteral("WSL2 gives Linux no direct access to AMD or Intel GPU compute; Ollama on Windows has the GPU, "
                                         "and WSL2 programs reach it over the network.");
    if (input.wslHostAddress.isEmpty())
        remote.warnings << QStringLiteral("Replace WINDOWS_HOST_IP with the Windows address: `ip route show default | awk '{print $3}'`.");

    std::optional<PathAdvice> hostTop;
    if (input.gpu) {
        RecommendInput windows = input;
        windows.platform = Platform::Windows;
        windows.install.reset();
        windows.rocmInstalled.reset();
        const Recommendation onWindows = recommend(windows);
        if (!onWindows.paths.isEmpty()) {
            hostTop = onWindows.paths.constFirst();
            remote.relativeSpeed = hostTop->relativeSpeed;
            remote.tokens = hostTop->tokens;
            remote.requirements << QStringLiteral("On Windows, the '%1' path for this GPU (run `ollama-gpu-setup recommend` there)")
                                       .arg(pathKey(hostTop->id));
        }
    }
    rec.paths << remote;

    if (input.gpu && input.gpu->vendor == GpuVendor::Nvidia) {
        PathAdvice cuda = makePath(PathId::Cuda);
        cuda.reasons << QStringLiteral("CUDA also works inside WSL2 through the Windows NVIDIA driver, if you prefer Ollama inside Linux.");
        rec.paths << cuda;
    } else if (input.gpu) {
        rec.rejected << RejectedPath{PathId::Rocm, QStringLiteral("Inside WSL2 there is no /dev/kfd, so Ollama's ROCm backend cannot reach the GPU.")}
                     << RejectedPath{PathId::Vulkan, QStringLiteral("Inside WSL2 Vulkan only reaches the GPU through a translation layer that Ollama does not support well; use Vulkan on the Windows side instead.")};
    }
    PathAdvice cpu = makePath(PathId::Cpu);
    cpu.reasons << QStringLiteral("Ollama inside WSL2 without a GPU runs on the CPU.");
    rec.paths << cpu;
}

void Recommender::applyRules(const RecommendInput &input, Recommendation &rec) const
{
    RuleFacts facts;
    facts.platform = platformKey(input.platform);
    facts.vendor = vendorFact(input.gpu);
    facts.gfx = input.gpu ? normalizeGfxTarget(input.gpu->gfxTarget) : QString();
    facts.model = input.model;
    facts.integrated = input.gpu && input.gpu->integrated();
    facts.version = input.version;
    facts.rocmNative = rec.rocm && rec.rocm->effective;
    facts.rocmInstalled = triState(input.platform == Platform::Windows ? input.hipSdkInstalled : input.rocmInstalled);

    for (const PathRule &rule : m_rules.rules()) {
        if (!rule.when.matches(facts))
            continue;
        for (const RuleEffect &e : rule.effects) {
            const auto it = std::find_if(rec.paths.begin(), rec.paths.end(), [&e](const PathAdvice &p) { return p.id == e.path; });
            if (it == rec.paths.end())
                continue;
            PathAdvice &p = *it;
            for (const auto &[name, value] : e.env) {
                setEnv(p.env, name, value);
                p.unset.removeAll(name);
            }
            for (const auto &[name, value] : e.optionalEnv)
                setEnv(p.optionalEnv, name, value);
            p.requirements << e.requirements;
            p.reasons << e.reasons;
            p.warnings << e.warnings;
            if (!p.rules.contains(rule.id))
                p.rules << rule.id;
            if (e.promote && it != rec.paths.begin()) {
                PathAdvice moved = p;
                moved.reasons.removeAll(kVulkanFallbackReason); // no longer a fallback
                moved.reasons.removeAll(kCudaFallbackReason);
                rec.paths.erase(it);
                rec.paths.prepend(moved);
            }
        }
    }
    for (PathAdvice &p : rec.paths) {
        p.requirements.removeDuplicates();
        p.reasons.removeDuplicates();
        p.warnings.removeDuplicates();
        p.unset.removeDuplicates();
    }
}

void Recommender::addTokenEstimates(const RecommendInput &input, Recommendation &rec) const
{
    if (!input.gpu)
        return;
    const CardSpeed *speed = m_rules.speedFor(input.gpu->name);
    if (!speed)
        return;
    const Range measuredRel = m_rules.profile(speed->measuredOn).relativeSpeed;
    for (PathAdvice &p : rec.paths) {
        if (p.tokens)
            continue; // remote-host carries the Windows side's estimate already
        TokensEstimate t;
        t.model = m_rules.speedModel();
        t.card = speed->card;
        const Range rel = p.relativeSpeed;
        if (p.id == speed->measuredOn) {
            t.tokensPerSecond = speed->tokensPerSecond;
            t.basis = QStringLiteral("measured on %1").arg(pathKey(speed->measuredOn));
        } else {
            // Scale the measured range by the ratio of relative speeds, keeping the widest bounds.
            t.tokensPerSecond.min = static_cast<int>(std::floor(speed->tokensPerSecond.min * static_cast<double>(rel.min) / measuredRel.max));
            t.tokensPerSecond.max = static_cast<int>(std::ceil(speed->tokensPerSecond.max * static_cast<double>(rel.max) / measuredRel.min));
            t.basis = QStringLiteral("scaled from %1 by relative speed").arg(pathKey(speed->measuredOn));
        }
        p.tokens = t;
    }
}

} // namespace ogs

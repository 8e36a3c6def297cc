// The AMD half of the Recommender: ROCm support, overrides, the fork, Vulkan.
#include "recommender.h"

#include "gfxtarget.h"
#include "recommendertext.h"

namespace ogs {

using namespace recommendertext;

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
    if (input.install)
        for (const QString &problem : input.install->problems)
            rec.notes << RecommendText::tr("Your Ollama install: %1").arg(problem);
    if (input.install && input.install->hasRocm()) {
        support.installed = !support.gfx.isEmpty() && input.install->rocmTargets.contains(support.gfx);
        support.effectiveTargets = input.install->rocmTargets;
        support.decidedBy = QStringLiteral("install");
        if (!support.gfx.isEmpty() && *support.installed != support.table)
            // installed != table: the install ships kernels the table does not list, or lacks listed ones.
            rec.notes << (*support.installed
                    ? RecommendText::tr(
                        "Your Ollama install (%1) ships ROCm kernels for %2, but the table for Ollama %3 "
                        "on %4 says it should not; the install is what counts.")
                    : RecommendText::tr("Your Ollama install (%1) does not ship ROCm kernels for %2, but the table for "
                                        "Ollama %3 on %4 says it should; the install is what counts."))
                             .arg(input.install->libDir, support.gfx, input.version.toString(), osName);
    }
    support.effective = !support.gfx.isEmpty() && support.effectiveTargets.contains(support.gfx);
    const bool native = support.effective;
    rec.rocm = support;

    if (support.gfx.isEmpty() || !support.known)
        rec.notes << RecommendText::tr(
            "%1 is an AMD GPU this program does not know (gfx target: %2); it is treated as an unknown "
            "AMD GPU, and Vulkan, which works with any GPU that has a Vulkan driver, is the path to try.")
                         .arg(gpuLabel(gpu), support.gfx.isEmpty() ? QStringLiteral("unknown") : support.gfx);

    const QString generation = info ? QStringLiteral(" (%1)").arg(info->generation) : QString();
    QList<PathAdvice> candidates;
    if (native) {
        PathAdvice rocm = makePath(PathId::Rocm);
        if (input.install && input.install->hasRocm())
            rocm.reasons << RecommendText::tr(
                "Your Ollama install ships ROCm kernels for %1%2 (rocBLAS files in %3/%4), so Ollama uses "
                "this GPU by itself at full speed.")
                                .arg(support.gfx, generation, input.install->libDir, input.install->rocmDir);
        else
            rocm.reasons << RecommendText::tr(
                "Ollama %1 for %2 ships ROCm kernels for %3%4, so Ollama uses this GPU by itself at full speed.")
                                .arg(input.version.toString(), osName, support.gfx, generation);
        candidates << rocm;
    } else {
        QString why = support.gfx.isEmpty()
            ? RecommendText::tr("The GPU's gfx target is unknown, so ROCm support cannot be confirmed.")
            : support.decidedBy == QLatin1String("install")
            ? RecommendText::tr(
                "Your Ollama install has no ROCm kernels for %1%2 (no rocBLAS files in %3/%4), so its ROCm backend "
                "skips this GPU.")
                  .arg(support.gfx, generation, input.install->libDir, input.install->rocmDir)
            : !support.known
            ? RecommendText::tr("%1 is not a gfx target this program knows, so ROCm support cannot be confirmed; none of "
                                "the Ollama builds it knows ships ROCm kernels for it.")
                  .arg(support.gfx)
            : os == RocmOs::Windows
            ? RecommendText::tr("Ollama %1 for Windows ships no ROCm kernels for %2%3: its ROCm backend uses the rocBLAS "
                                "of AMD's HIP SDK, which has none for this GPU, so ROCm skips it.")
                  .arg(input.version.toString(), support.gfx, generation)
            : RecommendText::tr("Ollama %1 for %2 ships no ROCm kernels for %3%4, so its ROCm backend skips this GPU.")
                  .arg(input.version.toString(), osName, support.gfx, generation);
        rec.rejected << RejectedPath { PathId::Rocm, why };
    }
    if (input.install && !input.install->hasRocm() && native)
        candidates.first().requirements << RecommendText::tr(
            "Ollama's ROCm libraries: %1 has no rocm folder; reinstall Ollama (on Linux the "
            "installer adds them when it sees an AMD GPU)")
                                               .arg(input.install->libDir);

    PathAdvice vulkan = vulkanPath(input, native);
    if (!native)
        vulkan.reasons.prepend(RecommendText::tr("Vulkan works with %1 without ROCm, using the normal graphics driver.")
                                   .arg(gpuLabel(gpu)));
    else
        vulkan.reasons.prepend(vulkanFallbackReason());

    std::optional<PathAdvice> override;
    if (!native && os == RocmOs::Linux && support.known) {
        const QString target = m_table.overrideTarget(support.gfx, support.effectiveTargets);
        if (!target.isEmpty()) {
            PathAdvice p = makePath(PathId::RocmOverride);
            setEnv(p.env, QStringLiteral("HSA_OVERRIDE_GFX_VERSION"), hsaOverrideValue(target));
            p.reasons << RecommendText::tr(
                "%1 is the nearest target Ollama ships in the same family (%2); HSA_OVERRIDE_GFX_VERSION=%3 "
                "makes ROCm treat %4 as %1. Not official: if answers come out garbled or Ollama crashes, "
                "remove it and use Vulkan.")
                             .arg(target, info->generation, hsaOverrideValue(target), support.gfx);
            override = p;
        } else {
            rec.rejected << RejectedPath { PathId::RocmOverride,
                RecommendText::tr("No target of the same family (%1) is in Ollama %2's ROCm build, so there is "
                                  "nothing close enough to pose as.")
                    .arg(info->generation, input.version.toString()) };
        }
    } else if (!native && os == RocmOs::Linux) {
        rec.rejected << RejectedPath { PathId::RocmOverride,
            RecommendText::tr("The GPU's gfx target is unknown to this program, so there is no known target "
                              "of the same family to pose as.") };
    } else if (!native && os == RocmOs::Windows) {
        QString why = RecommendText::tr(
            "HSA_OVERRIDE_GFX_VERSION does nothing on Windows: ROCm on Windows does not go through HSA "
            "(ROCm/TheRock#1719, ollama#3107), and with the override Ollama reports 0 B of VRAM.");
        if (input.hipSdkInstalled.value_or(false))
            why += RecommendText::tr(" Having the AMD HIP SDK installed does not change this.");
        rec.rejected << RejectedPath { PathId::RocmOverride, why };
    }

    std::optional<PathAdvice> fork;
    const bool forkHasGfx = m_table.forkWindowsTargets().contains(support.gfx);
    if (!native && os == RocmOs::Windows && forkHasGfx) {
        PathAdvice p = makePath(PathId::OllamaForAmd);
        p.reasons << RecommendText::tr(
            "The community build ollama-for-amd compiles ROCm kernels for %1, so it runs this GPU at ROCm speed.")
                         .arg(support.gfx);
        const CompatFeature &latest = m_table.forkLatest();
        p.warnings << RecommendText::tr(
            "Community-maintained: it replaces the official Ollama, and its newest known release (%1) lags "
            "behind official Ollama, so official fixes reach it late.")
                          .arg(latest.since.toString());
        if (m_table.igpuNeedsEnable(support.gfx, gpu.integrated(), latest.since, true)) {
            setEnv(p.env, QStringLiteral("OLLAMA_IGPU_ENABLE"), QStringLiteral("1"));
            p.reasons << igpuFilterReason(m_table.igpuEnable().since, m_table.igpuRocmDefault());
        }
        fork = p;
    } else if (!native && os == RocmOs::Windows) {
        rec.rejected << RejectedPath { PathId::OllamaForAmd,
            RecommendText::tr("ollama-for-amd has no kernels for %1 either.")
                .arg(support.gfx.isEmpty() ? RecommendText::tr("an unknown gfx target") : support.gfx) };
    } else if (!native && forkHasGfx) {
        rec.rejected << RejectedPath { PathId::OllamaForAmd,
            RecommendText::tr("ollama-for-amd is built for Windows only.") };
    }

    if (native) {
        candidates << vulkan;
    } else if (m_table.vulkanMode(input.version) == VulkanMode::Absent && os == RocmOs::Linux) {
        // An old Ollama on Linux has no Vulkan: the override works today, so it comes first. On Windows
        // updating the official Ollama for Vulkan is simpler and safer than replacing it with the fork.
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
    cpu.reasons << RecommendText::tr("The fallback when the GPU cannot be used.");
    candidates << cpu;
    rec.paths << candidates;
}

} // namespace ogs

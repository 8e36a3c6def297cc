#include "recommender.h"

#include "gfxtarget.h"
#include "pathrulestext.h"
#include "recommendertext.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace ogs {

using namespace recommendertext;

namespace {

QString vendorFact(const std::optional<GpuInfo> &gpu)
{
    return gpu ? vendorKey(gpu->vendor) : QStringLiteral("none");
}

QString triState(const std::optional<bool> &b)
{
    return !b ? QStringLiteral("unknown") : (*b ? QStringLiteral("yes") : QStringLiteral("no"));
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
    p.requirements = translatedRuleTexts(profile.requirements);
    return p;
}

Recommendation Recommender::recommend(const RecommendInput &input) const
{
    Recommendation rec;
    if (input.versionAssumed)
        rec.notes << (!input.versionNote.isEmpty()
                ? input.versionNote
                : RecommendText::tr(
                    "Ollama's version is unknown; this advice assumes %1, the newest release known to this program.")
                      .arg(input.version.toString()));

    RecommendInput in = input;
    if (m_table.isBeyondData(in.version)) {
        // Said once, here; the reasons below then name the version whose facts they use.
        rec.notes << RecommendText::tr(
            "Ollama %1 is newer than the newest version this program has facts for (%2). This advice is based on "
            "Ollama's behaviour up to %2 and assumes %1 behaves the same.")
                         .arg(in.version.toString(), m_table.newestKnownVersion().toString());
        in.version = m_table.newestKnownVersion();
    }
    if (in.gpu && in.gpu->isSoftware()) {
        rec.notes << RecommendText::tr("\"%1\" is a software renderer on the CPU; it never accelerates Ollama.")
                         .arg(in.gpu->name);
        in.gpu.reset();
    }

    if (in.platform == Platform::MacOs) {
        rec.notes << RecommendText::tr(
            "On macOS Ollama uses Apple GPUs through Metal by itself; there is nothing to set up.");
        rec.paths << makePath(PathId::Cpu);
        rec.paths.last().reasons << RecommendText::tr("Without Apple silicon, Ollama runs on the CPU.");
    } else if (in.platform == Platform::Wsl2) {
        recommendWsl(in, rec);
    } else if (!in.gpu) {
        PathAdvice cpu = makePath(PathId::Cpu);
        cpu.reasons << RecommendText::tr("No GPU was found, so Ollama runs on the CPU.");
        rec.paths << cpu;
    } else if (in.gpu->vendor == GpuVendor::Amd) {
        recommendAmd(in, rec);
    } else if (in.gpu->vendor == GpuVendor::Nvidia) {
        recommendNvidia(in, rec);
    } else {
        PathAdvice vk = vulkanPath(in, false);
        vk.reasons.prepend(RecommendText::tr("Vulkan is Ollama's backend for %1 GPUs such as %2.")
                               .arg(in.gpu->vendor == GpuVendor::Intel ? QStringLiteral("Intel")
                                                                       : RecommendText::tr("non-AMD, non-NVIDIA"),
                                   gpuLabel(*in.gpu)));
        rec.paths << vk;
        rec.rejected << RejectedPath { PathId::Rocm, RecommendText::tr("ROCm is for AMD GPUs only.") }
                     << RejectedPath { PathId::Cuda, RecommendText::tr("CUDA is for NVIDIA GPUs only.") };
        PathAdvice cpu = makePath(PathId::Cpu);
        cpu.reasons << RecommendText::tr("The fallback when the GPU cannot be used.");
        rec.paths << cpu;
    }

    applyIgpuFilter(in, rec);
    applyRules(in, rec);
    applyWindowsVulkanLoader(in, rec);
    for (int i = 0; i < rec.paths.size(); ++i) {
        rec.paths[i].rank = i + 1;
        if (!in.gpu || in.gpu->vendor != GpuVendor::Amd)
            rec.paths[i].unset.removeAll(QStringLiteral("HSA_OVERRIDE_GFX_VERSION")); // an AMD-only variable
    }
    addTokenEstimates(in, rec);
    return rec;
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
            const auto it = std::find_if(
                rec.paths.begin(), rec.paths.end(), [&e](const PathAdvice &p) { return p.id == e.path; });
            if (it == rec.paths.end())
                continue;
            PathAdvice &p = *it;
            for (const auto &[name, value] : e.env) {
                setEnv(p.env, name, value);
                p.unset.removeAll(name);
            }
            for (const auto &[name, value] : e.optionalEnv)
                setEnv(p.optionalEnv, name, value);
            p.requirements << translatedRuleTexts(e.requirements);
            p.reasons << translatedRuleTexts(e.reasons);
            p.warnings << translatedRuleTexts(e.warnings);
            if (!p.rules.contains(rule.id))
                p.rules << rule.id;
            if (e.promote && it != rec.paths.begin()) {
                PathAdvice moved = p;
                moved.reasons.removeAll(vulkanFallbackReason()); // no longer a fallback
                moved.reasons.removeAll(cudaFallbackReason());
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

void Recommender::applyIgpuFilter(const RecommendInput &input, Recommendation &rec) const
{
    if (!input.gpu || !input.gpu->integrated())
        return;
    const QString gfx = normalizeGfxTarget(input.gpu->gfxTarget);
    const CompatFeature &filter = m_table.igpuEnable();
    for (PathAdvice &p : rec.paths) {
        const bool rocm = p.id == PathId::Rocm || p.id == PathId::RocmOverride;
        if (!rocm && p.id != PathId::Vulkan)
            continue; // CUDA iGPUs are exempt; the fork path carries its own version (recommenderamd.cpp)
        if (m_table.igpuNeedsEnable(gfx, true, input.version, rocm)) {
            setEnv(p.env, QStringLiteral("OLLAMA_IGPU_ENABLE"), QStringLiteral("1"));
            p.unset.removeAll(QStringLiteral("OLLAMA_IGPU_ENABLE"));
            p.reasons << igpuFilterReason(filter.since, m_table.igpuRocmDefault());
        } else if (rocm && input.version >= filter.since) {
            p.reasons << RecommendText::tr(
                "Ollama %1 and newer use %2 through ROCm without OLLAMA_IGPU_ENABLE: it is the one integrated GPU "
                "they admit by default.")
                             .arg(m_table.igpuRocmDefault().since.toString(), gfx);
        }
    }
}

void Recommender::applyWindowsVulkanLoader(const RecommendInput &input, Recommendation &rec) const
{
    const CompatFeature &hostLoader = m_table.windowsHostVulkanLoader();
    if (input.platform != Platform::Windows || input.windowsVulkanLoader.value_or(true)
        || input.version < hostLoader.since)
        return;
    const auto it = std::find_if(
        rec.paths.begin(), rec.paths.end(), [](const PathAdvice &p) { return p.id == PathId::Vulkan; });
    if (it == rec.paths.end())
        return;
    it->requirements << RecommendText::tr(
        "The GPU driver's Vulkan loader, %SystemRoot%\\System32\\vulkan-1.dll: reinstall or update the graphics "
        "driver, which installs it");
    it->warnings << RecommendText::tr(
        "%SystemRoot%\\System32\\vulkan-1.dll is missing. Since %1 Ollama for Windows no longer ships its own "
        "Vulkan loader and uses the driver's, so without it Vulkan finds no GPU.")
                        .arg(hostLoader.since.toString());
    // Ranked below the next GPU path (never below the CPU): it cannot work until the driver is fixed.
    const auto next = it + 1;
    if (next != rec.paths.end() && next->id != PathId::Cpu)
        std::iter_swap(it, next);
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
        t.source = m_rules.speedSource();
        const Range rel = p.relativeSpeed;
        if (p.id == speed->measuredOn) {
            t.tokensPerSecond = speed->tokensPerSecond;
            t.basis = RecommendText::tr("measured on %1").arg(pathKey(speed->measuredOn));
        } else {
            // Scale the measured range by the ratio of relative speeds, keeping the widest bounds.
            t.tokensPerSecond.min = static_cast<int>(
                std::floor(speed->tokensPerSecond.min * static_cast<double>(rel.min) / measuredRel.max));
            t.tokensPerSecond.max = static_cast<int>(
                std::ceil(speed->tokensPerSecond.max * static_cast<double>(rel.max) / measuredRel.min));
            t.basis = RecommendText::tr("scaled from %1 by relative speed").arg(pathKey(speed->measuredOn));
        }
        p.tokens = t;
    }
}

} // namespace ogs

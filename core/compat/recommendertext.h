#pragma once

#include "common/coretext.h"
#include "compattable.h"
#include "detect/gpuinfo.h"

#include <QRegularExpression>

#include <optional>

// Sentences and small helpers the Recommender's source files share (internal to core/compat).
namespace ogs::recommendertext {

inline QString vulkanFallbackReason()
{
    return RecommendText::tr("A fallback if ROCm misbehaves; usually 60-80% of ROCm's speed.");
}

inline QString cudaFallbackReason()
{
    return RecommendText::tr("A fallback if CUDA misbehaves.");
}

/// Why a path sets OLLAMA_IGPU_ENABLE=1 (Ollama's iGPU filter, discover/runner.go).
inline QString igpuFilterReason(const OllamaVersion &since, const CompatFeature &rocmDefault)
{
    return RecommendText::tr(
        "Ollama %1 and newer drop integrated GPUs unless OLLAMA_IGPU_ENABLE=1 is set (the log says \"dropping "
        "integrated GPU\"); only %2 through ROCm is admitted by default (since %3), so without the variable "
        "Ollama runs on the CPU.")
        .arg(since.toString(), rocmDefault.targets.join(QStringLiteral(", ")), rocmDefault.since.toString());
}

/// How the advice names a GPU: its name, else its gfx target.
inline QString gpuLabel(const GpuInfo &gpu)
{
    if (!gpu.name.isEmpty())
        return gpu.name;
    if (!gpu.gfxTarget.isEmpty())
        return RecommendText::tr("this AMD GPU (%1)").arg(gpu.gfxTarget);
    return RecommendText::tr("this GPU");
}

/// Compute capability "8.9" → 89; nullopt when unknown.
inline std::optional<int> computeCapability(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^(\d+)\.(\d+)$)"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toInt() * 10 + m.captured(2).toInt();
}

} // namespace ogs::recommendertext

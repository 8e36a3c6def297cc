#include "findingfix.h"

namespace ogs {

namespace {

const QString kOverride = QStringLiteral("HSA_OVERRIDE_GFX_VERSION");

std::pair<QString, QString> vulkanOn()
{
    return { QStringLiteral("OLLAMA_VULKAN"), QStringLiteral("1") };
}

} // namespace

FindingEnvFix findingEnvFix(const Finding &f, const ParsedLog &log, const DiagnoseContext &ctx)
{
    const QString os = ctx.os.isEmpty() ? log.os : ctx.os;
    const bool windows = os == QLatin1String("windows");
    FindingEnvFix fix;
    if (f.id == QLatin1String("gpu-unsupported-gfx")) {
        QString override;
        for (const UnsupportedGpu &u : log.unsupportedGpus) {
            if (u.evidence == f.evidence)
                override = suggestedOverride(u.gpuType, u.supportedTypes);
        }
        if (!windows && !override.isEmpty())
            fix.set.append({ kOverride, override });
        else
            fix.set.append(vulkanOn());
    } else if (f.id == QLatin1String("gpu-init-failed") || f.id == QLatin1String("vulkan-disabled")
        || f.id == QLatin1String("gpu-not-detected")) {
        fix.set.append(vulkanOn());
    } else if (f.id == QLatin1String("override-zero-vram")) {
        fix.unset.append(kOverride);
        fix.set.append(vulkanOn());
    } else if (f.id == QLatin1String("hsa-override-on-windows") || f.id == QLatin1String("stale-hsa-override")) {
        fix.unset.append(kOverride);
    } else if (f.id == QLatin1String("rocm-preferred-over-vulkan")) {
        fix.set.append({ QStringLiteral("OLLAMA_LLM_LIBRARY"), QStringLiteral("vulkan") });
        if (!windows)
            fix.set.append({ QStringLiteral("ROCR_VISIBLE_DEVICES"), QStringLiteral("NOT_A_DEVICE") });
        fix.set.append({ QStringLiteral("HIP_VISIBLE_DEVICES"), QStringLiteral("-1") });
    } else if (f.id == QLatin1String("igpu-skipped")) {
        fix.set.append({ QStringLiteral("OLLAMA_IGPU_ENABLE"), QStringLiteral("1") });
    } else if (f.id == QLatin1String("partial-offload")) {
        fix.set.append({ QStringLiteral("OLLAMA_CONTEXT_LENGTH"), QStringLiteral("4096") });
    }
    return fix;
}

} // namespace ogs

#include "findings.h"

#include "common/coretext.h"
#include "ollama/psformat.h"

#include <QRegularExpression>

#include <algorithm>

namespace ogs {

namespace {

bool wantsVulkan(const ParsedLog &log, const DiagnoseContext &ctx)
{
    const QString vulkan = log.serverConfig.value(QStringLiteral("OLLAMA_VULKAN"));
    return ctx.plannedBackend == QLatin1String("vulkan")
        || log.serverConfig.value(QStringLiteral("OLLAMA_LLM_LIBRARY")) == QLatin1String("vulkan")
        || (vulkan == QLatin1String("1") || vulkan == QLatin1String("true"));
}

QString hipHideHint(const QString &os)
{
    return os == QLatin1String("windows")
        ? QStringLiteral("HIP_VISIBLE_DEVICES=-1")
        : QStringLiteral("ROCR_VISIBLE_DEVICES=NOT_A_DEVICE and HIP_VISIBLE_DEVICES=-1");
}

} // namespace

QString severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return {};
}

QJsonObject findingToJson(const Finding &f)
{
    return { { QStringLiteral("id"), f.id }, { QStringLiteral("severity"), severityKey(f.severity) },
        { QStringLiteral("evidence"), f.evidence }, { QStringLiteral("cause"), f.cause },
        { QStringLiteral("fix"), f.fix } };
}

QString suggestedOverride(const QString &gfx, const QStringList &supportedTypes)
{
    static const QRegularExpression re(QStringLiteral("^gfx([0-9]{1,2})([0-9a-f])([0-9a-f])$"));
    const auto m = re.match(gfx);
    if (!m.hasMatch())
        return {};
    const int major = m.captured(1).toInt();
    const int minor = m.captured(2).toInt(nullptr, 16);
    // RDNA1 (10.1) has no sibling an override can borrow reliably; Vulkan is the answer there.
    if (major == 10 && minor == 1)
        return {};
    const QString candidate = QStringLiteral("gfx%1%2%3").arg(major).arg(minor, 0, 16).arg(0);
    if (candidate == gfx && supportedTypes.isEmpty())
        return {};
    if (!supportedTypes.isEmpty() && !supportedTypes.contains(candidate))
        return {};
    return QStringLiteral("%1.%2.0").arg(major).arg(minor);
}

QList<Finding> diagnose(const ParsedLog &log, const DiagnoseContext &ctx)
{
    QList<Finding> out;
    const QString os = ctx.os.isEmpty() ? log.os : ctx.os;
    const bool windows = os == QLatin1String("windows");
    bool explained = false;

    for (const UnsupportedGpu &u : log.unsupportedGpus) {
        Finding f { QStringLiteral("gpu-unsupported-gfx"), Severity::Error, u.evidence, {}, {} };
        if (u.supportedTypes.isEmpty() && u.message.contains(QLatin1String("supported types:[]")))
            f.cause
                = DiagnoseText::tr("Ollama found the GPU (%1) but its ROCm folder offers no GPU targets at all "
                                   "(supported types:[]): the rocBLAS kernel files are missing or were replaced by an "
                                   "incompatible set.")
                      .arg(u.gpuType);
        else
            f.cause
                = DiagnoseText::tr("Ollama's ROCm build has no kernels for %1%2, so it dropped the GPU.")
                      .arg(u.gpuType,
                          u.supportedTypes.isEmpty()
                              ? QString()
                              : DiagnoseText::tr(" (it supports %1)").arg(u.supportedTypes.join(QStringLiteral(", "))));
        const QString override = suggestedOverride(u.gpuType, u.supportedTypes);
        if (windows)
            f.fix = DiagnoseText::tr(
                "HSA_OVERRIDE_GFX_VERSION has no effect on Windows. Use the Vulkan backend (OLLAMA_VULKAN=1, "
                "on by default since Ollama 0.30) or the ollama-for-amd build, which ships kernels for %1.")
                        .arg(u.gpuType);
        else if (!override.isEmpty())
            f.fix = DiagnoseText::tr(
                "Set HSA_OVERRIDE_GFX_VERSION=%1 for the Ollama service (systemd drop-in) and restart it, "
                "or use the Vulkan backend (OLLAMA_VULKAN=1).")
                        .arg(override);
        else
            f.fix = DiagnoseText::tr("No ROCm override fits %1; use the Vulkan backend (OLLAMA_VULKAN=1).")
                        .arg(u.gpuType);
        out.append(f);
        explained = true;
    }

    for (const DroppedDevice &d : log.filteredDevices) {
        out.append({ QStringLiteral("gpu-init-failed"), Severity::Error, d.evidence,
            DiagnoseText::tr(
                "Ollama saw the %1 device at %2 but it did not initialise, so Ollama dropped it. "
                "Usually the GPU driver is older than the bundled %1 runtime needs, or the gfx target is not "
                "in this build.")
                .arg(d.library.isEmpty() ? QStringLiteral("GPU") : d.library,
                    d.pciId.isEmpty() ? QStringLiteral("?") : d.pciId),
            windows ? DiagnoseText::tr("Update the AMD Adrenalin driver and restart Ollama; if it still fails, use the "
                                       "Vulkan backend (OLLAMA_VULKAN=1).")
                    : DiagnoseText::tr(
                        "Update the amdgpu/ROCm driver and restart Ollama; if it still fails, use the Vulkan "
                        "backend (OLLAMA_VULKAN=1).") });
        explained = true;
    }

    const bool zeroVram = log.totalVram && parseSize(*log.totalVram).value_or(-1) == 0;
    if (!log.hsaOverride.isEmpty() && zeroVram && log.gpus.isEmpty()) {
        out.append({ QStringLiteral("override-zero-vram"), Severity::Error, log.totalVramEvidence,
            DiagnoseText::tr(
                "HSA_OVERRIDE_GFX_VERSION=%1 was recognised but Ollama ended with total_vram=\"0 B\": the override "
                "only changes the reported architecture; the HIP runtime still cannot reach the GPU.")
                .arg(log.hsaOverride),
            windows ? DiagnoseText::tr(
                "Install the AMD HIP SDK, or (simpler) remove the override and use the Vulkan backend "
                "(OLLAMA_VULKAN=1).")
                    : DiagnoseText::tr(
                        "Remove the override and use the Vulkan backend (OLLAMA_VULKAN=1), or install a ROCm "
                        "runtime that supports this GPU.") });
        explained = true;
    }

    if (!log.hsaOverride.isEmpty() && windows) {
        out.append({ QStringLiteral("hsa-override-on-windows"), Severity::Warning, log.hsaOverrideEvidence,
            DiagnoseText::tr(
                "HSA_OVERRIDE_GFX_VERSION=%1 is set, but Windows does not go through HSA: the variable does "
                "nothing there.")
                .arg(log.hsaOverride),
            DiagnoseText::tr(
                "Delete HSA_OVERRIDE_GFX_VERSION from the user and system environment variables and restart "
                "Ollama. For an unsupported GPU use Vulkan (OLLAMA_VULKAN=1) or the ollama-for-amd build.") });
    }

    bool runsOnVulkan = false;
    bool runsOnRocm = false;
    for (const InferenceDevice &d : log.gpus) {
        runsOnVulkan = runsOnVulkan || d.backend() == QLatin1String("vulkan");
        runsOnRocm = runsOnRocm || d.backend() == QLatin1String("rocm");
    }
    if (!log.hsaOverride.isEmpty() && !windows
        && ((runsOnVulkan && !runsOnRocm) || (wantsVulkan(log, ctx) && !runsOnRocm))) {
        out.append({ QStringLiteral("stale-hsa-override"), Severity::Warning, log.hsaOverrideEvidence,
            DiagnoseText::tr(
                "HSA_OVERRIDE_GFX_VERSION=%1 is left over from a ROCm attempt, but Ollama now uses Vulkan. "
                "If ROCm loads again the override can make it crash or pick the wrong kernels.")
                .arg(log.hsaOverride),
            DiagnoseText::tr("Remove HSA_OVERRIDE_GFX_VERSION from the Ollama service environment and restart it.") });
    }

    if (runsOnRocm && wantsVulkan(log, ctx)) {
        QString evidence;
        for (const InferenceDevice &d : log.gpus) {
            if (d.backend() == QLatin1String("rocm")) {
                evidence = d.evidence;
                break;
            }
        }
        out.append({ QStringLiteral("rocm-preferred-over-vulkan"), Severity::Warning, evidence,
            DiagnoseText::tr(
                "Vulkan was requested, but Ollama prefers ROCm over Vulkan when both see the same GPU, so it "
                "still runs on ROCm."),
            DiagnoseText::tr("Set OLLAMA_LLM_LIBRARY=vulkan and hide the ROCm devices (%1), then restart Ollama.")
                .arg(hipHideHint(os)) });
    }

    if (!log.kfdPermissionEvidence.isEmpty()
        || (ctx.inRenderGroup == false && !windows && os != QLatin1String("macos"))) {
        out.append({ QStringLiteral("not-in-render-group"), Severity::Error,
            log.kfdPermissionEvidence.isEmpty() ? DiagnoseText::tr("(detection: the user is not in the render group)")
                                                : log.kfdPermissionEvidence,
            DiagnoseText::tr("The account Ollama runs as cannot open /dev/kfd and /dev/dri/renderD*: it is not in the "
                             "render group."),
            DiagnoseText::tr("sudo usermod -aG render,video ollama (for the service; use your own user name for "
                             "`ollama serve`), then restart Ollama or log in again.") });
        explained = true;
    }

    if (log.offloadedLayers) {
        const auto [gpu, total] = *log.offloadedLayers;
        if (gpu > 0 && gpu < total)
            out.append({ QStringLiteral("partial-offload"), Severity::Warning, log.offloadedEvidence,
                DiagnoseText::tr(
                    "Only %1 of %2 layers fit in GPU memory; the rest run on the CPU, which is several times "
                    "slower.")
                    .arg(gpu)
                    .arg(total),
                DiagnoseText::tr("Use a smaller quantisation (Q4_K_M instead of Q8_0/F16), a smaller context "
                                 "(OLLAMA_CONTEXT_LENGTH=4096) or close other programs that use GPU memory.") });
        else if (gpu == 0 && total > 0 && log.gpuDiscovered())
            out.append({ QStringLiteral("no-layers-offloaded"), Severity::Error, log.offloadedEvidence,
                DiagnoseText::tr("Ollama found a GPU but offloaded 0 of %1 layers: the model did not fit at all, or "
                                 "num_gpu=0 was requested.")
                    .arg(total),
                DiagnoseText::tr("Use a smaller model or quantisation, reduce the context, and check that no "
                                 "Modelfile/options set num_gpu 0.") });
    }
    for (const auto &[name, size, vram] : ctx.runningModels) {
        const QString split = formatProcessor(size, vram);
        if (split.endsWith(QLatin1String("CPU/GPU")))
            out.append({ QStringLiteral("partial-offload"), Severity::Warning,
                QStringLiteral("ollama ps: %1 %2").arg(name, split),
                DiagnoseText::tr("%1 does not fit in GPU memory; the CPU part slows every token.").arg(name),
                DiagnoseText::tr("Use a smaller quantisation or context (OLLAMA_CONTEXT_LENGTH), or close other GPU "
                                 "programs.") });
        else if (split == QLatin1String("100% CPU"))
            out.append(
                { QStringLiteral("model-on-cpu"), Severity::Error, QStringLiteral("ollama ps: %1 %2").arg(name, split),
                    DiagnoseText::tr("%1 is loaded entirely in system memory.").arg(name),
                    DiagnoseText::tr("See the other findings for why Ollama has no usable GPU.") });
    }

    if (!ctx.appliedSettings.isEmpty()) {
        QStringList missing;
        for (auto it = ctx.appliedSettings.begin(); it != ctx.appliedSettings.end(); ++it) {
            if (!log.hasServerConfig || log.serverConfig.value(it.key()) != it.value())
                missing << DiagnoseText::tr("%1=%2 (server saw \"%3\")")
                               .arg(it.key(), it.value(), log.serverConfig.value(it.key()));
        }
        if (!missing.isEmpty()) {
            out.append({ QStringLiteral("settings-not-applied"), Severity::Error,
                log.hasServerConfig ? log.serverConfigEvidence
                                    : DiagnoseText::tr("(no \"server config\" line in the log: the server has not "
                                                       "restarted since logging began)"),
                DiagnoseText::tr(
                    "The running Ollama server did not receive: %1. It was not restarted after the change, "
                    "or the setting went to a place the server does not read%2.")
                    .arg(missing.join(QStringLiteral(", ")),
                        windows ? DiagnoseText::tr(" (the Windows app overwrites OLLAMA_HOST, OLLAMA_MODELS, "
                                                   "OLLAMA_CONTEXT_LENGTH, OLLAMA_ORIGINS from its own settings)")
                                : DiagnoseText::tr(" (the systemd service ignores ~/.bashrc; use a drop-in)")),
                windows ? DiagnoseText::tr("Quit Ollama from the tray icon and start it again, then re-run diagnose.")
                        : DiagnoseText::tr(
                            "sudo systemctl daemon-reload && sudo systemctl restart ollama, then re-run diagnose.") });
        }
    }

    if (!log.vulkanDisabledEvidence.isEmpty() && log.gpus.isEmpty()) {
        out.append({ QStringLiteral("vulkan-disabled"), Severity::Warning, log.vulkanDisabledEvidence,
            DiagnoseText::tr("This Ollama has a Vulkan backend, but it is switched off."),
            DiagnoseText::tr("Set OLLAMA_VULKAN=1 for the Ollama server and restart it.") });
    }

    if (!log.oldDriverEvidence.isEmpty()) {
        out.append({ QStringLiteral("amd-driver-old"), Severity::Info, log.oldDriverEvidence,
            DiagnoseText::tr("Ollama could not confirm a recent AMD driver."),
            windows
                ? DiagnoseText::tr("Install the current AMD Adrenalin driver.")
                : DiagnoseText::tr("Usually harmless with the in-kernel amdgpu driver; update the kernel/firmware if "
                                   "the GPU is not found.") });
    }

    for (const SkippedIgpu &s : log.skippedIgpus) {
        out.append({ QStringLiteral("igpu-skipped"), Severity::Info, s.evidence,
            DiagnoseText::tr("Ollama skips Radeon integrated GPUs (id %1, %2 reported) by default.").arg(s.id, s.total),
            DiagnoseText::tr(
                "Nothing to do if another GPU is used. To use the iGPU, set OLLAMA_IGPU_ENABLE=1 (Ollama 0.30+) "
                "or use the Vulkan backend.") });
    }

    const bool noGpu = log.gpus.isEmpty() && log.vulkanDevices.isEmpty()
        && (log.cpuDevice || log.noCompatibleGpus() || (log.offloadedLayers && log.offloadedLayers->first == 0));
    if (noGpu && !explained) {
        QString evidence = log.noCompatibleGpusEvidence;
        if (evidence.isEmpty() && log.cpuDevice)
            evidence = log.cpuDevice->evidence;
        if (evidence.isEmpty())
            evidence = log.offloadedEvidence;
        out.append({ QStringLiteral("gpu-not-detected"), Severity::Error, evidence,
            DiagnoseText::tr("Ollama found no usable GPU and runs on the CPU only."),
            DiagnoseText::tr("Check that the GPU driver is installed, then try the Vulkan backend (OLLAMA_VULKAN=1). "
                             "Start Ollama with OLLAMA_DEBUG=1 to see why each GPU was rejected.") });
    }

    std::stable_sort(out.begin(), out.end(),
        [](const Finding &a, const Finding &b) { return static_cast<int>(a.severity) > static_cast<int>(b.severity); });
    return out;
}

} // namespace ogs

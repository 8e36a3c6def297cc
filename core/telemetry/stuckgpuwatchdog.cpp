#include "stuckgpuwatchdog.h"

#include "common/coretext.h"

#include <QJsonArray>

namespace ogs {

namespace {
constexpr double kIdleBusyPercent = 20.0;
constexpr double kPowerFactor = 1.5; ///< stuck GPUs draw far above idle (66 W vs 15–20 W in the seed)
constexpr double kPowerMarginW = 5.0;
} // namespace

QJsonObject StuckGpuAlert::toJson() const
{
    return QJsonObject {
        { QStringLiteral("type"), QStringLiteral("gpu_stuck_busy") },
        { QStringLiteral("gpu"), gpuId },
        { QStringLiteral("name"), gpuName },
        { QStringLiteral("since_ms"), sinceMs },
        { QStringLiteral("duration_s"), static_cast<double>(durationMs) / 1000.0 },
        { QStringLiteral("evidence"), QJsonArray::fromStringList(evidence) },
        { QStringLiteral("explanation"), explanation },
        { QStringLiteral("fixes"), QJsonArray::fromStringList(fixes) },
    };
}

std::optional<double> StuckGpuWatchdog::idleBaselineW(const QString &gpuId) const
{
    return m_state.value(gpuId).idlePowerW;
}

bool StuckGpuWatchdog::otherProcessExplainsLoad(const GpuSample &gpu, const QList<ProcessGpuUsage> &processes) const
{
    for (const ProcessGpuUsage &p : processes) {
        if (p.pciAddress == gpu.id && p.enginePercent.value_or(0) >= m_config.otherProcessBusyPercent)
            return true;
    }
    return false;
}

QList<StuckGpuAlert> StuckGpuWatchdog::observe(
    qint64 nowMs, const QList<GpuSample> &gpus, const OllamaActivity &ollama, const QList<ProcessGpuUsage> &processes)
{
    QList<StuckGpuAlert> alerts;
    for (const GpuSample &gpu : gpus) {
        GpuState &state = m_state[gpu.id];
        const bool busy = gpu.utilReliable && gpu.utilPercent && *gpu.utilPercent >= m_config.busyPercent;
        // Learn the idle power: a GPU that reads idle while Ollama is idle.
        if (gpu.utilReliable && gpu.utilPercent && *gpu.utilPercent < kIdleBusyPercent && gpu.powerW && ollama.idle())
            state.idlePowerW = state.idlePowerW ? std::min(*state.idlePowerW, *gpu.powerW) : *gpu.powerW;

        // A normal unload lets the clock fall; a stuck queue keeps it at the top level and the
        // power far above idle. Where a reading is missing it cannot clear the suspicion.
        const bool clockStuck = !gpu.sclkMhz || gpu.sclkAtTop;
        const bool powerHigh
            = !gpu.powerW || !state.idlePowerW || *gpu.powerW > *state.idlePowerW * kPowerFactor + kPowerMarginW;
        const bool suspect
            = busy && ollama.idle() && clockStuck && powerHigh && !otherProcessExplainsLoad(gpu, processes);
        if (!suspect) {
            state.suspectSinceMs.reset();
            continue;
        }
        if (!state.suspectSinceMs)
            state.suspectSinceMs = nowMs;
        if (nowMs - *state.suspectSinceMs >= m_config.stuckAfterMs)
            alerts.append(makeAlert(gpu, state, nowMs));
    }
    return alerts;
}

StuckGpuAlert StuckGpuWatchdog::makeAlert(const GpuSample &gpu, const GpuState &state, qint64 nowMs) const
{
    StuckGpuAlert a;
    a.gpuId = gpu.id;
    a.gpuName = gpu.name;
    a.sinceMs = *state.suspectSinceMs;
    a.durationMs = nowMs - *state.suspectSinceMs;
    a.evidence << TelemetryText::tr("busy %1 % for %2 s while Ollama has no model loaded or no runner process")
                      .arg(gpu.utilPercent.value_or(0), 0, 'f', 0)
                      .arg(static_cast<double>(a.durationMs) / 1000.0, 0, 'f', 0);
    if (gpu.sclkMhz)
        a.evidence << TelemetryText::tr("core clock %1 MHz, its top level%2")
                          .arg(*gpu.sclkMhz)
                          .arg(gpu.sclkMaxMhz ? QStringLiteral(" (%1 MHz)").arg(*gpu.sclkMaxMhz) : QString());
    if (gpu.powerW)
        a.evidence << (state.idlePowerW
                ? TelemetryText::tr("power %1 W against %2 W when idle")
                      .arg(*gpu.powerW, 0, 'f', 1)
                      .arg(*state.idlePowerW, 0, 'f', 1)
                : TelemetryText::tr("power %1 W (no idle baseline seen yet)").arg(*gpu.powerW, 0, 'f', 1));
    a.explanation = TelemetryText::tr(
        "With the ROCm/HIP backend some GPUs (RDNA4 with Qwen 3 models, and other RDNA3/RDNA4 cases) keep "
        "running orphaned compute queues after the model is unloaded: the GPU stays at 100 % busy and maximum "
        "clock, drawing power, until the amdgpu driver is reloaded or the computer restarts. Restarting Ollama "
        "does not clear it.");
    a.fixes << TelemetryText::tr("Run Ollama on Vulkan with ROCm devices hidden: OLLAMA_LLM_LIBRARY=vulkan, "
                                 "ROCR_VISIBLE_DEVICES=NOT_A_DEVICE, HIP_VISIBLE_DEVICES=-1 (one click in the wizard)")
            << TelemetryText::tr("Or keep ROCm with GPU_MAX_HW_QUEUES=1")
            << TelemetryText::tr("Set OLLAMA_MAX_LOADED_MODELS=1 so only one runner holds the GPU")
            << TelemetryText::tr("Update the GPU firmware (linux-firmware, for the MES fix)")
            << TelemetryText::tr("Last resort: reload the amdgpu driver or restart the computer");
    return a;
}

} // namespace ogs

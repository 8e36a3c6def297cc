#pragma once

#include "gpusample.h"
#include "processgpuscanner.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace ogs {

/// What we know about Ollama at the moment of a sample. Unknown stays unset.
struct OllamaActivity {
    std::optional<bool> modelLoaded; ///< from GET /api/ps
    std::optional<bool> runnerAlive; ///< a runner process exists
    /// Ollama is idle when /api/ps lists no model; without that answer, when no runner process
    /// lives here. The server's answer wins: its runner may be out of sight (WSL2, another host).
    bool idle() const { return modelLoaded ? !*modelLoaded : runnerAlive == false; }
};

struct WatchdogConfig {
    double busyPercent = 90.0;    ///< at or above this the GPU counts as busy
    qint64 stuckAfterMs = 30000;  ///< busy this long while Ollama is idle → alert
    double otherProcessBusyPercent = 5.0; ///< another DRM client this busy explains the load
};

/// "GPU stuck busy": evidence, explanation and the fixes in order.
struct StuckGpuAlert {
    QString gpuId;
    QString gpuName;
    qint64 sinceMs = 0;
    qint64 durationMs = 0;
    QStringList evidence;
    QString explanation;
    QStringList fixes;
    QJsonObject toJson() const;
};

/// Watches samples for a GPU that stays busy after Ollama unloaded its model, the ROCm/HSA
/// teardown bug on RDNA3/RDNA4. Pure logic: the caller passes timestamps, samples, what Ollama
/// is doing and which other processes use the GPU.
class StuckGpuWatchdog final {
public:
    explicit StuckGpuWatchdog(WatchdogConfig config = {}) : m_config(config) {}
    /// Feeds one sample round; returns the alerts active after it.
    QList<StuckGpuAlert> observe(qint64 nowMs, const QList<GpuSample> &gpus, const OllamaActivity &ollama,
                                 const QList<ProcessGpuUsage> &processes = {});
    /// Idle power learned for a GPU (W), when it has been seen idle.
    std::optional<double> idleBaselineW(const QString &gpuId) const;

private:
    struct GpuState {
        std::optional<qint64> suspectSinceMs;
        std::optional<double> idlePowerW;
    };
    bool otherProcessExplainsLoad(const GpuSample &gpu, const QList<ProcessGpuUsage> &processes) const;
    StuckGpuAlert makeAlert(const GpuSample &gpu, const GpuState &state, qint64 nowMs) const;

    WatchdogConfig m_config;
    QHash<QString, GpuState> m_state;
};

} // namespace ogs

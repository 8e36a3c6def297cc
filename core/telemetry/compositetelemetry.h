#pragma once

#include "gputelemetrysource.h"

#include <memory>
#include <vector>

namespace ogs {

/// Several sources as one: samples in source order, a GPU that two sources know (the same id)
/// merged into one sample where the first source's values win and the later ones fill the gaps.
class CompositeTelemetry final : public GpuTelemetrySource {
public:
    CompositeTelemetry() = default;
    /// `name` prefixes this source's warnings ("nvml: ...").
    void add(const QString &name, std::unique_ptr<GpuTelemetrySource> source);
    QList<GpuSample> sample() override;
    QStringList takeWarnings() override;
    int sourceCount() const { return static_cast<int>(m_sources.size()); }

private:
    struct Entry {
        QString name;
        std::unique_ptr<GpuTelemetrySource> source;
    };
    std::vector<Entry> m_sources;
};

/// Fills every value `into` lacks from `from` (the same GPU read by another source).
void mergeSample(GpuSample &into, const GpuSample &from);

/// Which sources makeTelemetrySource() opens, and their roots.
struct TelemetryOptions {
    QString sysfsRoot = QStringLiteral("/sys");
    QString nvmlLibrary; ///< empty: the platform's NVML candidates
    /// Run when NVML cannot be loaded, as one long-running `nvidia-smi -lms`; empty: nvidia-smi on
    /// PATH, if there is one.
    QString nvidiaSmi;
    int intervalMs = 1000; ///< the sampling interval, passed to nvidia-smi -lms
    bool sysfs = true; ///< amdgpu sysfs (Linux)
    bool nvml = true;
    bool pdh = true; ///< Windows performance counters (Windows builds only)
};

/// What makeTelemetrySource() opened.
struct TelemetrySetup {
    std::unique_ptr<CompositeTelemetry> source;
    int gpuCount = 0; ///< GPUs found when the sources were opened
    bool gpusPending = false; ///< a source that finds its GPUs only once sampling starts (nvidia-smi)
    QStringList notes; ///< why a source has nothing (no NVIDIA driver, no amdgpu card): not warnings
    QStringList warnings; ///< from sources left out (an NVML file that exists but will not load)
};

/// Opens the platform's sources: sysfs (Linux), NVML, PDH (Windows). Sources that find nothing
/// are left out, with a note saying why.
TelemetrySetup makeTelemetrySource(const TelemetryOptions &options);

} // namespace ogs

#pragma once

#include "countersamples.h"
#include "gputelemetrysource.h"
#include "win/gpucounters.h"

#include <QSet>

namespace ogs {

/// Every Windows adapter's utilisation and memory use from the GPU performance counters (what
/// Task Manager shows), with names and total VRAM from DXGI. Windows only. The query is opened
/// once; each sample is one PdhCollectQueryData. `skipNvidia`: NVML reads those GPUs instead.
class PdhTelemetry final : public GpuTelemetrySource {
public:
    explicit PdhTelemetry(bool skipNvidia, win::GpuCounterPaths paths = win::GpuCounterPaths());
    QList<GpuSample> sample() override;
    QStringList takeWarnings() override;
    /// Hardware adapters this source samples; 0 when the counters could not be opened.
    int gpuCount() const { return m_gpuCount; }

private:
    /// Adds a warning unless the same text was reported in this episode.
    void warnOnce(const QString &text);

    win::GpuCounterQuery m_query;
    QHash<quint64, CounterAdapter> m_adapters;
    std::vector<win::GpuAdapterCounters> m_counters;
    std::vector<std::string> m_problems;
    QStringList m_warnings;
    QSet<QString> m_reported;
    int m_gpuCount = 0;
};

} // namespace ogs

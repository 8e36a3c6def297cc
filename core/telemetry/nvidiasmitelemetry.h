#pragma once

#include "gputelemetrysource.h"
#include "lineprocess.h"

#include <optional>

namespace ogs {

/// NVIDIA GPUs through one long-running `nvidia-smi --query-gpu=... -lms INTERVAL`, for machines
/// where NVML will not load but nvidia-smi runs. Started once, at the first sample (in the
/// sampling thread), and never restarted: if it ends, a warning says how and samples are empty.
/// Each sample takes the newest line per GPU; nothing is spawned per sample.
class NvidiaSmiTelemetry final : public GpuTelemetrySource {
public:
    NvidiaSmiTelemetry(QString program, int intervalMs, std::unique_ptr<LineProcess> process);
    QList<GpuSample> sample() override;
    QStringList takeWarnings() override;

    /// The arguments it passes: the query, CSV without header or units, and -lms.
    static QStringList arguments(int intervalMs);

private:
    QString m_program;
    int m_intervalMs;
    std::unique_ptr<LineProcess> m_process;
    bool m_started = false;
    bool m_ended = false;
    QList<GpuSample> m_latest; ///< newest sample per GPU, in the order they first appeared
    QStringList m_warnings;
    bool m_lineWarned = false;
};

/// One line of NvidiaSmiTelemetry's query, e.g.
/// "0, 00000000:01:00.0, NVIDIA GeForce RTX 4090, 97, 40, 20512, 24564, 2520, 3105, 431.27, 71"
/// (index, pci.bus_id, name, utilization.gpu, utilization.memory, memory.used, memory.total in
/// MiB, clocks.gr, clocks.max.gr in MHz, power.draw in W, temperature.gpu in °C). "[N/A]" and
/// "[Not Supported]" give null. nullopt with *error naming the problem when the line is not that.
std::optional<GpuSample> parseNvidiaSmiLine(const QByteArray &line, QString *error);

} // namespace ogs

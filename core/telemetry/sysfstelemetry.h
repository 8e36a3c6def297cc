#pragma once

#include "amdgpusampler.h"
#include "gputelemetrysource.h"

#include <memory>
#include <vector>

namespace ogs {

class AmdPciTable;

/// Live numbers of every amdgpu card under `<sysfsRoot>/class/drm/cardN`. Cards are found once,
/// at construction; each sample then only re-reads already-open files.
class SysfsTelemetry final : public GpuTelemetrySource {
public:
    SysfsTelemetry(const QString &sysfsRoot, const AmdPciTable &table);
    QList<GpuSample> sample() override;
    QStringList takeWarnings() override;
    int gpuCount() const { return static_cast<int>(m_samplers.size()); }

private:
    std::vector<std::unique_ptr<AmdGpuSampler>> m_samplers;
    QStringList m_warnings;
};

/// Raven and Raven2 APUs always report gpu_busy_percent 100 (drm/amd#1932).
bool busyPercentUnreliable(quint32 pciDeviceId, const AmdPciTable &table);

} // namespace ogs

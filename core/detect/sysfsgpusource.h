#pragma once

#include "gpusource.h"

#include <QHash>

namespace ogs {

/// Linux GPUs from sysfs: DRM cards (`<root>/class/drm/cardN/device/`) for every vendor, with
/// memory sizes for amdgpu, and AMD KFD topology nodes (`<root>/class/kfd/kfd/topology/nodes/`)
/// for the gfx target ROCm sees. `root` stands in for `/sys`.
class SysfsGpuSource final : public GpuSource {
public:
    explicit SysfsGpuSource(QString sysfsRoot) : m_root(std::move(sysfsRoot)) {}
    QString id() const override { return QStringLiteral("sysfs"); }
    SourceResult probe() override;

private:
    QList<GpuInfo> probeDrm(QStringList &warnings) const;
    QList<GpuInfo> probeKfd(QStringList &warnings) const;
    QString m_root;
};

/// Parses a KFD `properties` file ("key value" per line). Garbled lines are reported in *bad.
QHash<QString, qint64> parseKfdProperties(const QString &text, QStringList *bad);

/// KFD gfx_target_version → "gfx1031" (major decimal, minor and stepping hex): 100301 → gfx1031,
/// 90010 → gfx90a. Empty for 0 or out-of-range values.
QString gfxTargetFromVersion(qint64 version);

/// KFD location_id (bus << 8 | devfn) and domain → "0000:c1:00.0".
QString pciAddressFromLocation(qint64 domain, qint64 locationId);

/// Ollama's integrated-GPU rule for amdgpu without board_info/mem_info_vram_vendor:
/// VRAM ≤ 4 GiB, GTT ≥ 8 GiB and GTT ≥ 4 × VRAM.
bool looksIntegrated(qint64 vramBytes, qint64 gttBytes);

} // namespace ogs

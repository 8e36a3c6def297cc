#pragma once

#include "amdpcitable.h"
#include "gpuinfo.h"

namespace ogs {

/// Fills what the PCI table knows (gfx target, chip, generation, marketing name, APU) into
/// an AMD GPU that lacks it; falls back to the chip in a RADV device name ("(RADV GFX1201)").
void enrichFromPciTable(GpuInfo &gpu, const AmdPciTable &table);

/// The chip RADV appends to device names: "AMD Radeon RX 5700 XT (RADV NAVI10)" → "NAVI10".
QString radvChipHint(const QString &vulkanDeviceName);
/// The device name without a driver suffix such as " (RADV NAVI10)".
QString stripDriverSuffix(const QString &vulkanDeviceName);

/// Merges per-source lists into one list of physical GPUs. Inputs come in priority order:
/// a field already filled by an earlier source is kept. GPUs match by PCI bus address,
/// then LUID, then vendor+device id (when neither side's address contradicts it).
/// Software rasterisers never merge with hardware.
QList<GpuInfo> mergeGpus(const QList<QList<GpuInfo>> &perSource);

} // namespace ogs

#include "dxgiconvert.h"

#include "common/coretext.h"

#include <limits>

namespace ogs {

namespace {

/// Drivers that cap DedicatedVideoMemory report just under 4 GiB; a card that really has
/// 4 GiB reports exactly that, so the band starts a little below.
bool looksCapped(quint64 bytes)
{
    return bytes >= 0xF0000000ULL && bytes <= 0x100000000ULL;
}

} // namespace

QString luidText(quint64 luid)
{
    return QStringLiteral("%1").arg(luid, 16, 16, QLatin1Char('0'));
}

GpuInfo gpuInfoFromDxgi(const win::DxgiAdapter &adapter, QStringList *warnings)
{
    GpuInfo gpu;
    gpu.name = QString::fromStdString(adapter.description).trimmed();
    gpu.luid = luidText(adapter.luid);
    gpu.addSource(DetectionSource::Dxgi);
    if (adapter.software) {
        // The Microsoft Basic Render Driver (WARP): a CPU rasteriser, listed but never used.
        gpu.deviceType = DeviceType::Cpu;
        gpu.pciVendorId = adapter.vendorId;
        gpu.pciDeviceId = adapter.deviceId;
        return gpu;
    }
    gpu.pciVendorId = adapter.vendorId;
    gpu.pciDeviceId = adapter.deviceId;
    gpu.pciRevision = adapter.revision;
    gpu.vendor = vendorFromPciId(adapter.vendorId);
    if (adapter.remote)
        gpu.deviceType = DeviceType::Virtual;
    const quint64 dedicated = adapter.bestDedicatedMemory();
    if (dedicated > 0) {
        gpu.vramTotalBytes = qint64(qMin<quint64>(dedicated, quint64(std::numeric_limits<qint64>::max())));
        gpu.vramTotalSource = adapter.registryMemorySize ? QStringLiteral("dxgi driver registry memory size")
                                                         : QStringLiteral("dxgi DedicatedVideoMemory");
    }
    if (adapter.sharedSystemMemory > 0) {
        gpu.gttTotalBytes
            = qint64(qMin<quint64>(adapter.sharedSystemMemory, quint64(std::numeric_limits<qint64>::max())));
        gpu.gttTotalSource = QStringLiteral("dxgi SharedSystemMemory");
    }
    if (warnings && !adapter.registryMemorySize && looksCapped(adapter.dedicatedVideoMemory)) {
        *warnings << DetectText::tr("%1: DXGI reports %2 MiB of dedicated memory, which some drivers cap at 4 GiB, "
                                    "and the driver's registry size could not be read (%3)")
                         .arg(gpu.name, QString::number(adapter.dedicatedVideoMemory >> 20),
                             adapter.registryProblem.empty() ? DetectText::tr("no reason given")
                                                             : QString::fromStdString(adapter.registryProblem));
    }
    return gpu;
}

} // namespace ogs

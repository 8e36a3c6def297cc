#include "gpuinfo.h"

#include "common/coretext.h"

namespace ogs {

GpuVendor vendorFromPciId(quint32 pciVendorId)
{
    switch (pciVendorId) {
    case kPciVendorAmd:
        return GpuVendor::Amd;
    case kPciVendorNvidia:
        return GpuVendor::Nvidia;
    case kPciVendorIntel:
        return GpuVendor::Intel;
    default:
        return GpuVendor::Other;
    }
}

QString vendorKey(GpuVendor vendor)
{
    switch (vendor) {
    case GpuVendor::Amd:
        return QStringLiteral("amd");
    case GpuVendor::Nvidia:
        return QStringLiteral("nvidia");
    case GpuVendor::Intel:
        return QStringLiteral("intel");
    case GpuVendor::Other:
        break;
    }
    return QStringLiteral("other");
}

QString vendorDisplayName(GpuVendor vendor)
{
    switch (vendor) {
    case GpuVendor::Amd:
        return QStringLiteral("AMD");
    case GpuVendor::Nvidia:
        return QStringLiteral("NVIDIA");
    case GpuVendor::Intel:
        return QStringLiteral("Intel");
    case GpuVendor::Other:
        break;
    }
    return DetectText::tr("Unknown vendor");
}

QString deviceTypeKey(DeviceType type)
{
    switch (type) {
    case DeviceType::Discrete:
        return QStringLiteral("discrete");
    case DeviceType::Integrated:
        return QStringLiteral("integrated");
    case DeviceType::Virtual:
        return QStringLiteral("virtual");
    case DeviceType::Cpu:
        return QStringLiteral("cpu");
    case DeviceType::Other:
        break;
    }
    return QStringLiteral("other");
}

QString sourceKey(DetectionSource source)
{
    switch (source) {
    case DetectionSource::Vulkan:
        return QStringLiteral("vulkan");
    case DetectionSource::Kfd:
        return QStringLiteral("kfd");
    case DetectionSource::Drm:
        return QStringLiteral("drm");
    case DetectionSource::Nvml:
        return QStringLiteral("nvml");
    case DetectionSource::Dxgi:
        return QStringLiteral("dxgi");
    }
    return QString();
}

QString hexId(quint32 id, int width)
{
    return QStringLiteral("0x") + QString::number(id, 16).rightJustified(width, QLatin1Char('0'));
}

std::optional<OllamaMemory> ollamaMemory(const GpuInfo &gpu)
{
    OllamaMemory m;
    const qint64 vram = gpu.vramTotalBytes.value_or(0);
    const qint64 gtt = gpu.gttTotalBytes.value_or(0);
    if (gpu.integrated() && gtt > vram) {
        m.totalBytes = gtt;
        m.totalSource = gpu.gttTotalSource + QStringLiteral(" (GTT, larger than the VRAM carve-out)");
        m.fromGtt = true;
        if (gpu.gttUsedBytes && *gpu.gttUsedBytes <= gtt) {
            m.freeBytes = gtt - *gpu.gttUsedBytes;
            m.freeSource = QStringLiteral("sysfs mem_info_gtt_total - mem_info_gtt_used");
        }
        return m;
    }
    if (vram <= 0)
        return std::nullopt;
    m.totalBytes = vram;
    m.totalSource = gpu.vramTotalSource;
    if (gpu.vramFreeBytes && *gpu.vramFreeBytes <= vram) {
        m.freeBytes = gpu.vramFreeBytes;
        m.freeSource = gpu.vramFreeSource;
    }
    return m;
}

} // namespace ogs

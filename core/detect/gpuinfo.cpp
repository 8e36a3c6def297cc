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

} // namespace ogs

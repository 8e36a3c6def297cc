#include "detectionjson.h"

#include <QJsonArray>

namespace ogs {

namespace {

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

template <typename T>
QJsonValue orNull(const std::optional<T> &v)
{
    return v ? QJsonValue(static_cast<qint64>(*v)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject gpuToJson(const GpuInfo &gpu)
{
    QJsonArray sources;
    for (DetectionSource s : gpu.sources)
        sources.append(sourceKey(s));
    return QJsonObject{
        {QStringLiteral("vendor"), vendorKey(gpu.vendor)},
        {QStringLiteral("name"), gpu.name},
        {QStringLiteral("pci_vendor_id"), hexId(gpu.pciVendorId)},
        {QStringLiteral("pci_device_id"), hexId(gpu.pciDeviceId)},
        {QStringLiteral("pci_revision"), gpu.pciRevision ? QJsonValue(hexId(*gpu.pciRevision, 2)) : QJsonValue()},
        {QStringLiteral("pci_bus_address"), orNull(gpu.pciBusAddress)},
        {QStringLiteral("luid"), orNull(gpu.luid)},
        {QStringLiteral("gfx_target"), orNull(gpu.gfxTarget)},
        {QStringLiteral("chip"), orNull(gpu.chip)},
        {QStringLiteral("generation"), orNull(gpu.generation)},
        {QStringLiteral("vram_total_bytes"), orNull(gpu.vramTotalBytes)},
        {QStringLiteral("vram_free_bytes"), orNull(gpu.vramFreeBytes)},
        {QStringLiteral("gtt_total_bytes"), orNull(gpu.gttTotalBytes)},
        {QStringLiteral("integrated"), gpu.integrated()},
        {QStringLiteral("device_type"), deviceTypeKey(gpu.deviceType)},
        {QStringLiteral("vulkan_driver"), orNull(gpu.vulkanDriver)},
        {QStringLiteral("vulkan_driver_info"), orNull(gpu.vulkanDriverInfo)},
        {QStringLiteral("vulkan_api_version"), orNull(gpu.vulkanApiVersion)},
        {QStringLiteral("kernel_driver"), orNull(gpu.kernelDriver)},
        {QStringLiteral("compute_capability"), orNull(gpu.computeCapability)},
        {QStringLiteral("drm_render_minor"), orNull(gpu.drmRenderMinor)},
        {QStringLiteral("sources"), sources},
    };
}

QJsonObject reportToJson(const DetectionReport &report)
{
    QJsonArray gpus;
    for (const GpuInfo &gpu : report.gpus)
        gpus.append(gpuToJson(gpu));
    const PlatformInfo &p = report.platform;
    const QJsonObject details{
        {QStringLiteral("kernel_release"), orNull(p.kernelRelease)},
        {QStringLiteral("dev_kfd"), p.hasDevKfd},
        {QStringLiteral("dev_kfd_accessible"), p.devKfdAccessible},
        {QStringLiteral("dev_dxg"), p.hasDevDxg},
        {QStringLiteral("user"), orNull(p.userName)},
        {QStringLiteral("in_render_group"), p.inRenderGroup},
        {QStringLiteral("in_video_group"), p.inVideoGroup},
        {QStringLiteral("windows_vulkan_loader"),
            p.windowsVulkanLoader ? QJsonValue(*p.windowsVulkanLoader) : QJsonValue(QJsonValue::Null)},
    };
    return QJsonObject{
        {QStringLiteral("platform"), platformKey(p.platform)},
        {QStringLiteral("platform_details"), details},
        {QStringLiteral("gpus"), gpus},
        {QStringLiteral("sources_used"), QJsonArray::fromStringList(report.sourcesUsed)},
        {QStringLiteral("sources_unavailable"), QJsonArray::fromStringList(report.sourcesUnavailable)},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(report.warnings)},
        {QStringLiteral("notes"), QJsonArray::fromStringList(report.notes)},
    };
}

} // namespace ogs

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

/// The memory the budget uses (an APU: the larger of VRAM and GTT), with where each figure came from.
QJsonValue ollamaMemoryJson(const GpuInfo &gpu)
{
    const std::optional<OllamaMemory> m = ollamaMemory(gpu);
    if (!m)
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{
        {QStringLiteral("total_bytes"), m->totalBytes},
        {QStringLiteral("total_source"), m->totalSource},
        {QStringLiteral("free_bytes"), orNull(m->freeBytes)},
        {QStringLiteral("free_source"), orNull(m->freeSource)},
    };
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
        {QStringLiteral("gtt_used_bytes"), orNull(gpu.gttUsedBytes)},
        {QStringLiteral("memory_sources"), QJsonObject{
            {QStringLiteral("vram_total"), orNull(gpu.vramTotalSource)},
            {QStringLiteral("vram_free"), orNull(gpu.vramFreeSource)},
            {QStringLiteral("gtt_total"), orNull(gpu.gttTotalSource)},
        }},
        {QStringLiteral("ollama_memory"), ollamaMemoryJson(gpu)},
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

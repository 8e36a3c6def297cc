#include "gpumerger.h"

#include <QRegularExpression>

namespace ogs {

namespace {

const QRegularExpression &radvSuffix()
{
    static const QRegularExpression re(QStringLiteral("\\s*\\(RADV ([A-Za-z0-9_]+)\\)\\s*$"));
    return re;
}

bool sameAddress(const QString &a, const QString &b)
{
    return !a.isEmpty() && !b.isEmpty() && a.compare(b, Qt::CaseInsensitive) == 0;
}

bool contradicts(const QString &a, const QString &b)
{
    return !a.isEmpty() && !b.isEmpty() && a.compare(b, Qt::CaseInsensitive) != 0;
}

bool sharesSource(const GpuInfo &a, const GpuInfo &b)
{
    for (DetectionSource s : b.sources) {
        if (a.sources.contains(s))
            return true;
    }
    return false;
}

bool matches(const GpuInfo &a, const GpuInfo &b)
{
    if (a.isSoftware() != b.isSoftware())
        return false;
    if (sameAddress(a.pciBusAddress, b.pciBusAddress) || sameAddress(a.luid, b.luid))
        return true;
    if (contradicts(a.pciBusAddress, b.pciBusAddress) || contradicts(a.luid, b.luid))
        return false;
    // Two identical cards seen by one source are two GPUs, never one.
    return a.pciVendorId != 0 && a.pciVendorId == b.pciVendorId && a.pciDeviceId == b.pciDeviceId
        && !sharesSource(a, b);
}

template <typename T>
void fill(T &target, const T &value)
{
    if (!target && value)
        target = value;
}

void fill(QString &target, const QString &value)
{
    if (target.isEmpty())
        target = value;
}

void fillWithSource(std::optional<qint64> &target, QString &targetSource, const std::optional<qint64> &value,
    const QString &valueSource)
{
    if (!target && value) {
        target = value;
        targetSource = valueSource;
    }
}

void mergeInto(GpuInfo &base, const GpuInfo &other)
{
    if (base.vendor == GpuVendor::Other)
        base.vendor = other.vendor;
    fill(base.name, other.name);
    if (base.pciVendorId == 0)
        base.pciVendorId = other.pciVendorId;
    if (base.pciDeviceId == 0)
        base.pciDeviceId = other.pciDeviceId;
    fill(base.pciRevision, other.pciRevision);
    fill(base.pciBusAddress, other.pciBusAddress);
    fill(base.luid, other.luid);
    fill(base.gfxTarget, other.gfxTarget);
    fill(base.chip, other.chip);
    fill(base.generation, other.generation);
    // A figure keeps the source it came from (sysfs runs first, so its mem_info_vram_used wins).
    fillWithSource(base.vramTotalBytes, base.vramTotalSource, other.vramTotalBytes, other.vramTotalSource);
    fillWithSource(base.vramFreeBytes, base.vramFreeSource, other.vramFreeBytes, other.vramFreeSource);
    fillWithSource(base.gttTotalBytes, base.gttTotalSource, other.gttTotalBytes, other.gttTotalSource);
    fill(base.gttUsedBytes, other.gttUsedBytes);
    // The Vulkan driver states the device type; sysfs only guesses it from memory sizes.
    const bool otherIsStated = other.sources.contains(DetectionSource::Vulkan)
        && (other.deviceType == DeviceType::Integrated || other.deviceType == DeviceType::Discrete);
    if (base.deviceType == DeviceType::Other || otherIsStated)
        base.deviceType = other.deviceType == DeviceType::Other ? base.deviceType : other.deviceType;
    fill(base.vulkanDriver, other.vulkanDriver);
    fill(base.vulkanDriverInfo, other.vulkanDriverInfo);
    fill(base.vulkanApiVersion, other.vulkanApiVersion);
    fill(base.kernelDriver, other.kernelDriver);
    fill(base.computeCapability, other.computeCapability);
    fill(base.drmRenderMinor, other.drmRenderMinor);
    for (DetectionSource s : other.sources)
        base.addSource(s);
}

} // namespace

QString radvChipHint(const QString &vulkanDeviceName)
{
    const QRegularExpressionMatch m = radvSuffix().match(vulkanDeviceName);
    return m.hasMatch() ? m.captured(1).toUpper() : QString();
}

QString stripDriverSuffix(const QString &vulkanDeviceName)
{
    QString name = vulkanDeviceName;
    name.remove(radvSuffix());
    return name.trimmed();
}

void enrichFromPciTable(GpuInfo &gpu, const AmdPciTable &table)
{
    if (gpu.vendor != GpuVendor::Amd || gpu.isSoftware())
        return;
    if (const AmdChipEntry *entry = table.find(gpu.pciDeviceId)) {
        if (gpu.gfxTarget.isEmpty())
            gpu.gfxTarget = entry->gfxTarget;
        if (gpu.chip.isEmpty())
            gpu.chip = entry->chip;
        if (gpu.generation.isEmpty())
            gpu.generation = entry->generation;
        if (gpu.name.isEmpty())
            gpu.name = table.marketingName(gpu.pciDeviceId, gpu.pciRevision);
        if (gpu.deviceType == DeviceType::Other)
            gpu.deviceType = entry->apu ? DeviceType::Integrated : DeviceType::Discrete;
    }
    if (gpu.gfxTarget.isEmpty()) {
        const QString hint = radvChipHint(gpu.name);
        if (!hint.isEmpty())
            gpu.gfxTarget = table.gfxTargetForChip(hint);
    }
}

QList<GpuInfo> mergeGpus(const QList<QList<GpuInfo>> &perSource)
{
    QList<GpuInfo> merged;
    for (const QList<GpuInfo> &list : perSource) {
        for (const GpuInfo &gpu : list) {
            auto it = std::find_if(merged.begin(), merged.end(), [&](const GpuInfo &m) { return matches(m, gpu); });
            if (it == merged.end())
                merged.append(gpu);
            else
                mergeInto(*it, gpu);
        }
    }
    for (GpuInfo &gpu : merged)
        gpu.name = stripDriverSuffix(gpu.name);
    // Software rasterisers last: they are listed for completeness, never chosen.
    std::stable_partition(merged.begin(), merged.end(), [](const GpuInfo &g) { return !g.isSoftware(); });
    return merged;
}

} // namespace ogs

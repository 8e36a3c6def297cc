#include "sysfsgpusource.h"

#include "common/coretext.h"
#include "sysfsreader.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace ogs {

namespace {

constexpr qint64 GiB = 1024LL * 1024 * 1024;

QHash<QString, QString> parseUevent(const QString &text)
{
    QHash<QString, QString> map;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const int eq = line.indexOf(QLatin1Char('='));
        if (eq > 0)
            map.insert(line.left(eq).trimmed(), line.mid(eq + 1).trimmed());
    }
    return map;
}

/// Reads an optional integer attribute: missing stays silent, garbled or unreadable warns.
std::optional<qint64> readAttr(const QString &path, QStringList &warnings, bool warnIfMissing = false)
{
    const SysfsValue value = readSysfsText(path);
    if (!value.ok()) {
        if (value.error != QLatin1String("missing") || warnIfMissing)
            warnings << QStringLiteral("%1: %2").arg(path, value.error);
        return std::nullopt;
    }
    const auto v = parseSysfsInt(value.text);
    if (!v)
        warnings << DetectText::tr("%1: not a number: \"%2\"").arg(path, value.text.left(40));
    return v;
}

std::optional<quint32> parsePciHalf(const QString &text)
{
    const auto v = parseSysfsInt(text, 16);
    if (!v || *v < 0 || *v > 0xffff)
        return std::nullopt;
    return static_cast<quint32>(*v);
}

} // namespace

QHash<QString, qint64> parseKfdProperties(const QString &text, QStringList *bad)
{
    QHash<QString, qint64> props;
    for (const QString &raw : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString line = raw.trimmed();
        const int space = line.indexOf(QLatin1Char(' '));
        const auto value = space > 0 ? parseSysfsInt(line.mid(space + 1), 10) : std::nullopt;
        if (!value) {
            if (bad)
                bad->append(line.left(60));
            continue;
        }
        props.insert(line.left(space), *value);
    }
    return props;
}

QString gfxTargetFromVersion(qint64 version)
{
    if (version <= 0 || version > 999999)
        return {};
    const qint64 major = version / 10000;
    const qint64 minor = (version / 100) % 100;
    const qint64 stepping = version % 100;
    if (minor > 0xf || stepping > 0xf)
        return {};
    return QStringLiteral("gfx%1%2%3").arg(major).arg(minor, 0, 16).arg(stepping, 0, 16);
}

QString pciAddressFromLocation(qint64 domain, qint64 locationId)
{
    const qint64 bus = (locationId >> 8) & 0xff;
    const qint64 devfn = locationId & 0xff;
    return QStringLiteral("%1:%2:%3.%4")
        .arg(domain, 4, 16, QLatin1Char('0'))
        .arg(bus, 2, 16, QLatin1Char('0'))
        .arg(devfn >> 3, 2, 16, QLatin1Char('0'))
        .arg(devfn & 7);
}

bool looksIntegrated(qint64 vramBytes, qint64 gttBytes)
{
    return vramBytes <= 4 * GiB && gttBytes >= 8 * GiB && gttBytes >= 4 * vramBytes;
}

SourceResult SysfsGpuSource::probe()
{
    SourceResult result;
    if (!QFileInfo::exists(m_root + QStringLiteral("/class"))) {
        result.available = false;
        result.warnings << DetectText::tr("%1/class does not exist; no sysfs to read").arg(m_root);
        return result;
    }
    QList<GpuInfo> cards = probeDrm(result.warnings);
    const QList<GpuInfo> nodes = probeKfd(result.warnings);
    // Attach each KFD node to its DRM card: by PCI address, else render minor, else ids.
    for (const GpuInfo &node : nodes) {
        auto it = std::find_if(cards.begin(), cards.end(),
            [&](const GpuInfo &c) { return !c.pciBusAddress.isEmpty() && c.pciBusAddress == node.pciBusAddress; });
        if (it == cards.end())
            it = std::find_if(cards.begin(), cards.end(),
                [&](const GpuInfo &c) { return c.drmRenderMinor && c.drmRenderMinor == node.drmRenderMinor; });
        if (it == cards.end())
            it = std::find_if(cards.begin(), cards.end(), [&](const GpuInfo &c) {
                return !c.sources.contains(DetectionSource::Kfd) && c.pciVendorId == node.pciVendorId
                    && c.pciDeviceId == node.pciDeviceId;
            });
        if (it == cards.end()) {
            cards.append(node);
            continue;
        }
        it->gfxTarget = node.gfxTarget;
        it->drmRenderMinor = node.drmRenderMinor;
        if (it->pciBusAddress.isEmpty())
            it->pciBusAddress = node.pciBusAddress;
        it->addSource(DetectionSource::Kfd);
    }
    result.gpus = cards;
    return result;
}

QList<GpuInfo> SysfsGpuSource::probeDrm(QStringList &warnings) const
{
    QList<GpuInfo> cards;
    const QDir drm(m_root + QStringLiteral("/class/drm"));
    static const QRegularExpression cardName(QStringLiteral("^card\\d+$"));
    QStringList entries = drm.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::System);
    std::sort(entries.begin(), entries.end(),
        [](const QString &a, const QString &b) { return a.size() != b.size() ? a.size() < b.size() : a < b; });
    for (const QString &entry : std::as_const(entries)) {
        if (!cardName.match(entry).hasMatch())
            continue;
        const QString dev = drm.filePath(entry) + QStringLiteral("/device");
        if (!QFileInfo(dev).isDir())
            continue;
        GpuInfo gpu;
        gpu.addSource(DetectionSource::Drm);
        const SysfsValue uevent = readSysfsText(dev + QStringLiteral("/uevent"));
        const QHash<QString, QString> ue = parseUevent(uevent.text);
        if (!uevent.ok())
            warnings << QStringLiteral("%1/uevent: %2").arg(dev, uevent.error);

        // vendor/device files first; snapshots and some kernels only have PCI_ID in uevent.
        const QStringList pciId = ue.value(QStringLiteral("PCI_ID")).split(QLatin1Char(':'));
        const SysfsValue vendorFile = readSysfsText(dev + QStringLiteral("/vendor"));
        const SysfsValue deviceFile = readSysfsText(dev + QStringLiteral("/device"));
        const auto vendor = parsePciHalf(vendorFile.ok() ? vendorFile.text : pciId.value(0));
        const auto device = parsePciHalf(deviceFile.ok() ? deviceFile.text : pciId.value(1));
        if (!vendor || !device) {
            warnings << DetectText::tr(
                "%1: no readable PCI vendor/device id (vendor, device, uevent PCI_ID); card skipped")
                            .arg(dev);
            continue;
        }
        gpu.pciVendorId = *vendor;
        gpu.pciDeviceId = *device;
        gpu.vendor = vendorFromPciId(gpu.pciVendorId);
        const SysfsValue revision = readSysfsText(dev + QStringLiteral("/revision"));
        if (revision.ok()) {
            const auto rev = parseSysfsInt(revision.text, 16);
            if (rev && *rev >= 0 && *rev <= 0xff)
                gpu.pciRevision = static_cast<quint32>(*rev);
            else
                warnings << DetectText::tr("%1/revision: not a revision: \"%2\"").arg(dev, revision.text.left(20));
        } else if (revision.error != QLatin1String("missing")) {
            warnings << QStringLiteral("%1/revision: %2").arg(dev, revision.error);
        }

        gpu.pciBusAddress = ue.value(QStringLiteral("PCI_SLOT_NAME")).toLower();
        if (gpu.pciBusAddress.isEmpty()) {
            const QString resolved = QFileInfo(dev).canonicalFilePath();
            static const QRegularExpression addr(QStringLiteral("^[0-9a-f]{4}:[0-9a-f]{2}:[0-9a-f]{2}\\.[0-7]$"));
            if (addr.match(QFileInfo(resolved).fileName()).hasMatch())
                gpu.pciBusAddress = QFileInfo(resolved).fileName();
        }
        gpu.kernelDriver = ue.value(QStringLiteral("DRIVER"));
        if (gpu.kernelDriver.isEmpty()) {
            const QFileInfo link(dev + QStringLiteral("/driver"));
            if (link.isSymLink())
                gpu.kernelDriver = QFileInfo(link.symLinkTarget()).fileName();
        }

        if (gpu.kernelDriver == QLatin1String("amdgpu")) {
            gpu.vramTotalBytes = readAttr(dev + QStringLiteral("/mem_info_vram_total"), warnings, true);
            if (gpu.vramTotalBytes)
                gpu.vramTotalSource = QStringLiteral("sysfs mem_info_vram_total");
            // The free figure Ollama itself used before 0.30 and PR #17277 returns to: Vulkan's budget and HIP
            // over-report it on discrete cards (they ignore the desktop's framebuffers).
            const auto used = readAttr(dev + QStringLiteral("/mem_info_vram_used"), warnings, true);
            if (gpu.vramTotalBytes && used && *used <= *gpu.vramTotalBytes) {
                gpu.vramFreeBytes = *gpu.vramTotalBytes - *used;
                gpu.vramFreeSource = QStringLiteral("sysfs mem_info_vram_total - mem_info_vram_used");
            }
            gpu.gttTotalBytes = readAttr(dev + QStringLiteral("/mem_info_gtt_total"), warnings);
            if (gpu.gttTotalBytes)
                gpu.gttTotalSource = QStringLiteral("sysfs mem_info_gtt_total");
            gpu.gttUsedBytes = readAttr(dev + QStringLiteral("/mem_info_gtt_used"), warnings); // optional: older kernels lack it
            const bool statedDiscrete = QFileInfo::exists(dev + QStringLiteral("/board_info"))
                || QFileInfo::exists(dev + QStringLiteral("/mem_info_vram_vendor"));
            if (statedDiscrete)
                gpu.deviceType = DeviceType::Discrete;
            else if (gpu.vramTotalBytes && gpu.gttTotalBytes)
                gpu.deviceType = looksIntegrated(*gpu.vramTotalBytes, *gpu.gttTotalBytes) ? DeviceType::Integrated
                                                                                          : DeviceType::Discrete;
        }
        cards.append(gpu);
    }
    return cards;
}

QList<GpuInfo> SysfsGpuSource::probeKfd(QStringList &warnings) const
{
    QList<GpuInfo> nodes;
    const QDir topology(m_root + QStringLiteral("/class/kfd/kfd/topology/nodes"));
    if (!topology.exists())
        return nodes;
    QStringList entries = topology.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(entries.begin(), entries.end(), [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
    for (const QString &entry : std::as_const(entries)) {
        const QString path = topology.filePath(entry) + QStringLiteral("/properties");
        const SysfsValue text = readSysfsText(path);
        if (!text.ok()) {
            warnings << QStringLiteral("%1: %2").arg(path, text.error);
            continue;
        }
        QStringList bad;
        const QHash<QString, qint64> props = parseKfdProperties(text.text, &bad);
        if (!bad.isEmpty())
            warnings << DetectText::tr("%1: garbled line \"%2\"").arg(path, bad.first());
        const qint64 vendor = props.value(QStringLiteral("vendor_id"));
        const qint64 device = props.value(QStringLiteral("device_id"));
        const qint64 render = props.value(QStringLiteral("drm_render_minor"));
        if (vendor == 0 || device == 0 || render == 0)
            continue; // a CPU node
        GpuInfo gpu;
        gpu.addSource(DetectionSource::Kfd);
        gpu.pciVendorId = static_cast<quint32>(vendor);
        gpu.pciDeviceId = static_cast<quint32>(device);
        gpu.vendor = vendorFromPciId(gpu.pciVendorId);
        gpu.drmRenderMinor = static_cast<int>(render);
        if (props.contains(QStringLiteral("location_id")))
            gpu.pciBusAddress = pciAddressFromLocation(
                props.value(QStringLiteral("domain")), props.value(QStringLiteral("location_id")));
        const auto version = props.constFind(QStringLiteral("gfx_target_version"));
        if (version == props.constEnd())
            warnings << DetectText::tr("%1: no gfx_target_version").arg(path);
        else if ((gpu.gfxTarget = gfxTargetFromVersion(*version)).isEmpty())
            warnings << DetectText::tr("%1: gfx_target_version %2 is not a valid target").arg(path).arg(*version);
        nodes.append(gpu);
    }
    return nodes;
}

} // namespace ogs

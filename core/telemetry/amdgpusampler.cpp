#include "amdgpusampler.h"

#include "common/coretext.h"
#include "dpmlevels.h"

#include <QDir>
#include <QFileInfo>

namespace ogs {

AmdGpuSampler::AmdGpuSampler(const QString &deviceDir, QString id, QString name, bool utilReliable)
    : m_id(std::move(id))
    , m_name(std::move(name))
    , m_utilReliable(utilReliable)
{
    const auto file = [&](const char *n) -> QString { return deviceDir + QLatin1Char('/') + QLatin1String(n); };
    m_busy = &add(file("gpu_busy_percent"), QStringLiteral("gpu_busy_percent"), false);
    m_memBusy = &add(file("mem_busy_percent"), QStringLiteral("mem_busy_percent"), true);
    m_vramUsed = &add(file("mem_info_vram_used"), QStringLiteral("mem_info_vram_used"), false);
    m_vramTotal = &add(file("mem_info_vram_total"), QStringLiteral("mem_info_vram_total"), false);
    m_gttUsed = &add(file("mem_info_gtt_used"), QStringLiteral("mem_info_gtt_used"), true);
    m_sclk = &add(file("pp_dpm_sclk"), QStringLiteral("pp_dpm_sclk"), true);

    // hwmon/hwmonN is numbered at boot; take the one this card has.
    QStringList hwmons = QDir(file("hwmon")).entryList({ QStringLiteral("hwmon*") }, QDir::Dirs | QDir::NoDotAndDotDot);
    hwmons.sort();
    const QString hwmon = hwmons.value(0);
    const QString hwmonDir = file("hwmon") + QLatin1Char('/') + hwmon + QLatin1Char('/');
    // amdgpu exposes power1_average on older, power1_input on newer parts (amdgpu_top reads both).
    const QString power = QFileInfo::exists(hwmonDir + QStringLiteral("power1_average"))
        ? QStringLiteral("power1_average")
        : QStringLiteral("power1_input");
    m_power = &add(hwmonDir + power, hwmon + QLatin1Char('/') + power, true);
    m_temp = &add(hwmonDir + QStringLiteral("temp1_input"), hwmon + QStringLiteral("/temp1_input"), true);
    m_freq = &add(hwmonDir + QStringLiteral("freq1_input"), hwmon + QStringLiteral("/freq1_input"), true);
}

AmdGpuSampler::Attribute &AmdGpuSampler::add(const QString &path, const QString &label, bool optional)
{
    m_attributes.push_back(Attribute { std::make_unique<SysfsAttribute>(path), label, optional, false });
    return m_attributes.back();
}

void AmdGpuSampler::fail(Attribute &attr, const QString &error, QStringList &warnings)
{
    if (attr.warned || (attr.optional && error == QLatin1String("missing")))
        return;
    attr.warned = true;
    warnings << QStringLiteral("%1: %2").arg(attr.file->path(), error);
}

bool AmdGpuSampler::readText(Attribute *attr, QStringList &warnings)
{
    QString error;
    if (!attr->file->read(m_buffer, &error)) {
        fail(*attr, error, warnings);
        return false;
    }
    return true; // the caller clears `warned` once the text also parses
}

std::optional<qint64> AmdGpuSampler::readInt(Attribute *attr, QStringList &warnings)
{
    QString error;
    const auto v = attr->file->readInt(m_buffer, &error);
    if (!v)
        fail(*attr, error, warnings);
    else
        attr->warned = false;
    return v;
}

GpuSample AmdGpuSampler::sample(QStringList &warnings)
{
    GpuSample s;
    s.id = m_id;
    s.name = m_name;
    s.utilReliable = m_utilReliable;
    // Record where each value came from; the map is rebuilt only when that changes.
    const auto note = [this](const char *field, const Attribute *attr) {
        const auto it = m_sourceOf.constFind(QLatin1String(field));
        if (it == m_sourceOf.constEnd() || *it != attr->label)
            m_sourceOf.insert(QLatin1String(field), attr->label);
    };
    const auto forget = [this](const char *field) {
        if (m_sourceOf.contains(QLatin1String(field)))
            m_sourceOf.remove(QLatin1String(field));
    };

    if (const auto busy = readInt(m_busy, warnings); busy && *busy >= 0 && *busy <= 100) {
        s.utilPercent = static_cast<double>(*busy);
        note("util_percent", m_busy);
    } else {
        forget("util_percent");
    }
    if (const auto memBusy = readInt(m_memBusy, warnings); memBusy && *memBusy >= 0 && *memBusy <= 100)
        s.memBusyPercent = static_cast<double>(*memBusy);
    if ((s.vramUsedBytes = readInt(m_vramUsed, warnings)))
        note("vram_used_bytes", m_vramUsed);
    else
        forget("vram_used_bytes");
    if (!m_vramTotalCached) // the total never changes while the driver is loaded
        m_vramTotalCached = readInt(m_vramTotal, warnings);
    s.vramTotalBytes = m_vramTotalCached;
    if ((s.gttUsedBytes = readInt(m_gttUsed, warnings)))
        note("gtt_used_bytes", m_gttUsed);
    else
        forget("gtt_used_bytes");

    if (readText(m_sclk, warnings)) {
        const DpmLevels levels = parseDpmLevels(m_buffer);
        if (levels.levelCount == 0)
            fail(*m_sclk, TelemetryText::tr("no clock levels in \"%1\"").arg(QString::fromUtf8(m_buffer.left(40))),
                warnings);
        else
            m_sclk->warned = false;
        s.sclkMhz = levels.currentMhz;
        s.sclkMaxMhz = levels.maxMhz;
        s.sclkAtTop = levels.atTopLevel;
        if (s.sclkMhz)
            note("sclk_mhz", m_sclk);
    }
    if (!s.sclkMhz) {
        if (const auto hz = readInt(m_freq, warnings)) {
            s.sclkMhz = static_cast<int>(*hz / 1000000);
            note("sclk_mhz", m_freq);
        } else {
            forget("sclk_mhz");
        }
    }
    if (const auto microwatts = readInt(m_power, warnings)) {
        s.powerW = static_cast<double>(*microwatts) / 1e6;
        note("power_w", m_power);
    } else {
        forget("power_w");
    }
    if (const auto millidegrees = readInt(m_temp, warnings)) {
        s.tempC = static_cast<double>(*millidegrees) / 1000.0;
        note("temp_c", m_temp);
    } else {
        forget("temp_c");
    }
    s.sourceOf = m_sourceOf; // implicitly shared: no copy
    return s;
}

} // namespace ogs

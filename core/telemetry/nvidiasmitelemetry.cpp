#include "nvidiasmitelemetry.h"

#include "common/checkedcast.h"
#include "common/coretext.h"
#include "detect/nvmlsource.h"

namespace ogs {

namespace {

constexpr int kFields = 11; // see parseNvidiaSmiLine
const char *const kQuery = "index,pci.bus_id,name,utilization.gpu,utilization.memory,memory.used,memory.total,"
                           "clocks.gr,clocks.max.gr,power.draw,temperature.gpu";

/// A number, or unset for nvidia-smi's "[N/A]" / "[Not Supported]"; false when it is neither.
bool number(const QByteArray &text, std::optional<double> &out)
{
    if (text.startsWith('[') && text.endsWith(']'))
        return true;
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (ok && v >= 0)
        out = v;
    return ok && v >= 0;
}

} // namespace

QStringList NvidiaSmiTelemetry::arguments(int intervalMs)
{
    return { QStringLiteral("--query-gpu=") + QLatin1String(kQuery), QStringLiteral("--format=csv,noheader,nounits"),
        QStringLiteral("-lms"), QString::number(intervalMs) };
}

std::optional<GpuSample> parseNvidiaSmiLine(const QByteArray &line, QString *error)
{
    QByteArrayList parts = line.trimmed().split(',');
    if (parts.size() < kFields) {
        *error = TelemetryText::tr("%1 fields, expected %2").arg(parts.size()).arg(kFields);
        return std::nullopt;
    }
    // A name with a comma in it: everything between the bus id and the last eight fields.
    while (parts.size() > kFields)
        parts[2] += ',' + parts.takeAt(3);
    for (QByteArray &p : parts)
        p = p.trimmed();

    GpuSample s;
    const QString bus = normalizeNvmlBusId(QString::fromLatin1(parts.at(1)));
    bool indexOk = false;
    const int index = parts.at(0).toInt(&indexOk);
    if (!indexOk) {
        *error = TelemetryText::tr("index \"%1\" is not a number").arg(QString::fromLatin1(parts.at(0)));
        return std::nullopt;
    }
    s.id = bus.isEmpty() ? QStringLiteral("nvml%1").arg(index) : bus;
    s.name = QString::fromUtf8(parts.at(2));
    std::optional<double> util, memBusy, used, total, clock, maxClock, power, temp;
    const struct {
        std::optional<double> *target;
        const char *field;
    } fields[] = { { &util, "utilization.gpu" }, { &memBusy, "utilization.memory" }, { &used, "memory.used" },
        { &total, "memory.total" }, { &clock, "clocks.gr" }, { &maxClock, "clocks.max.gr" }, { &power, "power.draw" },
        { &temp, "temperature.gpu" } };
    for (int i = 0; i < 8; ++i) {
        if (!number(parts.at(3 + i), *fields[i].target)) {
            *error = TelemetryText::tr("%1 \"%2\" is not a number")
                         .arg(QLatin1String(fields[i].field), QString::fromUtf8(parts.at(3 + i)));
            return std::nullopt;
        }
    }
    const QString source = QStringLiteral("nvidia-smi");
    constexpr double kMiB = 1024.0 * 1024.0;
    if (util && *util <= 100) {
        s.utilPercent = util;
        s.sourceOf.insert(QStringLiteral("util_percent"), source);
    }
    if (memBusy && *memBusy <= 100)
        s.memBusyPercent = memBusy;
    // Out-of-range numbers (a garbled line, "1e300") are dropped like [N/A], never cast.
    const auto usedBytes = used ? checkedIntFromDouble<qint64>(*used * kMiB) : std::nullopt;
    const auto totalBytes = total ? checkedIntFromDouble<qint64>(*total * kMiB) : std::nullopt;
    const auto clockMhz = clock ? checkedIntFromDouble<int>(*clock) : std::nullopt;
    const auto maxClockMhz = maxClock ? checkedIntFromDouble<int>(*maxClock) : std::nullopt;
    if (usedBytes) {
        s.vramUsedBytes = *usedBytes;
        s.sourceOf.insert(QStringLiteral("vram_used_bytes"), source);
    }
    if (totalBytes)
        s.vramTotalBytes = *totalBytes;
    if (clockMhz) {
        s.sclkMhz = *clockMhz;
        s.sourceOf.insert(QStringLiteral("sclk_mhz"), source);
    }
    if (maxClockMhz && *maxClockMhz > 0)
        s.sclkMaxMhz = *maxClockMhz;
    s.sclkAtTop = s.sclkMhz && s.sclkMaxMhz && *s.sclkMhz >= 0.97 * *s.sclkMaxMhz;
    if (power) {
        s.powerW = power;
        s.sourceOf.insert(QStringLiteral("power_w"), source);
    }
    if (temp) {
        s.tempC = temp;
        s.sourceOf.insert(QStringLiteral("temp_c"), source);
    }
    return s;
}

NvidiaSmiTelemetry::NvidiaSmiTelemetry(QString program, int intervalMs, std::unique_ptr<LineProcess> process)
    : m_program(std::move(program))
    , m_intervalMs(intervalMs)
    , m_process(std::move(process))
{
}

QList<GpuSample> NvidiaSmiTelemetry::sample()
{
    if (!m_started) {
        m_started = true;
        QString error;
        // Up to two intervals for its first lines: nvidia-smi initialises NVML before printing.
        if (!m_process->start(m_program, arguments(m_intervalMs), 2 * m_intervalMs, &error)) {
            m_warnings << error + TelemetryText::tr("; no NVIDIA telemetry");
            m_ended = true;
        }
    }
    if (m_ended)
        return {};
    for (const QByteArray &line : m_process->readLines()) {
        if (line.isEmpty())
            continue;
        QString error;
        const std::optional<GpuSample> s = parseNvidiaSmiLine(line, &error);
        if (!s) {
            if (!m_lineWarned) // once: a changed output format would otherwise warn at every line
                m_warnings << TelemetryText::tr("%1 printed \"%2\": %3; such lines are skipped")
                                  .arg(m_program, QString::fromUtf8(line.left(120)), error);
            m_lineWarned = true;
            continue;
        }
        auto same = std::find_if(m_latest.begin(), m_latest.end(), [&](const GpuSample &o) { return o.id == s->id; });
        if (same == m_latest.end())
            m_latest.append(*s);
        else
            *same = *s;
    }
    if (const QString reason = m_process->exitReason(); !reason.isEmpty()) {
        m_warnings
            << TelemetryText::tr("%1 %2; it is not restarted, NVIDIA values are no longer read").arg(m_program, reason);
        m_ended = true;
        m_latest.clear();
    }
    return m_latest;
}

QStringList NvidiaSmiTelemetry::takeWarnings()
{
    return std::exchange(m_warnings, {});
}

} // namespace ogs

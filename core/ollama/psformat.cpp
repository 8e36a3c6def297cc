#include "psformat.h"

#include <cmath>

namespace ogs {

QString formatProcessor(qint64 sizeBytes, qint64 sizeVramBytes)
{
    if (sizeBytes < 0 || sizeVramBytes < 0)
        return QStringLiteral("Unknown");
    if (sizeVramBytes == 0)
        return QStringLiteral("100% CPU");
    if (sizeVramBytes == sizeBytes)
        return QStringLiteral("100% GPU");
    if (sizeVramBytes > sizeBytes || sizeBytes == 0)
        return QStringLiteral("Unknown");
    const double cpu
        = std::round(static_cast<double>(sizeBytes - sizeVramBytes) / static_cast<double>(sizeBytes) * 100.0);
    const int cpuPercent = static_cast<int>(cpu);
    return QStringLiteral("%1%/%2% CPU/GPU").arg(cpuPercent).arg(100 - cpuPercent);
}

QString formatSizeSi(qint64 bytes)
{
    constexpr double kilo = 1000.0;
    const double b = static_cast<double>(bytes);
    double value = 0;
    QString unit;
    if (b >= kilo * kilo * kilo * kilo) {
        value = b / (kilo * kilo * kilo * kilo);
        unit = QStringLiteral("TB");
    } else if (b >= kilo * kilo * kilo) {
        value = b / (kilo * kilo * kilo);
        unit = QStringLiteral("GB");
    } else if (b >= kilo * kilo) {
        value = b / (kilo * kilo);
        unit = QStringLiteral("MB");
    } else if (b >= kilo) {
        value = b / kilo;
        unit = QStringLiteral("KB");
    } else {
        return QString::number(bytes) + QStringLiteral(" B");
    }
    if (value >= 10 || value == std::trunc(value))
        return QStringLiteral("%1 %2").arg(static_cast<qint64>(value)).arg(unit);
    return QStringLiteral("%1 %2").arg(QString::number(value, 'f', 1), unit);
}

QString formatHumanDuration(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    if (seconds < 1)
        return QStringLiteral("Less than a second");
    if (seconds == 1)
        return QStringLiteral("1 second");
    if (seconds < 60)
        return QStringLiteral("%1 seconds").arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes == 1)
        return QStringLiteral("About a minute");
    if (minutes < 60)
        return QStringLiteral("%1 minutes").arg(minutes);
    const qint64 hours = std::llround(static_cast<double>(ms) / 3600000.0);
    if (hours == 1)
        return QStringLiteral("About an hour");
    if (hours < 48)
        return QStringLiteral("%1 hours").arg(hours);
    if (hours < 24 * 7 * 2)
        return QStringLiteral("%1 days").arg(hours / 24);
    if (hours < 24 * 30 * 2)
        return QStringLiteral("%1 weeks").arg(hours / 24 / 7);
    if (hours < 24 * 365 * 2)
        return QStringLiteral("%1 months").arg(hours / 24 / 30);
    return QStringLiteral("%1 years").arg(hours / 24 / 365);
}

QString formatUntil(const QDateTime &expiresAt, const QDateTime &now)
{
    if (!expiresAt.isValid())
        return QStringLiteral("Never");
    const qint64 delta = expiresAt.toMSecsSinceEpoch() - now.toMSecsSinceEpoch();
    if (delta < 0)
        return QStringLiteral("Stopping...");
    if (delta / 3600000 / 24 / 365 > 20)
        return QStringLiteral("Forever");
    return formatHumanDuration(delta) + QStringLiteral(" from now");
}

} // namespace ogs

#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace ogs {

/// One reading of one GPU. Unknown values are unset (shown as null), never 0.
struct GpuSample {
    QString id;   ///< PCI bus address, or the DRM card name when there is none
    QString name;
    std::optional<double> utilPercent;
    bool utilReliable = true; ///< false on Raven/Raven2, which always read 100 %
    std::optional<double> memBusyPercent;
    std::optional<qint64> vramUsedBytes;
    std::optional<qint64> vramTotalBytes;
    std::optional<qint64> gttUsedBytes;
    std::optional<int> sclkMhz;
    std::optional<int> sclkMaxMhz;
    bool sclkAtTop = false;
    std::optional<double> powerW;
    std::optional<double> tempC;
    QHash<QString, QString> sourceOf; ///< field name → where it was read ("gpu_busy_percent", "hwmon2/power1_average")
};

QJsonObject sampleToJson(const GpuSample &sample);

} // namespace ogs

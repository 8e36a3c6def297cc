#include "gpusample.h"

namespace ogs {

namespace {

template <typename T>
QJsonValue orNull(const std::optional<T> &v)
{
    return v ? QJsonValue(static_cast<double>(*v)) : QJsonValue(QJsonValue::Null);
}

QJsonValue bytesOrNull(const std::optional<qint64> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject sampleToJson(const GpuSample &s)
{
    QJsonObject sources;
    for (auto it = s.sourceOf.cbegin(); it != s.sourceOf.cend(); ++it)
        sources.insert(it.key(), it.value());
    return QJsonObject{
        {QStringLiteral("id"), s.id},
        {QStringLiteral("name"), s.name},
        {QStringLiteral("util_percent"), orNull(s.utilPercent)},
        {QStringLiteral("util_reliable"), s.utilReliable},
        {QStringLiteral("mem_busy_percent"), orNull(s.memBusyPercent)},
        {QStringLiteral("vram_used_bytes"), bytesOrNull(s.vramUsedBytes)},
        {QStringLiteral("vram_total_bytes"), bytesOrNull(s.vramTotalBytes)},
        {QStringLiteral("gtt_used_bytes"), bytesOrNull(s.gttUsedBytes)},
        {QStringLiteral("sclk_mhz"), orNull(s.sclkMhz)},
        {QStringLiteral("sclk_max_mhz"), orNull(s.sclkMaxMhz)},
        {QStringLiteral("power_w"), orNull(s.powerW)},
        {QStringLiteral("temp_c"), orNull(s.tempC)},
        {QStringLiteral("sources"), sources},
    };
}

} // namespace ogs

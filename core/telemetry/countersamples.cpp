#include "countersamples.h"

#include "detect/dxgiconvert.h"

#include <limits>

namespace ogs {

namespace {

std::optional<qint64> bytes(const std::optional<std::uint64_t> &value)
{
    if (!value)
        return std::nullopt;
    constexpr auto max = static_cast<std::uint64_t>(std::numeric_limits<qint64>::max());
    return static_cast<qint64>(*value > max ? max : *value);
}

} // namespace

QString counterLuidId(quint64 luid)
{
    return QStringLiteral("luid:") + luidText(luid);
}

QList<GpuSample> samplesFromCounters(
    const std::vector<win::GpuAdapterCounters> &counters, const QHash<quint64, CounterAdapter> &adapters)
{
    QList<GpuSample> samples;
    samples.reserve(static_cast<qsizetype>(counters.size()));
    for (const win::GpuAdapterCounters &c : counters) {
        const auto known = adapters.constFind(c.luid);
        if (known != adapters.constEnd() && known->skip)
            continue;
        GpuSample s;
        if (known != adapters.constEnd()) {
            s.id = known->id;
            s.name = known->name;
            s.vramTotalBytes = known->vramTotalBytes;
        } else {
            s.id = counterLuidId(c.luid);
            s.name = QStringLiteral("GPU with LUID %1").arg(luidText(c.luid));
        }
        s.utilPercent = c.utilPercent;
        s.vramUsedBytes = bytes(c.dedicatedBytes);
        s.gttUsedBytes = bytes(c.sharedBytes);
        if (s.utilPercent)
            s.sourceOf.insert(
                QStringLiteral("util_percent"), QStringLiteral("\\GPU Engine(*)\\Utilization Percentage"));
        if (s.vramUsedBytes)
            s.sourceOf.insert(
                QStringLiteral("vram_used_bytes"), QStringLiteral("\\GPU Adapter Memory(*)\\Dedicated Usage"));
        if (s.gttUsedBytes)
            s.sourceOf.insert(
                QStringLiteral("gtt_used_bytes"), QStringLiteral("\\GPU Adapter Memory(*)\\Shared Usage"));
        if (s.vramTotalBytes)
            s.sourceOf.insert(QStringLiteral("vram_total_bytes"), QStringLiteral("DXGI"));
        samples.append(std::move(s));
    }
    return samples;
}

} // namespace ogs

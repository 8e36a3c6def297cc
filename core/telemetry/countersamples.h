#pragma once

#include "gpusample.h"
#include "win/gpucounterinstances.h"

#include <QHash>
#include <QList>

#include <vector>

namespace ogs {

/// What the Windows counters' LUIDs stand for: the adapter DXGI lists under that LUID.
struct CounterAdapter {
    QString id; ///< the GpuSample id: "luid:00000000000003f0", as detection writes the LUID
    QString name; ///< DXGI's description
    std::optional<qint64> vramTotalBytes;
    bool skip = false; ///< left to another source (NVML) or not a GPU (the Basic Render Driver)
};

/// The counters' adapters as samples: utilisation from the busiest engine, dedicated usage as
/// VRAM used, shared usage as GTT used. A LUID no adapter claims keeps a LUID id and a generic
/// name; skipped adapters are left out. Plain data in, so it is tested on every platform.
QList<GpuSample> samplesFromCounters(
    const std::vector<win::GpuAdapterCounters> &counters, const QHash<quint64, CounterAdapter> &adapters);

/// "luid:" and the 16 hex digits detection uses for a LUID.
QString counterLuidId(quint64 luid);

} // namespace ogs

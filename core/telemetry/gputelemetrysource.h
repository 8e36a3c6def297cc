#pragma once

#include "gpusample.h"

#include <QList>
#include <QStringList>

namespace ogs {

/// Something that can read every GPU's live numbers (sysfs, NVML, Windows counters).
class GpuTelemetrySource {
public:
    virtual ~GpuTelemetrySource() = default;
    /// One sample of every GPU this source knows. Cheap: called every interval.
    virtual QList<GpuSample> sample() = 0;
    /// Warnings gathered since the last call (each broken file is reported once).
    virtual QStringList takeWarnings() = 0;
};

} // namespace ogs

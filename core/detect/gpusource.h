#pragma once

#include "gpuinfo.h"

namespace ogs {

/// A place GPUs can be learned from (Vulkan, sysfs, NVML, DXGI). Each implementation takes
/// its roots or library names as constructor parameters so tests point it at fixtures.
class GpuSource {
public:
    virtual ~GpuSource() = default;
    /// Short id used in warnings, e.g. "vulkan".
    virtual QString id() const = 0;
    /// Enumerates devices. Never throws and never blocks on a read; problems become warnings.
    virtual SourceResult probe() = 0;
};

} // namespace ogs

#pragma once

#include "amdpcitable.h"
#include "gpusource.h"
#include "platformprobe.h"

#include <memory>
#include <vector>

namespace ogs {

/// Everything detection learned: the platform, the merged GPU list and what went wrong.
struct DetectionReport {
    PlatformInfo platform;
    QList<GpuInfo> gpus;
    QStringList warnings;
    QStringList notes;              ///< facts worth saying that are not problems
    QStringList sourcesUsed;        ///< ids of sources that were available
    QStringList sourcesUnavailable; ///< ids of sources that do not exist here
};

/// Runs every source, enriches AMD GPUs from the PCI table, merges, and collects warnings.
class GpuDetector {
public:
    GpuDetector(std::vector<std::unique_ptr<GpuSource>> sources, PlatformProbe platform,
                const AmdPciTable &table = AmdPciTable::builtin());
    DetectionReport run();

private:
    std::vector<std::unique_ptr<GpuSource>> m_sources;
    PlatformProbe m_platform;
    const AmdPciTable &m_table;
};

} // namespace ogs

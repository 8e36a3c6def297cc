#pragma once

#include "gpucounterinstances.h"

#include <string>
#include <vector>

namespace ogs::win {

/// The counter paths GpuCounterQuery adds, in English (PdhAddEnglishCounterW), so they work on
/// every Windows display language. Parameters so tests can name a counter that does not exist.
struct GpuCounterPaths {
    std::string engineUtilization = "\\GPU Engine(*)\\Utilization Percentage";
    std::string dedicatedUsage = "\\GPU Adapter Memory(*)\\Dedicated Usage";
    std::string sharedUsage = "\\GPU Adapter Memory(*)\\Shared Usage";
};

/// System-wide GPU use from the Windows performance counters (the numbers Task Manager shows):
/// one PDH query, opened once, collected once per sample. Windows 10 1709 and newer have the
/// GPU counter sets; older Windows and Wine do not, and open() says so.
class GpuCounterQuery final {
public:
    explicit GpuCounterQuery(GpuCounterPaths paths = GpuCounterPaths());
    ~GpuCounterQuery();
    GpuCounterQuery(const GpuCounterQuery &) = delete;
    GpuCounterQuery &operator=(const GpuCounterQuery &) = delete;

    /// Opens the query, adds the counters and collects the first time (utilisation is a rate:
    /// it needs two collections). False with *error naming the counter and PDH's status when the
    /// engine counter cannot be added; a memory counter that cannot be added is left out and
    /// named in *error while open() still returns true.
    bool open(std::string *error);
    /// Collects again and groups every instance by adapter. The rates cover the time since the
    /// previous collection. False with *error when PDH failed; *problems lists instances skipped.
    bool collect(std::vector<GpuAdapterCounters> &adapters, std::vector<std::string> *problems, std::string *error);
    bool isOpen() const { return m_query != nullptr; }

private:
    void close();

    GpuCounterPaths m_paths;
    void *m_query = nullptr; ///< PDH_HQUERY
    void *m_engine = nullptr; ///< PDH_HCOUNTER
    void *m_dedicated = nullptr;
    void *m_shared = nullptr;
};

/// "0xC0000BB8 (PDH_CSTATUS_NO_OBJECT: The specified object was not found on the computer.)".
std::string pdhStatusText(long status);

} // namespace ogs::win

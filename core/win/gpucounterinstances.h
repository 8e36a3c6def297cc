#pragma once

// The pure half of the Windows GPU performance counters: instance-name parsing and grouping.
// Plain C++17 without <windows.h>, so it is built and tested on every platform.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ogs::win {

/// One `\GPU Engine(*)` instance: "pid_1234_luid_0x00000000_0x0000C0E4_phys_0_eng_3_engtype_3D".
struct GpuEngineInstance {
    std::uint32_t pid = 0;
    std::uint64_t luid = 0; ///< HighPart << 32 | LowPart, as DxgiAdapter::luid
    std::uint32_t phys = 0; ///< physical adapter within a linked (SLI/CrossFire) adapter
    std::uint32_t engine = 0;
    std::string engineType; ///< "3D", "Compute_0", "Copy", "VideoDecode", ...; may hold spaces
};

/// Parses an engine instance name; nullopt when it does not have that shape.
std::optional<GpuEngineInstance> parseGpuEngineInstance(const std::string &name);

/// One `\GPU Adapter Memory(*)` instance: "luid_0x00000000_0x0000C0E4_phys_0".
struct GpuAdapterInstance {
    std::uint64_t luid = 0;
    std::uint32_t phys = 0;
};

std::optional<GpuAdapterInstance> parseGpuAdapterInstance(const std::string &name);

/// One instance's formatted value, as PdhGetFormattedCounterArrayW lists it.
struct CounterValue {
    std::string instance;
    double value = 0;
};

/// The three counter sets of one collection. `enginesRead` false: the engine counter could not be
/// read at all, so utilisation stays unknown (not 0) for every adapter.
struct GpuCounterReadings {
    bool enginesRead = false;
    std::vector<CounterValue> engines; ///< \GPU Engine(*)\Utilization Percentage
    std::vector<CounterValue> dedicated; ///< \GPU Adapter Memory(*)\Dedicated Usage (bytes)
    std::vector<CounterValue> shared; ///< \GPU Adapter Memory(*)\Shared Usage (bytes)
};

/// One adapter's numbers, as Task Manager computes them.
struct GpuAdapterCounters {
    std::uint64_t luid = 0;
    std::optional<double> utilPercent; ///< the busiest engine's sum over processes, at most 100
    std::string busiestEngine; ///< "3D #0", the engine utilPercent came from; empty when idle
    std::optional<std::uint64_t> dedicatedBytes;
    std::optional<std::uint64_t> sharedBytes;
};

/// Groups engine instances by LUID and (phys, engine), sums each engine over processes, takes
/// the busiest engine per adapter; adds the memory counters (summed over phys). An adapter with
/// memory counters but no engine instance is idle (0 %) when the engines were read. Sorted by
/// LUID. Names that do not parse and values out of range go to *problems (one line each).
std::vector<GpuAdapterCounters> groupGpuCounters(
    const GpuCounterReadings &readings, std::vector<std::string> *problems);

} // namespace ogs::win

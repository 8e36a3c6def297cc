#pragma once

// Cases for the GPU counter instance parsing and grouping (core/win/gpucounterinstances.h),
// shared by the native QTest (tst_gpucounterinstances) and the Wine-run tst_winlayer, so the
// same rows run on both.

#include "win/gpucounterinstances.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ogs::win::cases {

struct EngineNameCase {
    const char *tag;
    std::string name;
    bool parses;
    std::uint32_t pid;
    std::uint64_t luid;
    std::uint32_t phys;
    std::uint32_t engine;
    std::string type;
};

inline std::vector<EngineNameCase> engineNameCases()
{
    return {
        { "3D engine", "pid_1234_luid_0x00000000_0x0000C0E4_phys_0_eng_3_engtype_3D", true, 1234, 0xC0E4, 0, 3, "3D" },
        { "high luid part, lower-case hex, type with underscore",
            "pid_8_luid_0x00000001_0x0000d1f2_phys_1_eng_12_engtype_Compute_0", true, 8, 0x10000D1F2ull, 1, 12,
            "Compute_0" },
        { "type with a space", "pid_4_luid_0x00000000_0x00011B30_phys_0_eng_5_engtype_Video Processing", true, 4,
            0x11B30, 0, 5, "Video Processing" },
        { "unnamed engine", "pid_0_luid_0x00000000_0x0000C0E4_phys_0_eng_9_engtype_", true, 0, 0xC0E4, 0, 9, "" },
        { "largest pid", "pid_4294967295_luid_0xFFFFFFFF_0xFFFFFFFF_phys_0_eng_0_engtype_Copy", true, 4294967295u,
            0xFFFFFFFFFFFFFFFFull, 0, 0, "Copy" },
        { "adapter memory name", "luid_0x00000000_0x0000C0E4_phys_0", false, 0, 0, 0, 0, "" },
        { "no pid digits", "pid__luid_0x00000000_0x0000C0E4_phys_0_eng_0_engtype_3D", false, 0, 0, 0, 0, "" },
        { "pid too large", "pid_4294967296_luid_0x00000000_0x0000C0E4_phys_0_eng_0_engtype_3D", false, 0, 0, 0, 0, "" },
        { "not hex", "pid_1_luid_0x0000000G_0x0000C0E4_phys_0_eng_0_engtype_3D", false, 0, 0, 0, 0, "" },
        { "nine hex digits", "pid_1_luid_0x000000000_0x0000C0E4_phys_0_eng_0_engtype_3D", false, 0, 0, 0, 0, "" },
        { "no engine type", "pid_1_luid_0x00000000_0x0000C0E4_phys_0_eng_0", false, 0, 0, 0, 0, "" },
        { "total", "_Total", false, 0, 0, 0, 0, "" },
        { "empty", "", false, 0, 0, 0, 0, "" },
    };
}

struct AdapterNameCase {
    const char *tag;
    std::string name;
    bool parses;
    std::uint64_t luid;
    std::uint32_t phys;
};

inline std::vector<AdapterNameCase> adapterNameCases()
{
    return {
        { "first adapter", "luid_0x00000000_0x0000C0E4_phys_0", true, 0xC0E4, 0 },
        { "linked second physical", "luid_0x00000002_0x0001A2B3_phys_1", true, 0x20001A2B3ull, 1 },
        { "engine name", "pid_1_luid_0x00000000_0x0000C0E4_phys_0_eng_0_engtype_3D", false, 0, 0 },
        { "trailing text", "luid_0x00000000_0x0000C0E4_phys_0_x", false, 0, 0 },
        { "no phys", "luid_0x00000000_0x0000C0E4", false, 0, 0 },
        { "empty", "", false, 0, 0 },
    };
}

constexpr std::uint64_t kLuidA = 0xC0E4;
constexpr std::uint64_t kLuidB = 0x100000D1F2ull;
constexpr std::uint64_t kLuidC = 0x11B30;
constexpr std::uint64_t kLuidD = 0x22222;

inline std::string engine(std::uint32_t pid, const char *luid, std::uint32_t eng, const char *type)
{
    return "pid_" + std::to_string(pid) + "_luid_" + luid + "_phys_0_eng_" + std::to_string(eng) + "_engtype_" + type;
}

/// A collection with three processes on adapter A, an idle adapter B, two processes whose
/// shares of one engine of C add up to more than 100, an adapter D with memory only, and
/// two instances that must be reported as problems.
inline GpuCounterReadings groupingReadings()
{
    GpuCounterReadings r;
    r.enginesRead = true;
    const char *a = "0x00000000_0x0000C0E4";
    const char *b = "0x00000010_0x0000D1F2";
    const char *c = "0x00000000_0x00011B30";
    r.engines = {
        { engine(100, a, 0, "3D"), 30.0 },
        { engine(200, a, 0, "3D"), 45.0 }, // 3D: 75 in all, the busiest engine of A
        { engine(100, a, 1, "Compute_0"), 60.0 },
        { engine(300, a, 2, "Copy"), 5.0 },
        { engine(100, b, 0, "3D"), 0.0 },
        { engine(7, c, 4, "Compute_1"), 70.0 },
        { engine(8, c, 4, "Compute_1"), 50.0 },
        { engine(9, c, 0, "3D"), 20.0 },
        { "garbage", 50.0 },
        { engine(10, a, 0, "3D"), -3.0 },
    };
    r.dedicated = {
        { "luid_0x00000000_0x0000C0E4_phys_0", 4294967296.0 },
        { "luid_0x00000010_0x0000D1F2_phys_0", 104857600.0 },
        { "luid_0x00000000_0x00022222_phys_0", 0.0 },
    };
    r.shared = {
        { "luid_0x00000000_0x0000C0E4_phys_0", 209715200.0 },
        { "luid_0x00000000_0x0000C0E4_phys_1", 1048576.0 }, // a second physical adapter: summed
        { "luid_bad", 1.0 },
    };
    return r;
}

/// What groupGpuCounters must make of groupingReadings(), sorted by LUID.
inline std::vector<GpuAdapterCounters> groupingExpected()
{
    GpuAdapterCounters a { kLuidA, 75.0, "3D #0", 4294967296ull, 209715200ull + 1048576ull };
    GpuAdapterCounters c { kLuidC, 100.0, "Compute_1 #4", std::nullopt, std::nullopt };
    GpuAdapterCounters d { kLuidD, 0.0, "", 0ull, std::nullopt };
    GpuAdapterCounters b { kLuidB, 0.0, "", 104857600ull, std::nullopt };
    return { a, c, d, b };
}

/// The problems it reports, each as a part of one line, in order.
inline std::vector<std::string> groupingProblems()
{
    return { "\\GPU Engine instance 'garbage' is not pid_N_luid_0xH_0xL_phys_N_eng_N_engtype_T",
        "reads -3.000000, not a percentage", "\\GPU Adapter Memory instance 'luid_bad' is not luid_0xH_0xL_phys_N" };
}

} // namespace ogs::win::cases

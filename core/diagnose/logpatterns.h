#pragma once

#include <QString>

namespace ogs {

/// Every kind of record the reader knows, across Ollama versions.
enum class LogKind {
    Unknown,
    InferenceCompute,
    AmdgpuNotSupported,
    DroppingRocmDevice,
    AmdgpuSupported,
    DroppingIntegratedGpu,
    IgpuDetectedSkipping,
    SkippingCudaDevice,
    NoCompatibleGpus,
    NoCompatibleAmdgpu,
    UserOverrodeVisibleDevices,
    VulkanDisabled,
    FilteringDevice,
    RemovingDevice,
    MappingDrm,
    MatchedDrm,
    LowVramMode,
    AmdDriverTooOld,
    AmdgpuTooOld,
    ServerConfig,
    Listening,
    Offloaded,
    RunnerDeviceList,
    GgmlDeviceLine,
    GgmlInitFound,
    VulkanDevice,
    FitProjected,
    KfdPermission,
    PsHeader,
    PsRow,
    EvalRate,
    TotalVram,
};

/// One row of the table: how a record of `kind` is recognised and where Ollama prints it.
struct LogPattern {
    LogKind kind;
    const char *name; ///< stable key, used in --json and tests
    const char *needle; ///< a substring of the record (case-sensitive, as Ollama prints it)
    const char *source; ///< the Ollama (or llama.cpp) source file and the versions that print it
};

/// The table, in match order (the first row whose needle the record contains wins).
const LogPattern *logPatterns(qsizetype *count);
/// The row a record belongs to; nullptr for text that is not from Ollama.
const LogPattern *classifyRecord(const QString &record);
const char *logKindName(LogKind kind);

} // namespace ogs

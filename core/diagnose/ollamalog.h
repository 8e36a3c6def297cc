#pragma once

#include "logfmt.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace ogs {

/// One `msg="inference compute"` line, in any of the formats Ollama has used.
struct InferenceDevice {
    QString id, filterId, library, variant, compute, driver, name, description, libdirs, pciId, type, total, available;
    std::optional<qint64> totalBytes;
    std::optional<qint64> availableBytes;
    QString evidence;

    bool isCpu() const
    {
        return library.compare(QLatin1String("cpu"), Qt::CaseInsensitive) == 0 || id == QLatin1String("cpu");
    }
    /// "rocm", "vulkan", "cuda", "metal", "cpu": the library in lower case.
    QString backend() const { return library.toLower(); }
    /// The gfx target: `compute` when it is one ("gfx1151"), else from a RADV description ("… (RADV GFX1201)").
    QString gfxTarget() const;
};

/// A GPU Ollama rejected for its gfx target ("amdgpu is not supported …" or "dropping ROCm device …").
struct UnsupportedGpu {
    QString gpu, gpuType, libraryDir, message, evidence;
    QStringList supportedTypes;
};

struct SkippedIgpu {
    QString id, total, kfdNode, drm, evidence;
    std::optional<int> vendor, device;
};

/// A device the 0.12+ discovery dropped (filtered or removed).
struct DroppedDevice {
    QString id, library, pciId, libdir, message, evidence;
};

/// A `ggml_vulkan: N = NAME (VENDOR) | uma: 1 | fp16: 1 | …` line.
struct VulkanDevice {
    int index = 0;
    QString name, vendor, matrixCores, evidence;
    bool uma = false;
    bool fp16 = false;
};

/// Everything the wizard reads from an Ollama server log. Each fact keeps the line it came from.
struct ParsedLog {
    QString os; ///< "linux", "windows", "wsl2" or empty, from the log's own markers
    QString ollamaVersion;
    QString listenAddress;
    QList<InferenceDevice> gpus; ///< non-CPU inference devices
    std::optional<InferenceDevice> cpuDevice; ///< the CPU fallback line
    QList<UnsupportedGpu> unsupportedGpus;
    QList<std::pair<QString, QString>> supportedGpus; ///< "amdgpu is supported" (gpu, gpu_type)
    QList<SkippedIgpu> skippedIgpus;
    QList<DroppedDevice> filteredDevices;
    QList<DroppedDevice> removedDevices;
    QList<VulkanDevice> vulkanDevices;
    QString hsaOverride;
    QString hsaOverrideEvidence;
    QString noCompatibleGpusEvidence;
    QString noCompatibleAmdgpuEvidence;
    std::optional<QString> totalVram;
    QString totalVramEvidence;
    bool lowVramMode = false;
    std::optional<std::pair<int, int>> offloadedLayers; ///< (on GPU, total)
    QString offloadedEvidence;
    bool hasServerConfig = false;
    QMap<QString, QString> serverConfig;
    QString serverConfigEvidence;
    QStringList warnings;
    QString kfdPermissionEvidence;
    QString vulkanDisabledEvidence;
    QString oldDriverEvidence;
    bool integrated = false;
    QString dxgiDedicated, dxgiShared;
    std::optional<qint64> sharedTotalBytes, dedicatedTotalBytes;
    int runCount = 1; ///< server starts in the text (LastRun scope)
    int runIndex = 0; ///< which of them this is, 0-based

    bool noCompatibleGpus() const { return !noCompatibleGpusEvidence.isEmpty(); }
    bool gpuDiscovered() const { return !gpus.isEmpty() || !vulkanDevices.isEmpty(); }
    /// false: inference ran on the CPU; true: layers were offloaded; nullopt: the log does not say.
    std::optional<bool> gpuUsed() const;
    /// Inference libraries reported, as printed ("rocm", "ROCm", "cuda", "vulkan", "cpu").
    QStringList backends() const;
    /// The facts in the vocabulary of tests/data/ollama-logs/*.expect.json.
    QJsonObject toFactsJson() const;
};

/// WholeText: every fact in the text (a pasted excerpt). LastRun: only the newest server start that reached
/// GPU discovery (a journal or server.log spanning several restarts, where older runs are history).
enum class LogScope { WholeText, LastRun };

/// Parses a log or a pasted excerpt (journald prefixes, markdown and truncated lines are fine).
ParsedLog parseOllamaLog(const QString &text, LogScope scope = LogScope::WholeText);

} // namespace ogs

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

/// An integrated GPU Ollama left out: "unsupported Radeon iGPU detected skipping" (≤ 0.11) or, since 0.30,
/// "dropping integrated GPU; to enable, set OLLAMA_IGPU_ENABLE=1" (then `enableVariable` is set).
struct SkippedIgpu {
    QString id, total, kfdNode, drm, evidence;
    std::optional<int> vendor, device;
    QString library, compute, description, enableVariable;
};

/// "skipping CUDA device — compute capability not in compiled architectures" (0.32+).
struct SkippedCudaDevice {
    QString device, computeCapability, archs, evidence;
};

/// One row of an `ollama ps` table pasted with the log.
struct PsRow {
    QString model, processor, evidence;
    bool onCpuOnly() const { return processor == QLatin1String("100% CPU"); }
    bool usesGpu() const { return processor.contains(QLatin1String("GPU")); }
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
    QList<SkippedCudaDevice> skippedCudaDevices;
    QString visibleDevicesEvidence; ///< "user overrode visible devices"
    QStringList runnerDeviceEvidence; ///< llama-server's "ROCm0: NAME (X MiB, Y MiB free)", ggml "Device 0: …"
    QString fitEvidence; ///< "projected to use N MiB … vs. M MiB of free device memory"
    std::optional<std::pair<qint64, qint64>> fitMiB; ///< (projected, free)
    QString amdgpuTooOldEvidence;
    QList<PsRow> psRows;
    std::optional<double> evalRate; ///< tokens/s from `ollama run --verbose`
    QString evalRateEvidence;
    int recognisedRecords = 0; ///< records the pattern table knows; 0: nothing from Ollama in the text
    int runCount = 1; ///< server starts in the text (LastRun scope)
    int runIndex = 0; ///< which of them this is, 0-based

    bool noCompatibleGpus() const { return !noCompatibleGpusEvidence.isEmpty(); }
    bool nothingFromOllama() const { return recognisedRecords == 0; }
    /// The text shows inference on the CPU: library=cpu, total_vram="0 B", no compatible GPUs, offloaded 0/N,
    /// or a "100% CPU" row; each with its line.
    QStringList cpuFallbackEvidence() const;
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

/// Parses a log or a pasted excerpt through the tolerant LogReader (logreader.h): journald prefixes, markdown,
/// records run together or wrapped, fragments without prefix and prose around them are fine.
ParsedLog parseOllamaLog(const QString &text, LogScope scope = LogScope::WholeText);

} // namespace ogs

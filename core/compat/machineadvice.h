#pragma once

#include "detect/detectoptions.h"
#include "ollamainstall.h"
#include "recommendation.h"
#include "versionprobe.h"

#include <QMap>

namespace ogs {

/// What to advise for: this machine as detected, with any field overridden (the `recommend`
/// flags). Without overrides everything is read from the machine through the parameters here.
struct MachineAdviceOptions {
    DetectOptions detect;
    std::optional<Platform> platform;
    bool gpuGiven = false;           ///< `gpu` replaces detection (nullopt then means "no GPU")
    std::optional<GpuInfo> gpu;
    std::optional<qint64> vramBytes;
    QString model;
    std::optional<OllamaVersion> version;
    /// A version text that is no version ("garbage", "1.2"): the advice assumes the newest known one and says so.
    QString unparsedVersion;
    /// Windows: whether %SystemRoot%\System32\vulkan-1.dll exists; nullopt: detect it when advising this machine.
    std::optional<bool> windowsVulkanLoader;
    std::optional<bool> rocmInstalled;
    std::optional<bool> hipSdkInstalled;
    std::optional<OllamaInstall> install;
    QMap<QString, QString> environment; ///< LOCALAPPDATA, HIP_PATH, ProgramFiles as the system has them
    CommandRunner runner;               ///< runs `ollama --version` on this machine
    ServerVersionProbe serverVersion;   ///< asks the running Ollama (GET /api/version)

    /// The real machine: system environment and process runner.
    static MachineAdviceOptions system();
};

struct MachineAdvice {
    RecommendInput input;
    ResolvedVersion version;
    Recommendation recommendation;
};

/// Detects what was not given, then ranks the paths.
MachineAdvice adviseMachine(const MachineAdviceOptions &options);

/// The GPU Ollama would use first: discrete before integrated, then most VRAM.
std::optional<GpuInfo> pickPrimaryGpu(const QList<GpuInfo> &gpus);

/// A ranked path by id ("rocm", "vulkan", …) or "best" (rank 1); nullptr when not offered.
const PathAdvice *findPath(const Recommendation &rec, const QString &pathId);

} // namespace ogs

#include "logpatterns.h"

#include <iterator>

namespace ogs {

namespace {

// Sources: ../shared/reference/ollama-facts.md and ollama-facts-2026-12.md (tests/data/ollama-logs/README.md
// lists the real logs each row is tested against). Rows that share a needle's prefix come longest first.
const LogPattern kPatterns[] = {
    { LogKind::InferenceCompute, "inference-compute", "inference compute",
        "discover/types.go LogDetails (0.5 → HEAD; id/library/compute/name/description/libdirs since 0.12)" },
    { LogKind::AmdgpuNotSupported, "amdgpu-not-supported", "amdgpu is not supported",
        "discover/amd_linux.go, amd_windows.go (0.1.29 – 0.11)" },
    { LogKind::DroppingRocmDevice, "dropping-rocm-device", "dropping ROCm device",
        "discover/runner.go (0.12 – HEAD: \"… no rocblas support\")" },
    { LogKind::AmdgpuSupported, "amdgpu-supported", "amdgpu is supported", "discover/amd_linux.go (0.1.29 – 0.11)" },
    { LogKind::DroppingIntegratedGpu, "dropping-integrated-gpu", "dropping integrated GPU",
        "discover/runner.go:405 (0.30 – HEAD, PR #16429: \"to enable, set OLLAMA_IGPU_ENABLE=1\")" },
    { LogKind::IgpuDetectedSkipping, "igpu-detected-skipping", "iGPU detected skipping",
        "discover/amd_linux.go (0.1.29 – 0.11: \"unsupported Radeon iGPU detected skipping\")" },
    { LogKind::SkippingCudaDevice, "skipping-cuda-device", "skipping CUDA device",
        "discover/llama_server.go:299 (0.32 – HEAD: compute capability not in compiled architectures)" },
    { LogKind::NoCompatibleGpus, "no-compatible-gpus", "no compatible GPUs were discovered",
        "discover/gpu.go, types.go (0.1 – HEAD)" },
    { LogKind::NoCompatibleAmdgpu, "no-compatible-amdgpu", "no compatible amdgpu devices detected",
        "discover/amd_linux.go, amd_windows.go (0.1.29 – 0.11)" },
    { LogKind::UserOverrodeVisibleDevices, "user-overrode-visible-devices", "user overrode visible devices",
        "discover/gpu.go, runner.go (0.1.29 – HEAD; a WARN since #17215)" },
    { LogKind::VulkanDisabled, "vulkan-disabled", "Vulkan support disabled",
        "discover/runner.go (0.12.6 – 0.29: \"experimental Vulkan support disabled\")" },
    { LogKind::FilteringDevice, "filtering-device", "filtering device", "discover/runner.go (0.12 – HEAD)" },
    { LogKind::MappingDrm, "mapping-drm", "mapping amdgpu to drm sysfs nodes", "discover/amd_linux.go (0.1.29 – 0.11)" },
    { LogKind::LowVramMode, "low-vram-mode", "entering low vram mode", "server/routes.go (0.6 – HEAD)" },
    { LogKind::AmdDriverTooOld, "amd-driver-too-old", "driver is too old",
        "discover/amd_windows.go detectOldAMDDriverWindows (0.12 – HEAD: \"AMD driver is too old\")" },
    { LogKind::AmdDriverTooOld, "amd-driver-too-old", "amd.com/en/support/linux-drivers",
        "discover/amd_linux.go (0.1.29 – 0.11: \"… update your driver\")" },
    { LogKind::AmdgpuTooOld, "amdgpu-too-old", "amdgpu too old", "discover/amd_linux.go (0.1.29 – 0.11: gfx major < 9)" },
    { LogKind::KfdPermission, "kfd-permission", "permissions not set up properly",
        "discover/amd_linux.go (0.1.29 – 0.11: /dev/kfd)" },
    { LogKind::KfdPermission, "kfd-permission", "to the render group", "discover/amd_linux.go (0.1.29 – 0.11)" },
    { LogKind::KfdPermission, "kfd-permission", "/dev/kfd: permission denied", "ROCm runtime (any version)" },
    { LogKind::ServerConfig, "server-config", "server config", "envconfig/config.go via cmd serve (0.1.33 – HEAD)" },
    { LogKind::Listening, "listening", "Listening on ", "server/routes.go Serve (0.1 – HEAD)" },
    { LogKind::Offloaded, "offloaded", "layers to GPU", "llama.cpp load_tensors / ollamarunner (all versions)" },
    { LogKind::FitProjected, "fit-projected", "of free device memory",
        "llama.cpp common_params_fit_impl (Ollama 0.30 – HEAD: \"projected to use N MiB … vs. M MiB of free device "
        "memory\")" },
    { LogKind::VulkanDevice, "ggml-vulkan-device", "ggml_vulkan: ", "llama.cpp ggml-vulkan (Ollama 0.12.6 – HEAD)" },
    { LogKind::GgmlInitFound, "ggml-init-found", "_init: found ",
        "llama.cpp ggml_cuda_init / ggml_init_cublas (\"found N ROCm/CUDA devices\", all versions)" },
    { LogKind::GgmlDeviceLine, "ggml-device", "  Device ", "llama.cpp ggml_cuda_init device list (all versions)" },
    { LogKind::GgmlDeviceLine, "ggml-device", "compute capability ", "llama.cpp ggml_cuda_init (CUDA, all versions)" },
    { LogKind::PsHeader, "ollama-ps-header", "PROCESSOR", "cmd/cmd.go ListRunningHandler (`ollama ps`)" },
    { LogKind::EvalRate, "eval-rate", "eval rate:", "cmd/cmd.go (`ollama run --verbose` statistics)" },
};

} // namespace

const LogPattern *logPatterns(qsizetype *count)
{
    *count = static_cast<qsizetype>(std::size(kPatterns));
    return kPatterns;
}

const LogPattern *classifyRecord(const QString &record)
{
    for (const LogPattern &p : kPatterns) {
        if (record.contains(QLatin1String(p.needle)))
            return &p;
    }
    return nullptr;
}

const char *logKindName(LogKind kind)
{
    for (const LogPattern &p : kPatterns) {
        if (p.kind == kind)
            return p.name;
    }
    switch (kind) {
    case LogKind::RemovingDevice:
        return "removing-device";
    case LogKind::MatchedDrm:
        return "matched-drm";
    case LogKind::RunnerDeviceList:
        return "runner-device";
    case LogKind::PsRow:
        return "ollama-ps-row";
    case LogKind::TotalVram:
        return "total-vram";
    default:
        return "unknown";
    }
}

} // namespace ogs

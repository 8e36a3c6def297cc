// Vulkan, NVIDIA and WSL2 advice of the Recommender.
#include "recommender.h"

#include "gfxtarget.h"
#include "recommendertext.h"

namespace ogs {

using namespace recommendertext;

PathAdvice Recommender::vulkanPath(const RecommendInput &input, bool otherBackendClaimsGpu) const
{
    PathAdvice p = makePath(PathId::Vulkan);
    const VulkanMode mode = m_table.vulkanMode(input.version);
    switch (mode) {
    case VulkanMode::Absent:
        p.requirements << RecommendText::tr("Ollama %1 or newer: Ollama %2 has no Vulkan backend")
                              .arg(m_table.vulkanOptIn().since.toString(), input.version.toString());
        setEnv(p.env, QStringLiteral("OLLAMA_VULKAN"), QStringLiteral("1"));
        break;
    case VulkanMode::OptIn:
        setEnv(p.env, QStringLiteral("OLLAMA_VULKAN"), QStringLiteral("1"));
        p.reasons << RecommendText::tr("Ollama %1 ships Vulkan switched off; OLLAMA_VULKAN=1 switches it on.")
                         .arg(input.version.toString());
        break;
    case VulkanMode::Default:
        p.unset << QStringLiteral("OLLAMA_VULKAN");
        p.stability = QStringLiteral("production");
        p.reasons << RecommendText::tr(
            "Vulkan is on by default since Ollama %1; a leftover OLLAMA_VULKAN=0 would switch it off.")
                         .arg(m_table.vulkanDefault().since.toString());
        break;
    }
    if (otherBackendClaimsGpu) {
        setEnv(p.env, QStringLiteral("OLLAMA_LLM_LIBRARY"), QStringLiteral("vulkan"));
        if (input.gpu && input.gpu->vendor == GpuVendor::Nvidia) {
            setEnv(p.env, QStringLiteral("CUDA_VISIBLE_DEVICES"), QStringLiteral("-1"));
            p.reasons << RecommendText::tr(
                "CUDA also drives this GPU and Ollama prefers CUDA over Vulkan for the same card, so CUDA is hidden.");
        } else {
            if (input.platform != Platform::Windows)
                setEnv(p.env, QStringLiteral("ROCR_VISIBLE_DEVICES"), QStringLiteral("NOT_A_DEVICE"));
            setEnv(p.env, QStringLiteral("HIP_VISIBLE_DEVICES"), QStringLiteral("-1"));
            p.reasons << RecommendText::tr(
                "ROCm also supports this GPU and Ollama prefers ROCm over Vulkan for the same card, "
                "so ROCm is kept from seeing it.");
        }
    }
    if (mode == VulkanMode::OptIn || mode == VulkanMode::Absent)
        p.reasons << RecommendText::tr(
            "Vulkan needs no extra install: it ships with Ollama and uses the normal graphics driver.");
    return p;
}

void Recommender::recommendNvidia(const RecommendInput &input, Recommendation &rec) const
{
    const GpuInfo &gpu = *input.gpu;
    const std::optional<int> cc = computeCapability(gpu.computeCapability);
    const bool cudaOk = !cc || *cc >= 50;
    if (cudaOk) {
        PathAdvice cuda = makePath(PathId::Cuda);
        if (cc)
            cuda.reasons << RecommendText::tr(
                "%1 has CUDA compute capability %2 (Ollama needs 5.0 or newer); Ollama uses it by itself.")
                                .arg(gpuLabel(gpu), gpu.computeCapability);
        else
            cuda.reasons << RecommendText::tr("NVIDIA GPUs run on Ollama's CUDA backend by themselves.");
        if (!cc)
            cuda.warnings << RecommendText::tr(
                "The compute capability is unknown: Ollama's CUDA backend needs 5.0 or newer (GTX 750 and later).");
        rec.paths << cuda;
    } else {
        rec.rejected << RejectedPath { PathId::Cuda,
            RecommendText::tr("Compute capability %1 is below the 5.0 that Ollama's CUDA backend needs.")
                .arg(gpu.computeCapability) };
    }
    PathAdvice vk = vulkanPath(input, cudaOk);
    vk.reasons.prepend(
        cudaOk ? cudaFallbackReason() : RecommendText::tr("Vulkan can still use this GPU where CUDA cannot."));
    rec.paths << vk;
    rec.rejected << RejectedPath { PathId::Rocm, RecommendText::tr("ROCm is for AMD GPUs only.") };
    PathAdvice cpu = makePath(PathId::Cpu);
    cpu.reasons << RecommendText::tr("The fallback when the GPU cannot be used.");
    rec.paths << cpu;
}

void Recommender::recommendWsl(const RecommendInput &input, Recommendation &rec) const
{
    PathAdvice remote = makePath(PathId::RemoteHost);
    const QString host = input.wslHostAddress.isEmpty() ? QStringLiteral("WINDOWS_HOST_IP") : input.wslHostAddress;
    setEnv(remote.env, QStringLiteral("OLLAMA_HOST"), QStringLiteral("http://%1:11434").arg(host));
    if (input.gpu && input.gpu->vendor == GpuVendor::Nvidia)
        remote.reasons << RecommendText::tr("Ollama on Windows uses the GPU with the full Windows driver, and WSL2 "
                                            "programs reach it over the network.");
    else
        remote.reasons << RecommendText::tr(
            "WSL2 gives Linux no direct access to AMD or Intel GPU compute; Ollama on Windows has the GPU, "
            "and WSL2 programs reach it over the network.");
    if (input.wslHostAddress.isEmpty())
        remote.warnings << RecommendText::tr(
            "Replace WINDOWS_HOST_IP with the Windows address: `ip route show default | awk '{print $3}'`.");

    std::optional<PathAdvice> hostTop;
    if (input.gpu) {
        RecommendInput windows = input;
        windows.platform = Platform::Windows;
        windows.install.reset();
        windows.rocmInstalled.reset();
        const Recommendation onWindows = recommend(windows);
        if (!onWindows.paths.isEmpty()) {
            hostTop = onWindows.paths.constFirst();
            remote.relativeSpeed = hostTop->relativeSpeed;
            remote.tokens = hostTop->tokens;
            remote.requirements << RecommendText::tr(
                "On Windows, the '%1' path for this GPU (run `ollama-gpu-setup recommend` there)")
                                       .arg(pathKey(hostTop->id));
        }
    }
    rec.paths << remote;

    if (input.gpu && input.gpu->vendor == GpuVendor::Nvidia) {
        PathAdvice cuda = makePath(PathId::Cuda);
        cuda.reasons << RecommendText::tr(
            "CUDA also works inside WSL2 through the Windows NVIDIA driver, if you prefer Ollama inside Linux.");
        rec.paths << cuda;
    } else if (input.gpu) {
        rec.rejected << RejectedPath { PathId::Rocm,
            RecommendText::tr("Inside WSL2 there is no /dev/kfd, so Ollama's ROCm backend cannot reach the GPU.") }
                     << RejectedPath { PathId::Vulkan,
                            RecommendText::tr(
                                "Inside WSL2 Vulkan only reaches the GPU through a translation layer that "
                                "Ollama does not support well; use Vulkan on the Windows side instead.") };
    }
    PathAdvice cpu = makePath(PathId::Cpu);
    cpu.reasons << RecommendText::tr("Ollama inside WSL2 without a GPU runs on the CPU.");
    rec.paths << cpu;
}

} // namespace ogs

#pragma once

#include "compat/recommendation.h"

namespace ogs::test {

/// An RX 9060 XT (gfx1200) on Linux with ROCm, Ollama 0.33.0 and a Qwen 3.5 model: the case
/// where a known-bug rule promotes Vulkan and warns on ROCm (path-rules.json).
inline RecommendInput rdna4QwenOnLinux()
{
    RecommendInput in;
    in.platform = Platform::Linux;
    GpuInfo gpu;
    gpu.vendor = GpuVendor::Amd;
    gpu.pciVendorId = kPciVendorAmd;
    gpu.deviceType = DeviceType::Discrete;
    gpu.vramTotalBytes = 8LL * 1024 * 1024 * 1024;
    gpu.gfxTarget = QStringLiteral("gfx1200");
    gpu.name = QStringLiteral("AMD Radeon RX 9060 XT");
    in.gpu = gpu;
    in.model = QStringLiteral("qwen3.5:4b");
    in.version = *OllamaVersion::parse(QStringLiteral("0.33.0"));
    in.rocmInstalled = true;
    return in;
}

} // namespace ogs::test

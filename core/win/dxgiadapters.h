#pragma once

#include "registry.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ogs::win {

/// One adapter as DXGI_ADAPTER_DESC1 describes it, plus the driver's own memory size from the
/// registry where one could be matched to it.
struct DxgiAdapter {
    std::string description; ///< "NVIDIA GeForce RTX 4090", UTF-8
    std::uint32_t vendorId = 0;
    std::uint32_t deviceId = 0;
    std::uint32_t subSysId = 0;
    std::uint32_t revision = 0;
    std::uint64_t dedicatedVideoMemory = 0;
    std::uint64_t dedicatedSystemMemory = 0;
    std::uint64_t sharedSystemMemory = 0;
    std::uint64_t luid = 0; ///< AdapterLuid as HighPart << 32 | LowPart
    bool software = false; ///< DXGI_ADAPTER_FLAG_SOFTWARE (Microsoft Basic Render Driver, WARP)
    bool remote = false; ///< DXGI_ADAPTER_FLAG_REMOTE
    std::optional<std::uint64_t> registryMemorySize; ///< HardwareInformation.qwMemorySize
    std::string registryProblem; ///< why registryMemorySize is unset; empty when not needed or read

    /// DedicatedVideoMemory is a SIZE_T that some drivers cap near 4 GiB (and a 32-bit process
    /// always sees capped); the driver's registry size wins when it is larger.
    std::uint64_t bestDedicatedMemory() const
    {
        return registryMemorySize && *registryMemorySize > dedicatedVideoMemory ? *registryMemorySize
                                                                                : dedicatedVideoMemory;
    }
};

/// Every adapter DXGI lists (CreateDXGIFactory1 / EnumAdapters1 / GetDesc1), with registry memory
/// sizes from HKLM's display class key. Returns the adapters it could read; *error names what failed
/// (empty when nothing did).
std::vector<DxgiAdapter> enumerateDxgiAdapters(std::string *error);
/// The same with the registry location as a parameter, for tests.
std::vector<DxgiAdapter> enumerateDxgiAdapters(std::string *error, RegistryRoot root, const std::string &classKeyPath);

} // namespace ogs::win

#pragma once

#include "gpuinfo.h"

#include <QList>

#include <array>
#include <optional>

namespace ogs {

/// Packed Vulkan version (VK_MAKE_API_VERSION) → "1.3.230"; the variant bits are ignored.
QString vulkanVersionString(quint32 packed);

/// VkDriverId → short key ("radv", "amdvlk", "nvidia", "intel", "llvmpipe", …). Ids this table
/// does not know fall back to the driver's own name, lowercased; empty when both are unknown.
QString vulkanDriverKey(quint32 driverId, const QString &driverName);

/// VkPhysicalDeviceType → DeviceType (0 other, 1 integrated, 2 discrete, 3 virtual, 4 cpu).
DeviceType deviceTypeFromVulkan(quint32 vkDeviceType);

/// VkResult → its enum name ("VK_ERROR_INCOMPATIBLE_DRIVER"), or the number for unknown codes.
QString vulkanResultName(qint32 result);

/// VK_EXT_pci_bus_info fields → "0000:0c:00.0".
QString pciAddressFromVulkan(quint32 domain, quint32 bus, quint32 device, quint32 function);

/// VkPhysicalDeviceIDProperties::deviceLUID (the bytes of a Windows LUID {DWORD LowPart; LONG
/// HighPart}) → 16 lowercase hex digits, HighPart first, as PDH's "luid_0x<hi>_0x<lo>" reads.
QString luidFromVulkan(const std::array<quint8, 8> &bytes);

/// One VkMemoryHeap, with VK_EXT_memory_budget's numbers when the device has the extension.
struct VulkanHeap {
    qint64 size = 0;
    bool deviceLocal = false;
    std::optional<qint64> budget;
    std::optional<qint64> usage;
};

/// Device-local memory: total is the sum of DEVICE_LOCAL heap sizes; free (ggml's rule) is the sum
/// of budget − usage over those heaps, only when every one of them has budget numbers.
struct VulkanMemory {
    std::optional<qint64> total;
    std::optional<qint64> free;
};
VulkanMemory summariseHeaps(const QList<VulkanHeap> &heaps);

} // namespace ogs

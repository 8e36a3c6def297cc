#include "vulkanfields.h"

#include <QHash>

namespace ogs {

namespace {

// Khronos VkDriverId values (vulkan_core.h); numbers, so newer ids work with older headers.
const QHash<quint32, QString> &driverKeys()
{
    static const QHash<quint32, QString> keys{
        {1, QStringLiteral("amd-proprietary")},
        {2, QStringLiteral("amdvlk")},
        {3, QStringLiteral("radv")},
        {4, QStringLiteral("nvidia")},
        {5, QStringLiteral("intel")},      // Intel proprietary, Windows
        {6, QStringLiteral("intel")},      // Mesa ANV (and hasvk)
        {7, QStringLiteral("imagination")},
        {8, QStringLiteral("qualcomm")},
        {9, QStringLiteral("arm")},
        {10, QStringLiteral("swiftshader")},
        {11, QStringLiteral("ggp")},
        {12, QStringLiteral("broadcom")},
        {13, QStringLiteral("llvmpipe")},
        {14, QStringLiteral("moltenvk")},
        {15, QStringLiteral("coreavi")},
        {16, QStringLiteral("juice")},
        {17, QStringLiteral("verisilicon")},
        {18, QStringLiteral("turnip")},
        {19, QStringLiteral("v3dv")},
        {20, QStringLiteral("panvk")},
        {21, QStringLiteral("samsung")},
        {22, QStringLiteral("venus")},
        {23, QStringLiteral("dozen")},
        {24, QStringLiteral("nvk")},
        {25, QStringLiteral("imagination-mesa")},
        {26, QStringLiteral("honeykrisp")},
    };
    return keys;
}

} // namespace

QString vulkanVersionString(quint32 packed)
{
    return QStringLiteral("%1.%2.%3").arg((packed >> 22) & 0x7fU).arg((packed >> 12) & 0x3ffU).arg(packed & 0xfffU);
}

QString vulkanDriverKey(quint32 driverId, const QString &driverName)
{
    const auto it = driverKeys().constFind(driverId);
    if (it != driverKeys().constEnd())
        return *it;
    return driverName.trimmed().toLower();
}

DeviceType deviceTypeFromVulkan(quint32 vkDeviceType)
{
    switch (vkDeviceType) {
    case 1: return DeviceType::Integrated;
    case 2: return DeviceType::Discrete;
    case 3: return DeviceType::Virtual;
    case 4: return DeviceType::Cpu;
    default: return DeviceType::Other;
    }
}

QString vulkanResultName(qint32 result)
{
    static const QHash<qint32, QString> names{
        {0, QStringLiteral("VK_SUCCESS")},
        {5, QStringLiteral("VK_INCOMPLETE")},
        {-1, QStringLiteral("VK_ERROR_OUT_OF_HOST_MEMORY")},
        {-2, QStringLiteral("VK_ERROR_OUT_OF_DEVICE_MEMORY")},
        {-3, QStringLiteral("VK_ERROR_INITIALIZATION_FAILED")},
        {-4, QStringLiteral("VK_ERROR_DEVICE_LOST")},
        {-6, QStringLiteral("VK_ERROR_LAYER_NOT_PRESENT")},
        {-7, QStringLiteral("VK_ERROR_EXTENSION_NOT_PRESENT")},
        {-8, QStringLiteral("VK_ERROR_FEATURE_NOT_PRESENT")},
        {-9, QStringLiteral("VK_ERROR_INCOMPATIBLE_DRIVER")},
        {-13, QStringLiteral("VK_ERROR_UNKNOWN")},
    };
    return names.value(result, QStringLiteral("VkResult %1").arg(result));
}

QString pciAddressFromVulkan(quint32 domain, quint32 bus, quint32 device, quint32 function)
{
    return QStringLiteral("%1:%2:%3.%4")
        .arg(domain, 4, 16, QLatin1Char('0'))
        .arg(bus, 2, 16, QLatin1Char('0'))
        .arg(device, 2, 16, QLatin1Char('0'))
        .arg(function, 1, 16, QLatin1Char('0'));
}

QString luidFromVulkan(const std::array<quint8, 8> &bytes)
{
    quint32 low = 0;
    quint32 high = 0;
    for (int i = 3; i >= 0; --i) {
        low = (low << 8) | bytes[static_cast<size_t>(i)];
        high = (high << 8) | bytes[static_cast<size_t>(i + 4)];
    }
    return QStringLiteral("%1%2").arg(high, 8, 16, QLatin1Char('0')).arg(low, 8, 16, QLatin1Char('0'));
}

VulkanMemory summariseHeaps(const QList<VulkanHeap> &heaps)
{
    VulkanMemory memory;
    qint64 total = 0;
    qint64 free = 0;
    bool allBudgeted = true;
    bool anyLocal = false;
    for (const VulkanHeap &heap : heaps) {
        if (!heap.deviceLocal)
            continue;
        anyLocal = true;
        total += heap.size;
        if (heap.budget && heap.usage)
            free += std::max<qint64>(0, *heap.budget - *heap.usage);
        else
            allBudgeted = false;
    }
    if (anyLocal && total > 0) {
        memory.total = total;
        if (allBudgeted)
            memory.free = free;
    }
    return memory;
}

} // namespace ogs

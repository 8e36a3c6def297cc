#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ogs {

enum class GpuVendor { Amd, Nvidia, Intel, Other };
enum class DeviceType { Discrete, Integrated, Virtual, Cpu, Other };
enum class DetectionSource { Vulkan, Kfd, Drm, Nvml, Dxgi };

constexpr quint32 kPciVendorAmd = 0x1002;
constexpr quint32 kPciVendorNvidia = 0x10de;
constexpr quint32 kPciVendorIntel = 0x8086;
constexpr quint32 kVulkanVendorMesa = 0x10005; // llvmpipe / lavapipe software rasteriser

/// One physical GPU as every detection source together sees it.
/// Fields a source could not learn stay empty (strings) or unset (optionals).
struct GpuInfo {
    GpuVendor vendor = GpuVendor::Other;
    QString name;
    quint32 pciVendorId = 0;
    quint32 pciDeviceId = 0;
    std::optional<quint32> pciRevision;
    QString pciBusAddress;  ///< "0000:0c:00.0", lowercase, as sysfs names it
    QString luid;           ///< Windows adapter LUID as 16 hex digits, when known
    QString gfxTarget;      ///< "gfx1030"; AMD only
    QString chip;           ///< "NAVI21", from the PCI table
    QString generation;     ///< "RDNA2"
    std::optional<qint64> vramTotalBytes;
    std::optional<qint64> vramFreeBytes;
    std::optional<qint64> gttTotalBytes;
    std::optional<qint64> gttUsedBytes;
    /// Where each memory figure came from ("sysfs mem_info_vram_used", "vulkan VK_EXT_memory_budget", …):
    /// Vulkan and HIP over-report free VRAM on discrete cards, so the JSON says which one was used.
    QString vramTotalSource;
    QString vramFreeSource;
    QString gttTotalSource;
    DeviceType deviceType = DeviceType::Other;
    QString vulkanDriver;     ///< "radv", "amdvlk", "amd-proprietary", "nvidia", "intel", "llvmpipe", …
    QString vulkanDriverInfo; ///< driverName + driverInfo as the driver reports them
    QString vulkanApiVersion; ///< "1.3.230"
    QString kernelDriver;     ///< "amdgpu", "nvidia", …
    QString computeCapability; ///< CUDA compute capability "8.9"; NVIDIA only
    std::optional<int> drmRenderMinor;
    QList<DetectionSource> sources;

    bool integrated() const { return deviceType == DeviceType::Integrated; }
    /// A software rasteriser (llvmpipe/lavapipe): listed, never used for acceleration.
    bool isSoftware() const { return deviceType == DeviceType::Cpu; }
    void addSource(DetectionSource s)
    {
        if (!sources.contains(s))
            sources.append(s);
    }
};

/// The memory Ollama can put a model in, and how much of it is free, each with its source.
struct OllamaMemory {
    qint64 totalBytes = 0;
    QString totalSource;
    std::optional<qint64> freeBytes;
    QString freeSource;
    bool fromGtt = false; ///< an APU whose GTT is larger than its VRAM carve-out
};

/// For an integrated GPU the larger of the VRAM carve-out and GTT (AMD's Lemonade server decides so;
/// ollama PR #13196 uses GTT on Linux iGPUs), else the VRAM. Free memory: sysfs mem_info_vram_used
/// where detection read it (the merger puts it first), else what the driver reported. nullopt when
/// no size is known.
std::optional<OllamaMemory> ollamaMemory(const GpuInfo &gpu);

/// What one detection source found, and what went wrong while looking.
struct SourceResult {
    bool available = true;   ///< false when the source does not exist here (no loader, no sysfs)
    QList<GpuInfo> gpus;
    QStringList warnings;
    QStringList notes; ///< plain facts, not problems ("no NVIDIA driver")
};

GpuVendor vendorFromPciId(quint32 pciVendorId);
QString vendorKey(GpuVendor vendor);
/// "AMD", "NVIDIA", "Intel", "Unknown vendor"
QString vendorDisplayName(GpuVendor vendor);
QString deviceTypeKey(DeviceType type);
QString sourceKey(DetectionSource source);
/// "0x731f": lowercase hex, as the JSON output and Ollama's logs write PCI ids.
QString hexId(quint32 id, int width = 4);

} // namespace ogs

#include "vulkansource.h"

#include "common/coretext.h"
#include "vulkanfields.h"

#include <QLibrary>
#include <QSet>

#define VK_NO_PROTOTYPES
#include <vulkan/vulkan_core.h>

#include <algorithm>
#include <vector>

namespace ogs {

namespace {

template <typename Fn> Fn castProc(PFN_vkVoidFunction f)
{
    return reinterpret_cast<Fn>(f);
}

QString fixedText(const char *text, size_t capacity)
{
    return QString::fromUtf8(text, static_cast<qsizetype>(qstrnlen(text, capacity)));
}

/// Vulkan's two-call enumeration: ask for the count, then the items; retried while the list grows.
template <typename T, typename Call> VkResult enumerateAll(std::vector<T> &out, Call call)
{
    for (int attempt = 0; attempt < 3; ++attempt) {
        uint32_t count = 0;
        VkResult result = call(&count, nullptr);
        if (result != VK_SUCCESS)
            return result;
        out.assign(count, T {});
        result = call(&count, out.data());
        out.resize(count);
        if (result != VK_INCOMPLETE)
            return result;
    }
    return VK_INCOMPLETE;
}

QSet<QByteArray> extensionNames(const std::vector<VkExtensionProperties> &list)
{
    QSet<QByteArray> names;
    for (const VkExtensionProperties &e : list)
        names.insert(
            QByteArray(e.extensionName, static_cast<qsizetype>(qstrnlen(e.extensionName, VK_MAX_EXTENSION_NAME_SIZE))));
    return names;
}

uint32_t clampedApiVersion(uint32_t loaderVersion)
{
    if (loaderVersion >= VK_API_VERSION_1_3)
        return VK_API_VERSION_1_3;
    if (loaderVersion >= VK_API_VERSION_1_2)
        return VK_API_VERSION_1_2;
    if (loaderVersion >= VK_API_VERSION_1_1)
        return VK_API_VERSION_1_1;
    return VK_API_VERSION_1_0;
}

/// One Vulkan instance and the entry points resolved from it; destroys the instance when done.
class VulkanSession final {
public:
    VulkanSession(PFN_vkGetInstanceProcAddr gipa, QStringList &warnings)
        : m_gipa(gipa)
        , m_warnings(warnings)
    {
    }
    ~VulkanSession()
    {
        if (m_instance != VK_NULL_HANDLE && m_destroyInstance)
            m_destroyInstance(m_instance, nullptr);
    }
    VulkanSession(const VulkanSession &) = delete;
    VulkanSession &operator=(const VulkanSession &) = delete;

    bool createInstance();
    QList<GpuInfo> devices();

private:
    template <typename Fn> Fn proc(const char *name) const { return castProc<Fn>(m_gipa(m_instance, name)); }
    GpuInfo describe(VkPhysicalDevice device);
    void readMemory(VkPhysicalDevice device, const QSet<QByteArray> &extensions, GpuInfo &gpu);

    PFN_vkGetInstanceProcAddr m_gipa;
    QStringList &m_warnings;
    VkInstance m_instance = VK_NULL_HANDLE;
    uint32_t m_apiVersion = VK_API_VERSION_1_0;
    PFN_vkDestroyInstance m_destroyInstance = nullptr;
    PFN_vkGetPhysicalDeviceProperties m_getProperties = nullptr;
    PFN_vkGetPhysicalDeviceProperties2 m_getProperties2 = nullptr;
    PFN_vkGetPhysicalDeviceMemoryProperties m_getMemory = nullptr;
    PFN_vkGetPhysicalDeviceMemoryProperties2 m_getMemory2 = nullptr;
    PFN_vkEnumerateDeviceExtensionProperties m_enumerateDeviceExtensions = nullptr;
};

bool VulkanSession::createInstance()
{
    uint32_t loaderVersion = VK_API_VERSION_1_0;
    if (auto enumerateVersion = proc<PFN_vkEnumerateInstanceVersion>("vkEnumerateInstanceVersion")) {
        if (enumerateVersion(&loaderVersion) != VK_SUCCESS)
            loaderVersion = VK_API_VERSION_1_0;
    }
    m_apiVersion = clampedApiVersion(loaderVersion);

    QSet<QByteArray> available;
    if (auto enumerate = proc<PFN_vkEnumerateInstanceExtensionProperties>("vkEnumerateInstanceExtensionProperties")) {
        std::vector<VkExtensionProperties> list;
        enumerateAll(list, [&](uint32_t *n, VkExtensionProperties *p) { return enumerate(nullptr, n, p); });
        available = extensionNames(list);
    }
    std::vector<const char *> enabled;
    bool properties2Extension = false;
    if (m_apiVersion < VK_API_VERSION_1_1
        && available.contains(VK_KHR_GET_PHYSICAL_DEVICE_PROPERTIES_2_EXTENSION_NAME)) {
        enabled.push_back(VK_KHR_GET_PHYSICAL_DEVICE_PROPERTIES_2_EXTENSION_NAME);
        properties2Extension = true;
    }
    VkInstanceCreateFlags flags = 0;
#ifdef VK_KHR_portability_enumeration
    // MoltenVK and other layered drivers are listed only when the application opts in.
    if (available.contains(VK_KHR_PORTABILITY_ENUMERATION_EXTENSION_NAME)) {
        enabled.push_back(VK_KHR_PORTABILITY_ENUMERATION_EXTENSION_NAME);
        flags |= VK_INSTANCE_CREATE_ENUMERATE_PORTABILITY_BIT_KHR;
    }
#endif

    const auto create = proc<PFN_vkCreateInstance>("vkCreateInstance");
    if (!create) {
        m_warnings << DetectText::tr(
            "the Vulkan loader does not provide vkCreateInstance; detection continues without Vulkan");
        return false;
    }
    VkApplicationInfo app {};
    app.sType = VK_STRUCTURE_TYPE_APPLICATION_INFO;
    app.pApplicationName = "ollama-gpu-setup";
    app.apiVersion = m_apiVersion;
    VkInstanceCreateInfo info {};
    info.sType = VK_STRUCTURE_TYPE_INSTANCE_CREATE_INFO;
    info.flags = flags;
    info.pApplicationInfo = &app;
    info.enabledExtensionCount = static_cast<uint32_t>(enabled.size());
    info.ppEnabledExtensionNames = enabled.data();
    const VkResult result = create(&info, nullptr, &m_instance);
    if (result != VK_SUCCESS) {
        m_instance = VK_NULL_HANDLE;
        m_warnings << DetectText::tr("vkCreateInstance failed with %1: no working Vulkan driver (ICD) was found or a "
                                     "driver is broken; detection continues without Vulkan")
                          .arg(vulkanResultName(result));
        return false;
    }

    m_destroyInstance = proc<PFN_vkDestroyInstance>("vkDestroyInstance");
    m_getProperties = proc<PFN_vkGetPhysicalDeviceProperties>("vkGetPhysicalDeviceProperties");
    m_getMemory = proc<PFN_vkGetPhysicalDeviceMemoryProperties>("vkGetPhysicalDeviceMemoryProperties");
    m_enumerateDeviceExtensions
        = proc<PFN_vkEnumerateDeviceExtensionProperties>("vkEnumerateDeviceExtensionProperties");
    if (m_apiVersion >= VK_API_VERSION_1_1) {
        m_getProperties2 = proc<PFN_vkGetPhysicalDeviceProperties2>("vkGetPhysicalDeviceProperties2");
        m_getMemory2 = proc<PFN_vkGetPhysicalDeviceMemoryProperties2>("vkGetPhysicalDeviceMemoryProperties2");
    } else if (properties2Extension) {
        m_getProperties2 = proc<PFN_vkGetPhysicalDeviceProperties2>("vkGetPhysicalDeviceProperties2KHR");
        m_getMemory2 = proc<PFN_vkGetPhysicalDeviceMemoryProperties2>("vkGetPhysicalDeviceMemoryProperties2KHR");
    }
    return true;
}

QList<GpuInfo> VulkanSession::devices()
{
    const auto enumerate = proc<PFN_vkEnumeratePhysicalDevices>("vkEnumeratePhysicalDevices");
    if (!enumerate || !m_getProperties) {
        m_warnings << DetectText::tr(
            "the Vulkan loader lacks vkEnumeratePhysicalDevices or vkGetPhysicalDeviceProperties; "
            "no Vulkan devices listed");
        return {};
    }
    std::vector<VkPhysicalDevice> handles;
    const VkResult result
        = enumerateAll(handles, [&](uint32_t *n, VkPhysicalDevice *p) { return enumerate(m_instance, n, p); });
    if (result != VK_SUCCESS && result != VK_INCOMPLETE) {
        m_warnings << DetectText::tr("vkEnumeratePhysicalDevices failed with %1; no Vulkan devices listed")
                          .arg(vulkanResultName(result));
        return {};
    }
    if (handles.empty())
        m_warnings << DetectText::tr("the Vulkan loader found no devices (no driver installed for this GPU?)");
    QList<GpuInfo> gpus;
    for (VkPhysicalDevice device : handles)
        gpus.append(describe(device));
    return gpus;
}

GpuInfo VulkanSession::describe(VkPhysicalDevice device)
{
    VkPhysicalDeviceProperties props {};
    m_getProperties(device, &props);
    GpuInfo gpu;
    gpu.name = fixedText(props.deviceName, VK_MAX_PHYSICAL_DEVICE_NAME_SIZE);
    gpu.pciVendorId = props.vendorID;
    gpu.pciDeviceId = props.deviceID;
    gpu.vendor = vendorFromPciId(props.vendorID);
    gpu.deviceType = deviceTypeFromVulkan(static_cast<quint32>(props.deviceType));
    gpu.vulkanApiVersion = vulkanVersionString(props.apiVersion);
    gpu.addSource(DetectionSource::Vulkan);

    QSet<QByteArray> extensions;
    if (m_enumerateDeviceExtensions) {
        std::vector<VkExtensionProperties> list;
        enumerateAll(list,
            [&](uint32_t *n, VkExtensionProperties *p) { return m_enumerateDeviceExtensions(device, nullptr, n, p); });
        extensions = extensionNames(list);
    }

    // Extension structs are chained only where the device supports them (core version or extension).
    const uint32_t version = std::min(m_apiVersion, props.apiVersion);
    const bool hasDriver
        = version >= VK_API_VERSION_1_2 || extensions.contains(VK_KHR_DRIVER_PROPERTIES_EXTENSION_NAME);
    const bool hasId = version >= VK_API_VERSION_1_1;
    const bool hasPci = extensions.contains(VK_EXT_PCI_BUS_INFO_EXTENSION_NAME);
    if (m_getProperties2 && (hasDriver || hasId || hasPci)) {
        VkPhysicalDeviceProperties2 props2 {};
        props2.sType = VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_PROPERTIES_2;
        VkPhysicalDeviceDriverProperties driver {};
        driver.sType = VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_DRIVER_PROPERTIES;
        VkPhysicalDeviceIDProperties ids {};
        ids.sType = VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_ID_PROPERTIES;
        VkPhysicalDevicePCIBusInfoPropertiesEXT pci {};
        pci.sType = VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_PCI_BUS_INFO_PROPERTIES_EXT;
        void **next = &props2.pNext;
        const auto chain = [&next](auto &s) {
            *next = &s;
            next = &s.pNext;
        };
        if (hasDriver)
            chain(driver);
        if (hasId)
            chain(ids);
        if (hasPci)
            chain(pci);
        m_getProperties2(device, &props2);
        if (hasDriver) {
            const QString name = fixedText(driver.driverName, VK_MAX_DRIVER_NAME_SIZE);
            const QString info = fixedText(driver.driverInfo, VK_MAX_DRIVER_INFO_SIZE);
            gpu.vulkanDriver = vulkanDriverKey(static_cast<quint32>(driver.driverID), name);
            gpu.vulkanDriverInfo = QStringList { name, info }.join(QLatin1Char(' ')).trimmed();
        }
        if (hasId && ids.deviceLUIDValid) {
            std::array<quint8, 8> luid {};
            std::copy(std::begin(ids.deviceLUID), std::end(ids.deviceLUID), luid.begin());
            gpu.luid = luidFromVulkan(luid);
        }
        if (hasPci)
            gpu.pciBusAddress = pciAddressFromVulkan(pci.pciDomain, pci.pciBus, pci.pciDevice, pci.pciFunction);
    }
    // Software rasterisers say so in their driver id even where a build reports another type.
    if (gpu.vulkanDriver == QLatin1String("llvmpipe") || gpu.vulkanDriver == QLatin1String("swiftshader"))
        gpu.deviceType = DeviceType::Cpu;
    readMemory(device, extensions, gpu);
    return gpu;
}

void VulkanSession::readMemory(VkPhysicalDevice device, const QSet<QByteArray> &extensions, GpuInfo &gpu)
{
    VkPhysicalDeviceMemoryProperties memory {};
    VkPhysicalDeviceMemoryBudgetPropertiesEXT budget {};
    budget.sType = VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_MEMORY_BUDGET_PROPERTIES_EXT;
    const bool hasBudget = m_getMemory2 && extensions.contains(VK_EXT_MEMORY_BUDGET_EXTENSION_NAME);
    if (hasBudget) {
        VkPhysicalDeviceMemoryProperties2 memory2 {};
        memory2.sType = VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_MEMORY_PROPERTIES_2;
        memory2.pNext = &budget;
        m_getMemory2(device, &memory2);
        memory = memory2.memoryProperties;
    } else if (m_getMemory) {
        m_getMemory(device, &memory);
    } else {
        return;
    }
    QList<VulkanHeap> heaps;
    const uint32_t count = std::min<uint32_t>(memory.memoryHeapCount, VK_MAX_MEMORY_HEAPS);
    for (uint32_t i = 0; i < count; ++i) {
        VulkanHeap heap;
        heap.size = static_cast<qint64>(memory.memoryHeaps[i].size);
        heap.deviceLocal = (memory.memoryHeaps[i].flags & VK_MEMORY_HEAP_DEVICE_LOCAL_BIT) != 0;
        if (hasBudget) {
            heap.budget = static_cast<qint64>(budget.heapBudget[i]);
            heap.usage = static_cast<qint64>(budget.heapUsage[i]);
        }
        heaps.append(heap);
    }
    const VulkanMemory summary = summariseHeaps(heaps);
    gpu.vramTotalBytes = summary.total;
    gpu.vramFreeBytes = summary.free;
    if (gpu.vramTotalBytes)
        gpu.vramTotalSource = QStringLiteral("vulkan device-local heaps");
    if (gpu.vramFreeBytes)
        gpu.vramFreeSource = QStringLiteral("vulkan VK_EXT_memory_budget");
}

} // namespace

VulkanSource::VulkanSource(QString loaderName)
    : m_loaderName(loaderName.isEmpty() ? defaultLoaderName() : std::move(loaderName))
{
}

QString VulkanSource::defaultLoaderName()
{
#if defined(Q_OS_WIN)
    return QStringLiteral("vulkan-1.dll");
#elif defined(Q_OS_MACOS)
    return QStringLiteral("libvulkan.1.dylib");
#else
    return QStringLiteral("libvulkan.so.1");
#endif
}

SourceResult VulkanSource::probe()
{
    SourceResult result;
    // Never unloaded: drivers register exit handlers, and unloading them early crashes some.
    QLibrary loader(m_loaderName);
    if (!loader.load()) {
        result.available = false;
        result.warnings << DetectText::tr(
            "the Vulkan loader '%1' could not be loaded (%2); detection continues without Vulkan")
                               .arg(m_loaderName, loader.errorString());
        return result;
    }
    const auto gipa = reinterpret_cast<PFN_vkGetInstanceProcAddr>(loader.resolve("vkGetInstanceProcAddr"));
    if (!gipa) {
        result.available = false;
        result.warnings << DetectText::tr("'%1' does not export vkGetInstanceProcAddr, so it is not a Vulkan loader; "
                                          "detection continues without Vulkan")
                               .arg(loader.fileName());
        return result;
    }
    VulkanSession session(gipa, result.warnings);
    if (session.createInstance())
        result.gpus = session.devices();
    return result;
}

} // namespace ogs

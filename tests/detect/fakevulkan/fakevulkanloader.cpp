// A fake Vulkan loader for tst_vulkansource: exports vkGetInstanceProcAddr like libvulkan does and
// serves scripted devices, so the fields real hardware reports (PCI address, LUID, memory budget,
// driver ids, a 1.0 loader) are tested without that hardware. OGS_FAKE_VULKAN_SCENARIO picks the
// script. It also checks its caller: every pNext struct must be one the device supports and every
// entry point one the instance may use; breaches are counted for the test to read.

#define VK_NO_PROTOTYPES
#include <vulkan/vulkan_core.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#if defined(_WIN32)
#define OGS_FAKE_EXPORT extern "C" __declspec(dllexport)
#else
#define OGS_FAKE_EXPORT extern "C" __attribute__((visibility("default")))
#endif

namespace {

constexpr VkDeviceSize kMiB = VkDeviceSize(1) << 20;
constexpr VkDeviceSize kGiB = VkDeviceSize(1) << 30;

struct Heap {
    VkDeviceSize size;
    bool deviceLocal;
    VkDeviceSize budget;
    VkDeviceSize usage;
};

struct FakeDevice {
    std::string name;
    uint32_t vendor = 0;
    uint32_t device = 0;
    VkPhysicalDeviceType type = VK_PHYSICAL_DEVICE_TYPE_OTHER;
    uint32_t apiVersion = VK_API_VERSION_1_0;
    std::vector<std::string> extensions;
    VkDriverId driverId = static_cast<VkDriverId>(0);
    std::string driverName;
    std::string driverInfo;
    bool luidValid = false;
    std::array<uint8_t, 8> luid{};
    std::array<uint32_t, 4> pci{}; // domain, bus, device, function
    std::vector<Heap> heaps;

    bool has(const char *ext) const
    {
        for (const std::string &e : extensions)
            if (e == ext)
                return true;
        return false;
    }
};

struct Scenario {
    std::string name;
    uint32_t loaderVersion = VK_API_VERSION_1_3; // 0: a 1.0 loader without vkEnumerateInstanceVersion
    std::vector<std::string> instanceExtensions;
    VkResult createResult = VK_SUCCESS;
    VkResult enumerateResult = VK_SUCCESS;
    bool onlyInstanceLifetime = false; // vkGetInstanceProcAddr knows only create/destroy
    bool noCreate = false;
    std::vector<FakeDevice> devices;
};

FakeDevice radeon()
{
    FakeDevice d;
    d.name = "AMD Radeon RX 6900 XT (RADV NAVI21)";
    d.vendor = 0x1002;
    d.device = 0x73bf;
    d.type = VK_PHYSICAL_DEVICE_TYPE_DISCRETE_GPU;
    d.apiVersion = VK_MAKE_API_VERSION(0, 1, 3, 246);
    d.extensions = {VK_KHR_DRIVER_PROPERTIES_EXTENSION_NAME, VK_EXT_PCI_BUS_INFO_EXTENSION_NAME, VK_EXT_MEMORY_BUDGET_EXTENSION_NAME};
    d.driverId = VK_DRIVER_ID_MESA_RADV;
    d.driverName = "radv";
    d.driverInfo = "Mesa 23.1.0";
    d.pci = {0, 0x0c, 0, 0};
    d.heaps = {{16 * kGiB, true, 15 * kGiB, 1 * kGiB}, {32 * kGiB, false, 30 * kGiB, 2 * kGiB}, {256 * kMiB, true, 200 * kMiB, 50 * kMiB}};
    return d;
}

FakeDevice softwareWithOtherType()
{
    FakeDevice d;
    d.name = "llvmpipe (LLVM 17.0.6, 256 bits)";
    d.vendor = 0x10005;
    d.type = VK_PHYSICAL_DEVICE_TYPE_OTHER; // a build that misreports: the driver id still says software
    d.apiVersion = VK_MAKE_API_VERSION(0, 1, 3, 255);
    d.driverId = VK_DRIVER_ID_MESA_LLVMPIPE;
    d.driverName = "llvmpipe";
    d.driverInfo = "Mesa 24.0.0 (LLVM 17.0.6)";
    d.heaps = {{2 * kGiB, true, 0, 0}};
    return d;
}

Scenario makeScenario(const std::string &name)
{
    Scenario s;
    s.name = name;
    if (name == "amd") {
        s.devices = {radeon(), softwareWithOtherType()};
    } else if (name == "nvidia-windows") {
        FakeDevice d;
        d.name = "NVIDIA GeForce RTX 4090";
        d.vendor = 0x10de;
        d.device = 0x2684;
        d.type = VK_PHYSICAL_DEVICE_TYPE_DISCRETE_GPU;
        d.apiVersion = VK_MAKE_API_VERSION(0, 1, 3, 277);
        d.driverId = VK_DRIVER_ID_NVIDIA_PROPRIETARY;
        d.driverName = "NVIDIA";
        d.driverInfo = "551.23";
        d.luidValid = true;
        d.luid = {0xb8, 0xd1, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00};
        d.heaps = {{24 * kGiB, true, 0, 0}, {64 * kGiB, false, 0, 0}};
        s.devices = {d};
    } else if (name == "legacy") {
        // A 1.0 loader and device: properties2 only through VK_KHR_get_physical_device_properties2.
        s.loaderVersion = 0;
        s.instanceExtensions = {VK_KHR_GET_PHYSICAL_DEVICE_PROPERTIES_2_EXTENSION_NAME};
        FakeDevice d;
        d.name = "Intel(R) HD Graphics 630 (KBL GT2)";
        d.vendor = 0x8086;
        d.device = 0x5912;
        d.type = VK_PHYSICAL_DEVICE_TYPE_INTEGRATED_GPU;
        d.apiVersion = VK_MAKE_API_VERSION(0, 1, 0, 61);
        d.extensions = {VK_KHR_DRIVER_PROPERTIES_EXTENSION_NAME, VK_EXT_PCI_BUS_INFO_EXTENSION_NAME};
        d.driverId = VK_DRIVER_ID_INTEL_OPEN_SOURCE_MESA;
        d.driverName = "Intel open-source Mesa driver";
        d.driverInfo = "Mesa 18.3.6";
        d.pci = {0, 0, 2, 0};
        d.heaps = {{2 * kGiB, true, 0, 0}};
        s.devices = {d};
    } else if (name == "bare") {
        // A 1.0 device without extensions: nothing beyond vkGetPhysicalDeviceProperties may be asked.
        s.loaderVersion = VK_API_VERSION_1_1;
        FakeDevice d;
        d.name = "Bare GPU";
        d.vendor = 0x5143;
        d.device = 0x1234;
        d.apiVersion = VK_MAKE_API_VERSION(0, 1, 0, 0);
        d.heaps = {{512 * kMiB, true, 0, 0}};
        s.devices = {d};
    } else if (name == "create-fails") {
        s.createResult = VK_ERROR_INCOMPATIBLE_DRIVER;
    } else if (name == "enumerate-fails") {
        s.enumerateResult = VK_ERROR_INITIALIZATION_FAILED;
    } else if (name == "null-procs") {
        s.onlyInstanceLifetime = true;
        s.devices = {radeon()};
    } else if (name == "no-create") {
        s.noCreate = true;
    } // "none" and anything else: a working loader with no devices
    return s;
}

struct State {
    Scenario scenario;
    int liveInstances = 0;
    int violations = 0;
    uint32_t instanceApiVersion = 0;
    std::string enabledExtensions;
    int instanceTag = 0;
};

State &state()
{
    static State s;
    const char *env = std::getenv("OGS_FAKE_VULKAN_SCENARIO");
    const std::string name = env ? env : "none";
    if (s.scenario.name != name)
        s.scenario = makeScenario(name);
    return s;
}

FakeDevice &deviceOf(VkPhysicalDevice handle)
{
    return *reinterpret_cast<FakeDevice *>(handle);
}

bool enabled(const char *extension)
{
    return (',' + state().enabledExtensions + ',').find(std::string(",") + extension + ',') != std::string::npos;
}

template <typename T>
VkResult fillList(const std::vector<T> &items, uint32_t *count, T *out)
{
    if (!out) {
        *count = static_cast<uint32_t>(items.size());
        return VK_SUCCESS;
    }
    const uint32_t n = std::min<uint32_t>(*count, static_cast<uint32_t>(items.size()));
    for (uint32_t i = 0; i < n; ++i)
        out[i] = items[i];
    *count = n;
    return n < items.size() ? VK_INCOMPLETE : VK_SUCCESS;
}

std::vector<VkExtensionProperties> extensionList(const std::vector<std::string> &names)
{
    std::vector<VkExtensionProperties> list;
    for (const std::string &n : names) {
        VkExtensionProperties p{};
        std::strncpy(p.extensionName, n.c_str(), VK_MAX_EXTENSION_NAME_SIZE - 1);
        p.specVersion = 1;
        list.push_back(p);
    }
    return list;
}

VKAPI_ATTR VkResult VKAPI_CALL enumerateInstanceVersion(uint32_t *version)
{
    *version = state().scenario.loaderVersion;
    return VK_SUCCESS;
}

VKAPI_ATTR VkResult VKAPI_CALL enumerateInstanceExtensions(const char *layer, uint32_t *count, VkExtensionProperties *out)
{
    if (layer)
        return VK_ERROR_LAYER_NOT_PRESENT;
    return fillList(extensionList(state().scenario.instanceExtensions), count, out);
}

VKAPI_ATTR VkResult VKAPI_CALL createInstance(const VkInstanceCreateInfo *info, const VkAllocationCallbacks *, VkInstance *instance)
{
    State &s = state();
    if (s.scenario.createResult != VK_SUCCESS)
        return s.scenario.createResult;
    s.instanceApiVersion = info->pApplicationInfo ? info->pApplicationInfo->apiVersion : VK_API_VERSION_1_0;
    const uint32_t loader = s.scenario.loaderVersion ? s.scenario.loaderVersion : VK_API_VERSION_1_0;
    if (loader < VK_API_VERSION_1_1 && s.instanceApiVersion > VK_API_VERSION_1_0)
        return VK_ERROR_INCOMPATIBLE_DRIVER; // what a 1.0 implementation may answer
    s.enabledExtensions.clear();
    for (uint32_t i = 0; i < info->enabledExtensionCount; ++i) {
        bool known = false;
        for (const std::string &e : s.scenario.instanceExtensions)
            known = known || e == info->ppEnabledExtensionNames[i];
        if (!known)
            return VK_ERROR_EXTENSION_NOT_PRESENT;
        s.enabledExtensions += (s.enabledExtensions.empty() ? "" : ",") + std::string(info->ppEnabledExtensionNames[i]);
    }
    *instance = reinterpret_cast<VkInstance>(&s.instanceTag);
    ++s.liveInstances;
    return VK_SUCCESS;
}

VKAPI_ATTR void VKAPI_CALL destroyInstance(VkInstance, const VkAllocationCallbacks *)
{
    --state().liveInstances;
}

VKAPI_ATTR VkResult VKAPI_CALL enumeratePhysicalDevices(VkInstance, uint32_t *count, VkPhysicalDevice *out)
{
    State &s = state();
    if (s.scenario.enumerateResult != VK_SUCCESS)
        return s.scenario.enumerateResult;
    std::vector<VkPhysicalDevice> handles;
    for (FakeDevice &d : s.scenario.devices)
        handles.push_back(reinterpret_cast<VkPhysicalDevice>(&d));
    return fillList(handles, count, out);
}

VKAPI_ATTR void VKAPI_CALL getProperties(VkPhysicalDevice handle, VkPhysicalDeviceProperties *props)
{
    const FakeDevice &d = deviceOf(handle);
    *props = VkPhysicalDeviceProperties{};
    props->apiVersion = d.apiVersion;
    props->vendorID = d.vendor;
    props->deviceID = d.device;
    props->deviceType = d.type;
    std::strncpy(props->deviceName, d.name.c_str(), VK_MAX_PHYSICAL_DEVICE_NAME_SIZE - 1);
}

VKAPI_ATTR void VKAPI_CALL getProperties2(VkPhysicalDevice handle, VkPhysicalDeviceProperties2 *props)
{
    State &s = state();
    const FakeDevice &d = deviceOf(handle);
    getProperties(handle, &props->properties);
    const uint32_t version = std::min(s.instanceApiVersion, d.apiVersion);
    for (auto *base = static_cast<VkBaseOutStructure *>(props->pNext); base; base = base->pNext) {
        switch (base->sType) {
        case VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_DRIVER_PROPERTIES: {
            if (version < VK_API_VERSION_1_2 && !d.has(VK_KHR_DRIVER_PROPERTIES_EXTENSION_NAME))
                ++s.violations;
            auto *p = reinterpret_cast<VkPhysicalDeviceDriverProperties *>(base);
            p->driverID = d.driverId;
            std::strncpy(p->driverName, d.driverName.c_str(), VK_MAX_DRIVER_NAME_SIZE - 1);
            std::strncpy(p->driverInfo, d.driverInfo.c_str(), VK_MAX_DRIVER_INFO_SIZE - 1);
            break;
        }
        case VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_ID_PROPERTIES: {
            if (version < VK_API_VERSION_1_1)
                ++s.violations;
            auto *p = reinterpret_cast<VkPhysicalDeviceIDProperties *>(base);
            p->deviceLUIDValid = d.luidValid ? VK_TRUE : VK_FALSE;
            std::memcpy(p->deviceLUID, d.luid.data(), VK_LUID_SIZE);
            break;
        }
        case VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_PCI_BUS_INFO_PROPERTIES_EXT: {
            if (!d.has(VK_EXT_PCI_BUS_INFO_EXTENSION_NAME))
                ++s.violations;
            auto *p = reinterpret_cast<VkPhysicalDevicePCIBusInfoPropertiesEXT *>(base);
            p->pciDomain = d.pci[0];
            p->pciBus = d.pci[1];
            p->pciDevice = d.pci[2];
            p->pciFunction = d.pci[3];
            break;
        }
        default:
            ++s.violations;
        }
    }
}

void fillMemory(const FakeDevice &d, VkPhysicalDeviceMemoryProperties *memory)
{
    *memory = VkPhysicalDeviceMemoryProperties{};
    memory->memoryHeapCount = static_cast<uint32_t>(d.heaps.size());
    for (size_t i = 0; i < d.heaps.size(); ++i) {
        memory->memoryHeaps[i].size = d.heaps[i].size;
        memory->memoryHeaps[i].flags = d.heaps[i].deviceLocal ? VK_MEMORY_HEAP_DEVICE_LOCAL_BIT : 0;
    }
}

VKAPI_ATTR void VKAPI_CALL getMemory(VkPhysicalDevice handle, VkPhysicalDeviceMemoryProperties *memory)
{
    fillMemory(deviceOf(handle), memory);
}

VKAPI_ATTR void VKAPI_CALL getMemory2(VkPhysicalDevice handle, VkPhysicalDeviceMemoryProperties2 *memory)
{
    State &s = state();
    const FakeDevice &d = deviceOf(handle);
    fillMemory(d, &memory->memoryProperties);
    for (auto *base = static_cast<VkBaseOutStructure *>(memory->pNext); base; base = base->pNext) {
        if (base->sType != VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_MEMORY_BUDGET_PROPERTIES_EXT || !d.has(VK_EXT_MEMORY_BUDGET_EXTENSION_NAME)) {
            ++s.violations;
            continue;
        }
        auto *p = reinterpret_cast<VkPhysicalDeviceMemoryBudgetPropertiesEXT *>(base);
        for (size_t i = 0; i < d.heaps.size(); ++i) {
            p->heapBudget[i] = d.heaps[i].budget;
            p->heapUsage[i] = d.heaps[i].usage;
        }
    }
}

VKAPI_ATTR VkResult VKAPI_CALL enumerateDeviceExtensions(VkPhysicalDevice handle, const char *layer, uint32_t *count,
                                                         VkExtensionProperties *out)
{
    if (layer)
        return VK_ERROR_LAYER_NOT_PRESENT;
    return fillList(extensionList(deviceOf(handle).extensions), count, out);
}

template <typename Fn>
PFN_vkVoidFunction entry(Fn fn)
{
    return reinterpret_cast<PFN_vkVoidFunction>(fn);
}

} // namespace

OGS_FAKE_EXPORT VKAPI_ATTR PFN_vkVoidFunction VKAPI_CALL vkGetInstanceProcAddr(VkInstance instance, const char *name)
{
    State &s = state();
    const std::string n = name;
    if (n == "vkCreateInstance")
        return s.scenario.noCreate ? nullptr : entry(&createInstance);
    if (n == "vkDestroyInstance" && instance)
        return entry(&destroyInstance);
    if (s.scenario.onlyInstanceLifetime)
        return nullptr;
    if (!instance) {
        if (n == "vkEnumerateInstanceVersion")
            return s.scenario.loaderVersion ? entry(&enumerateInstanceVersion) : nullptr;
        if (n == "vkEnumerateInstanceExtensionProperties")
            return entry(&enumerateInstanceExtensions);
        return nullptr;
    }
    const bool core11 = s.instanceApiVersion >= VK_API_VERSION_1_1;
    const bool khr2 = enabled(VK_KHR_GET_PHYSICAL_DEVICE_PROPERTIES_2_EXTENSION_NAME);
    if (n == "vkEnumeratePhysicalDevices")
        return entry(&enumeratePhysicalDevices);
    if (n == "vkGetPhysicalDeviceProperties")
        return entry(&getProperties);
    if (n == "vkGetPhysicalDeviceMemoryProperties")
        return entry(&getMemory);
    if (n == "vkEnumerateDeviceExtensionProperties")
        return entry(&enumerateDeviceExtensions);
    if ((n == "vkGetPhysicalDeviceProperties2" && core11) || (n == "vkGetPhysicalDeviceProperties2KHR" && khr2))
        return entry(&getProperties2);
    if ((n == "vkGetPhysicalDeviceMemoryProperties2" && core11) || (n == "vkGetPhysicalDeviceMemoryProperties2KHR" && khr2))
        return entry(&getMemory2);
    return nullptr;
}

/// Instances created and not yet destroyed.
OGS_FAKE_EXPORT int ogsFakeVulkanLiveInstances()
{
    return state().liveInstances;
}

/// Structs or entry points used that the scripted device or instance does not support.
OGS_FAKE_EXPORT int ogsFakeVulkanViolations()
{
    return state().violations;
}

/// apiVersion of the last vkCreateInstance.
OGS_FAKE_EXPORT uint32_t ogsFakeVulkanInstanceApiVersion()
{
    return state().instanceApiVersion;
}

/// Comma-separated instance extensions the last vkCreateInstance enabled.
OGS_FAKE_EXPORT const char *ogsFakeVulkanEnabledExtensions()
{
    return state().enabledExtensions.c_str();
}

/// Clears the counters between tests.
OGS_FAKE_EXPORT void ogsFakeVulkanReset()
{
    State &s = state();
    s.violations = 0;
    s.instanceApiVersion = 0;
    s.enabledExtensions.clear();
}

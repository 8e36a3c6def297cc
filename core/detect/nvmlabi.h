#pragma once

// The few NVML declarations NvmlSource needs, written from NVIDIA's public NVML API reference
// (nvml.h ships with the CUDA toolkit, which we neither need nor may assume). NVML keeps these
// stable: a changed struct gets a new versioned entry point (_v2, _v3), never a new layout
// under an old name, which is why every entry point below names its version.
//
// ABI facts relied on (x86-64 Linux and Windows, C calling convention, natural alignment):
// - nvmlReturn_t is a C enum, passed and returned as a 32-bit int; 0 is NVML_SUCCESS.
//   nvmlErrorString(code) returns a static NUL-terminated English text for any code.
// - nvmlDevice_t is an opaque pointer (struct nvmlDevice_st *).
// - nvmlPciInfo_t (the layout nvmlDeviceGetPciInfo_v3 fills; 68 bytes, 4-byte aligned):
//     char busIdLegacy[16]; unsigned domain, bus, device, pciDeviceId, pciSubSystemId;
//     char busId[32];
//   busId reads "00000000:01:00.0": an 8-digit domain, upper-case hex.
//   pciDeviceId is (device id << 16) | vendor id, e.g. 0x268410de for an RTX 4090.
// - nvmlMemory_t (nvmlDeviceGetMemoryInfo, the unversioned v1 call): three unsigned long
//   long byte counts in the order total, free, used (24 bytes).
// - nvmlDeviceGetName writes a NUL-terminated name into a caller buffer; 96 bytes
//   (NVML_DEVICE_NAME_V2_BUFFER_SIZE) holds every name.
// - nvmlDeviceGetCudaComputeCapability(device, int *major, int *minor).
// - nvmlInit_v2 / nvmlShutdown are reference counted: every successful init needs one shutdown.

namespace ogs::nvml {

using Return = int;
using Device = struct DeviceOpaque *;

constexpr Return kSuccess = 0;
constexpr Return kErrorDriverNotLoaded = 9;
constexpr unsigned kNameBufferSize = 96;
constexpr unsigned kBusIdLegacySize = 16;
constexpr unsigned kBusIdSize = 32;

struct PciInfo {
    char busIdLegacy[kBusIdLegacySize];
    unsigned int domain;
    unsigned int bus;
    unsigned int device;
    unsigned int pciDeviceId;
    unsigned int pciSubSystemId;
    char busId[kBusIdSize];
};
static_assert(sizeof(PciInfo) == 68, "nvmlPciInfo_t is 68 bytes");

struct Memory {
    unsigned long long total;
    unsigned long long free;
    unsigned long long used;
};
static_assert(sizeof(Memory) == 24, "nvmlMemory_t is 24 bytes");

using InitFn = Return (*)();
using ShutdownFn = Return (*)();
using ErrorStringFn = const char *(*)(Return);
using GetCountFn = Return (*)(unsigned int *);
using GetHandleByIndexFn = Return (*)(unsigned int, Device *);
using GetNameFn = Return (*)(Device, char *, unsigned int);
using GetPciInfoFn = Return (*)(Device, PciInfo *);
using GetMemoryInfoFn = Return (*)(Device, Memory *);
using GetCudaComputeCapabilityFn = Return (*)(Device, int *, int *);

} // namespace ogs::nvml

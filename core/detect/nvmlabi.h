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
//
// Telemetry (NvmlTelemetry) adds:
// - NVML_ERROR_NOT_SUPPORTED is 3: the device cannot report that value (common on consumer
//   GeForce cards for power or memory utilisation); it does not change while the driver runs.
//   NVML_ERROR_GPU_IS_LOST is 15: the GPU fell off the bus; every call on it fails from then on.
// - nvmlUtilization_t (nvmlDeviceGetUtilizationRates): two unsigned ints, gpu then memory, each a
//   percentage (0-100) of the last sample period (1/6 s to 1 s depending on the product) during
//   which a kernel ran / device memory was read or written (8 bytes).
// - nvmlMemory_t.used (v1 call) is total - free, including memory the driver reserves.
// - nvmlDeviceGetClockInfo(device, nvmlClockType_t, unsigned *mhz) and
//   nvmlDeviceGetMaxClockInfo(device, nvmlClockType_t, unsigned *mhz): MHz; nvmlClockType_t is a
//   C enum (32-bit int), NVML_CLOCK_GRAPHICS = 0 (SM = 1, MEM = 2, VIDEO = 3).
// - nvmlDeviceGetPowerUsage(device, unsigned *milliwatts): the board's draw in mW (+/- 5 %),
//   Fermi and newer; NOT_SUPPORTED where the board has no power sensor.
// - nvmlDeviceGetTemperature(device, nvmlTemperatureSensors_t, unsigned *celsius): whole °C;
//   NVML_TEMPERATURE_GPU = 0 is the GPU die, the only sensor defined.

namespace ogs::nvml {

using Return = int;
using Device = struct DeviceOpaque *;

constexpr Return kSuccess = 0;
constexpr Return kErrorNotSupported = 3;
constexpr Return kErrorDriverNotLoaded = 9;
constexpr Return kErrorGpuIsLost = 15;
constexpr int kClockGraphics = 0;
constexpr int kTemperatureGpu = 0;
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

struct Utilization {
    unsigned int gpu;
    unsigned int memory;
};
static_assert(sizeof(Utilization) == 8, "nvmlUtilization_t is 8 bytes");

using InitFn = Return (*)();
using ShutdownFn = Return (*)();
using ErrorStringFn = const char *(*)(Return);
using GetCountFn = Return (*)(unsigned int *);
using GetHandleByIndexFn = Return (*)(unsigned int, Device *);
using GetNameFn = Return (*)(Device, char *, unsigned int);
using GetPciInfoFn = Return (*)(Device, PciInfo *);
using GetMemoryInfoFn = Return (*)(Device, Memory *);
using GetCudaComputeCapabilityFn = Return (*)(Device, int *, int *);
using GetUtilizationRatesFn = Return (*)(Device, Utilization *);
using GetClockInfoFn = Return (*)(Device, int, unsigned int *);
using GetPowerUsageFn = Return (*)(Device, unsigned int *);
using GetTemperatureFn = Return (*)(Device, int, unsigned int *);

} // namespace ogs::nvml

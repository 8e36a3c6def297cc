/* A stand-in for libnvidia-ml.so.1 with the entry points NvmlSource calls. Its devices and
 * failures come from the fixture file named by OGS_FAKE_NVML_FIXTURE, read again at every
 * nvmlInit_v2, so one test process can run many scenarios. Fixture lines:
 *
 *   init_error 9                      nvmlInit_v2 returns 9
 *   count_error 4                     nvmlDeviceGetCount_v2 returns 4
 *   shutdown_error 999                nvmlShutdown returns 999 (after releasing)
 *   device name=...;busid=...;pciid=0x268410de;total=N;free=N;cc=8.9[;X_error=N]
 *
 * where X is handle, name, pci, memory or cc. Built with FAKE_NVML_OLD it exports only the
 * unversioned pre-R319 names, like a driver too old for NvmlSource. */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define EXPORT __attribute__((visibility("default")))

typedef int nvmlReturn_t;
typedef struct nvmlDevice_st *nvmlDevice_t;

/* The same layouts as NVIDIA's nvml.h (see core/detect/nvmlabi.h for the facts). */
typedef struct {
    char busIdLegacy[16];
    unsigned int domain;
    unsigned int bus;
    unsigned int device;
    unsigned int pciDeviceId;
    unsigned int pciSubSystemId;
    char busId[32];
} nvmlPciInfo_t;

typedef struct {
    unsigned long long total;
    unsigned long long free;
    unsigned long long used;
} nvmlMemory_t;

enum {
    OK = 0,
    ERR_UNINITIALIZED = 1,
    ERR_INVALID_ARGUMENT = 2,
    ERR_INSUFFICIENT_SIZE = 7,
    ERR_UNKNOWN = 999,
};

struct nvmlDevice_st {
    char name[128];
    char busId[32];
    unsigned int pciId;
    unsigned long long total;
    unsigned long long freeBytes;
    int ccMajor;
    int ccMinor;
    int handleError;
    int nameError;
    int pciError;
    int memoryError;
    int ccError;
};

#define MAX_DEVICES 8
static struct nvmlDevice_st g_devices[MAX_DEVICES];
static unsigned int g_count;
static int g_initError;
static int g_countError;
static int g_shutdownError;
static int g_initialized; /* nvmlInit_v2 calls not yet matched by nvmlShutdown */

static void parseDevice(char *spec)
{
    if (g_count >= MAX_DEVICES)
        return;
    struct nvmlDevice_st *d = &g_devices[g_count++];
    memset(d, 0, sizeof *d);
    for (char *field = strtok(spec, ";"); field; field = strtok(NULL, ";")) {
        char *eq = strchr(field, '=');
        if (!eq)
            continue;
        *eq = '\0';
        const char *key = field;
        const char *value = eq + 1;
        if (strcmp(key, "name") == 0)
            snprintf(d->name, sizeof d->name, "%s", value);
        else if (strcmp(key, "busid") == 0)
            snprintf(d->busId, sizeof d->busId, "%s", value);
        else if (strcmp(key, "pciid") == 0)
            d->pciId = (unsigned int)strtoul(value, NULL, 0);
        else if (strcmp(key, "total") == 0)
            d->total = strtoull(value, NULL, 0);
        else if (strcmp(key, "free") == 0)
            d->freeBytes = strtoull(value, NULL, 0);
        else if (strcmp(key, "cc") == 0)
            sscanf(value, "%d.%d", &d->ccMajor, &d->ccMinor);
        else if (strcmp(key, "handle_error") == 0)
            d->handleError = atoi(value);
        else if (strcmp(key, "name_error") == 0)
            d->nameError = atoi(value);
        else if (strcmp(key, "pci_error") == 0)
            d->pciError = atoi(value);
        else if (strcmp(key, "memory_error") == 0)
            d->memoryError = atoi(value);
        else if (strcmp(key, "cc_error") == 0)
            d->ccError = atoi(value);
    }
}

static int loadFixture(void)
{
    g_count = 0;
    g_initError = g_countError = g_shutdownError = 0;
    const char *path = getenv("OGS_FAKE_NVML_FIXTURE");
    FILE *f = path ? fopen(path, "r") : NULL;
    if (!f)
        return 0;
    char line[512];
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\r\n")] = '\0';
        if (strncmp(line, "device ", 7) == 0)
            parseDevice(line + 7);
        else if (sscanf(line, "init_error %d", &g_initError) != 1 && sscanf(line, "count_error %d", &g_countError) != 1)
            sscanf(line, "shutdown_error %d", &g_shutdownError);
    }
    fclose(f);
    return 1;
}

EXPORT const char *nvmlErrorString(nvmlReturn_t result)
{
    switch (result) {
    case 0:
        return "Success";
    case 1:
        return "Uninitialized";
    case 2:
        return "Invalid Argument";
    case 3:
        return "Not Supported";
    case 4:
        return "Insufficient Permissions";
    case 7:
        return "Insufficient Size";
    case 9:
        return "Driver Not Loaded";
    case 15:
        return "GPU is lost";
    default:
        return "Unknown Error";
    }
}

static nvmlReturn_t fakeInit(void)
{
    if (!loadFixture())
        return ERR_UNKNOWN;
    if (g_initError)
        return g_initError;
    ++g_initialized;
    return OK;
}

static nvmlReturn_t fakeCount(unsigned int *deviceCount)
{
    if (!g_initialized)
        return ERR_UNINITIALIZED;
    if (!deviceCount)
        return ERR_INVALID_ARGUMENT;
    if (g_countError)
        return g_countError;
    *deviceCount = g_count;
    return OK;
}

EXPORT nvmlReturn_t nvmlShutdown(void)
{
    if (!g_initialized)
        return ERR_UNINITIALIZED;
    --g_initialized;
    return g_shutdownError;
}

/* Test hook: how many nvmlInit_v2 calls are still waiting for their nvmlShutdown. */
EXPORT int fakeNvmlOpenInits(void)
{
    return g_initialized;
}

#ifdef FAKE_NVML_OLD

EXPORT nvmlReturn_t nvmlInit(void)
{
    return fakeInit();
}
EXPORT nvmlReturn_t nvmlDeviceGetCount(unsigned int *deviceCount)
{
    return fakeCount(deviceCount);
}

#else

static int validDevice(nvmlDevice_t device)
{
    return device >= &g_devices[0] && device < &g_devices[g_count];
}

EXPORT nvmlReturn_t nvmlInit_v2(void)
{
    return fakeInit();
}
EXPORT nvmlReturn_t nvmlDeviceGetCount_v2(unsigned int *deviceCount)
{
    return fakeCount(deviceCount);
}

EXPORT nvmlReturn_t nvmlDeviceGetHandleByIndex_v2(unsigned int index, nvmlDevice_t *device)
{
    if (!g_initialized)
        return ERR_UNINITIALIZED;
    if (!device || index >= g_count)
        return ERR_INVALID_ARGUMENT;
    if (g_devices[index].handleError)
        return g_devices[index].handleError;
    *device = &g_devices[index];
    return OK;
}

EXPORT nvmlReturn_t nvmlDeviceGetName(nvmlDevice_t device, char *name, unsigned int length)
{
    if (!g_initialized)
        return ERR_UNINITIALIZED;
    if (!validDevice(device) || !name)
        return ERR_INVALID_ARGUMENT;
    if (device->nameError)
        return device->nameError;
    if (strlen(device->name) + 1 > length)
        return ERR_INSUFFICIENT_SIZE;
    strcpy(name, device->name);
    return OK;
}

EXPORT nvmlReturn_t nvmlDeviceGetPciInfo_v3(nvmlDevice_t device, nvmlPciInfo_t *pci)
{
    if (!g_initialized)
        return ERR_UNINITIALIZED;
    if (!validDevice(device) || !pci)
        return ERR_INVALID_ARGUMENT;
    if (device->pciError)
        return device->pciError;
    memset(pci, 0, sizeof *pci);
    snprintf(pci->busId, sizeof pci->busId, "%s", device->busId);
    unsigned int domain = 0, bus = 0, dev = 0;
    if (sscanf(device->busId, "%x:%x:%x", &domain, &bus, &dev) == 3) {
        pci->domain = domain;
        pci->bus = bus;
        pci->device = dev;
        snprintf(pci->busIdLegacy, sizeof pci->busIdLegacy, "%04X:%02X:%02X.0", domain & 0xffffu, bus, dev);
    }
    pci->pciDeviceId = device->pciId;
    pci->pciSubSystemId = 0x16f310deu;
    return OK;
}

EXPORT nvmlReturn_t nvmlDeviceGetMemoryInfo(nvmlDevice_t device, nvmlMemory_t *memory)
{
    if (!g_initialized)
        return ERR_UNINITIALIZED;
    if (!validDevice(device) || !memory)
        return ERR_INVALID_ARGUMENT;
    if (device->memoryError)
        return device->memoryError;
    memory->total = device->total;
    memory->free = device->freeBytes;
    memory->used = device->total - device->freeBytes;
    return OK;
}

EXPORT nvmlReturn_t nvmlDeviceGetCudaComputeCapability(nvmlDevice_t device, int *major, int *minor)
{
    if (!g_initialized)
        return ERR_UNINITIALIZED;
    if (!validDevice(device) || !major || !minor)
        return ERR_INVALID_ARGUMENT;
    if (device->ccError)
        return device->ccError;
    *major = device->ccMajor;
    *minor = device->ccMinor;
    return OK;
}

#endif

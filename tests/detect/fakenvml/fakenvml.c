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
 * unversioned pre-R319 names, like a driver too old for NvmlSource.
 *
 * Telemetry values are sequences that change between samples: "util=5/60/99" gives 5 at the
 * first call of that entry point on that device after nvmlInit_v2, 60 at the second and 99 from
 * the third on. Keys: util, memutil (%), free (bytes; used = total - free), clock, maxclock (MHz),
 * power (mW), temp (°C); their errors util_error, memory_error, clock_error, maxclock_error,
 * power_error, temp_error are sequences too (0 = success), e.g. "power_error=0/15/0". An entry
 * point whose value is not given answers NVML_ERROR_NOT_SUPPORTED (3), as consumer cards do.
 * fakeNvmlCalls() counts the telemetry calls, so tests see what was (not) asked again. */

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

typedef struct {
    unsigned int gpu;
    unsigned int memory;
} nvmlUtilization_t;

enum { NVML_CLOCK_GRAPHICS = 0, NVML_TEMPERATURE_GPU = 0 };

enum {
    OK = 0,
    ERR_UNINITIALIZED = 1,
    ERR_INVALID_ARGUMENT = 2,
    ERR_NOT_SUPPORTED = 3,
    ERR_INSUFFICIENT_SIZE = 7,
    ERR_UNKNOWN = 999,
};

/* A per-sample sequence of values (see the header comment). */
#define MAX_SEQ 16
struct seq {
    unsigned long long v[MAX_SEQ];
    int n;
};

enum { S_UTIL, S_MEMUTIL, S_FREE, S_CLOCK, S_MAXCLOCK, S_POWER, S_TEMP, S_COUNT };
/* The telemetry entry points, each with its own call counter and error sequence per device. */
enum { C_UTIL, C_MEMORY, C_CLOCK, C_MAXCLOCK, C_POWER, C_TEMP, C_COUNT };

struct nvmlDevice_st {
    char name[128];
    char busId[32];
    unsigned int pciId;
    unsigned long long total;
    int ccMajor;
    int ccMinor;
    int handleError;
    int nameError;
    int pciError;
    int ccError;
    struct seq values[S_COUNT];
    struct seq errors[C_COUNT];
    int calls[C_COUNT];
};

static const char *const kValueKeys[S_COUNT] = { "util", "memutil", "free", "clock", "maxclock", "power", "temp" };
static const char *const kErrorKeys[C_COUNT]
    = { "util_error", "memory_error", "clock_error", "maxclock_error", "power_error", "temp_error" };
static long g_telemetryCalls;

static void parseSeq(struct seq *out, const char *text)
{
    out->n = 0;
    const char *p = text;
    while (*p && out->n < MAX_SEQ) {
        char *end = NULL;
        out->v[out->n++] = strtoull(p, &end, 0);
        if (!end || *end != '/')
            break;
        p = end + 1;
    }
}

/* The value for this call: the sequence's entry at `call`, its last one past the end. */
__attribute__((unused)) static unsigned long long seqAt(const struct seq *s, int call)
{
    return s->n == 0 ? 0 : s->v[call < s->n ? call : s->n - 1];
}

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
        else if (strcmp(key, "cc") == 0)
            sscanf(value, "%d.%d", &d->ccMajor, &d->ccMinor);
        else if (strcmp(key, "handle_error") == 0)
            d->handleError = atoi(value);
        else if (strcmp(key, "name_error") == 0)
            d->nameError = atoi(value);
        else if (strcmp(key, "pci_error") == 0)
            d->pciError = atoi(value);
        else if (strcmp(key, "cc_error") == 0)
            d->ccError = atoi(value);
        else {
            for (int i = 0; i < S_COUNT; ++i)
                if (strcmp(key, kValueKeys[i]) == 0)
                    parseSeq(&d->values[i], value);
            for (int i = 0; i < C_COUNT; ++i)
                if (strcmp(key, kErrorKeys[i]) == 0)
                    parseSeq(&d->errors[i], value);
        }
    }
}

static int loadFixture(void)
{
    g_count = 0;
    g_telemetryCalls = 0;
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

/* Test hook: telemetry entry point calls since the last nvmlInit_v2. */
EXPORT long fakeNvmlCalls(void)
{
    return g_telemetryCalls;
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

/* Common start of every telemetry call: checks, counts the call, gives its error for this call
 * (0 on success) and the call's index into the value sequences. */
static nvmlReturn_t telemetryCall(nvmlDevice_t device, const void *out, int entry, int *call)
{
    if (!g_initialized)
        return ERR_UNINITIALIZED;
    if (!validDevice(device) || !out)
        return ERR_INVALID_ARGUMENT;
    ++g_telemetryCalls;
    *call = device->calls[entry]++;
    return (nvmlReturn_t)seqAt(&device->errors[entry], *call);
}

EXPORT nvmlReturn_t nvmlDeviceGetMemoryInfo(nvmlDevice_t device, nvmlMemory_t *memory)
{
    int call = 0;
    const nvmlReturn_t rc = telemetryCall(device, memory, C_MEMORY, &call);
    if (rc)
        return rc;
    const unsigned long long freeBytes = seqAt(&device->values[S_FREE], call);
    memory->total = device->total;
    memory->free = freeBytes;
    memory->used = device->total - freeBytes;
    return OK;
}

EXPORT nvmlReturn_t nvmlDeviceGetUtilizationRates(nvmlDevice_t device, nvmlUtilization_t *utilization)
{
    int call = 0;
    const nvmlReturn_t rc = telemetryCall(device, utilization, C_UTIL, &call);
    if (rc)
        return rc;
    if (device->values[S_UTIL].n == 0)
        return ERR_NOT_SUPPORTED;
    utilization->gpu = (unsigned int)seqAt(&device->values[S_UTIL], call);
    utilization->memory = (unsigned int)seqAt(&device->values[S_MEMUTIL], call);
    return OK;
}

static nvmlReturn_t clockCall(nvmlDevice_t device, int type, unsigned int *clock, int entry, int value)
{
    int call = 0;
    const nvmlReturn_t rc = telemetryCall(device, clock, entry, &call);
    if (rc)
        return rc;
    if (type != NVML_CLOCK_GRAPHICS)
        return ERR_INVALID_ARGUMENT; /* only the graphics clock is faked */
    if (device->values[value].n == 0)
        return ERR_NOT_SUPPORTED;
    *clock = (unsigned int)seqAt(&device->values[value], call);
    return OK;
}

EXPORT nvmlReturn_t nvmlDeviceGetClockInfo(nvmlDevice_t device, int type, unsigned int *clock)
{
    return clockCall(device, type, clock, C_CLOCK, S_CLOCK);
}

EXPORT nvmlReturn_t nvmlDeviceGetMaxClockInfo(nvmlDevice_t device, int type, unsigned int *clock)
{
    return clockCall(device, type, clock, C_MAXCLOCK, S_MAXCLOCK);
}

EXPORT nvmlReturn_t nvmlDeviceGetPowerUsage(nvmlDevice_t device, unsigned int *power)
{
    int call = 0;
    const nvmlReturn_t rc = telemetryCall(device, power, C_POWER, &call);
    if (rc)
        return rc;
    if (device->values[S_POWER].n == 0)
        return ERR_NOT_SUPPORTED;
    *power = (unsigned int)seqAt(&device->values[S_POWER], call);
    return OK;
}

EXPORT nvmlReturn_t nvmlDeviceGetTemperature(nvmlDevice_t device, int sensor, unsigned int *temp)
{
    int call = 0;
    const nvmlReturn_t rc = telemetryCall(device, temp, C_TEMP, &call);
    if (rc)
        return rc;
    if (sensor != NVML_TEMPERATURE_GPU)
        return ERR_INVALID_ARGUMENT;
    if (device->values[S_TEMP].n == 0)
        return ERR_NOT_SUPPORTED;
    *temp = (unsigned int)seqAt(&device->values[S_TEMP], call);
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

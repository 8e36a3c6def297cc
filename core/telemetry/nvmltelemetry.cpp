#include "nvmltelemetry.h"

#include "common/coretext.h"
#include "detect/nvmlloader.h"
#include "detect/nvmlsource.h"

#include <cstring>
#include <limits>

namespace ogs {

namespace {

constexpr unsigned int kMaxDevices = 64;

QString fromFixedBuffer(const char *buffer, size_t size)
{
    const void *nul = std::memchr(buffer, 0, size);
    const size_t length = nul ? size_t(static_cast<const char *>(nul) - buffer) : size;
    return QString::fromUtf8(buffer, qsizetype(length)).trimmed();
}

qint64 toBytes(unsigned long long value)
{
    constexpr auto max = static_cast<unsigned long long>(std::numeric_limits<qint64>::max());
    return static_cast<qint64>(value > max ? max : value);
}

} // namespace

NvmlTelemetry::NvmlTelemetry(QString library)
{
    open(library);
}

NvmlTelemetry::~NvmlTelemetry()
{
    // The library itself stays loaded: NVML starts threads of its own.
    if (m_initialised)
        m_api.shutdown();
}

void NvmlTelemetry::open(const QString &library)
{
    const NvmlLoadResult load = loadNvmlLibrary(m_library, library);
    m_warnings << load.warnings;
    if (!load.loaded) {
        m_unavailableReason = load.unavailableReason;
        return;
    }
    m_loaded = true;

    QStringList missing;
    resolveNvml(m_library, "nvmlErrorString", m_api.errorString, missing);
    resolveNvml(m_library, "nvmlInit_v2", m_api.init, missing);
    resolveNvml(m_library, "nvmlShutdown", m_api.shutdown, missing);
    resolveNvml(m_library, "nvmlDeviceGetCount_v2", m_api.getCount, missing);
    resolveNvml(m_library, "nvmlDeviceGetHandleByIndex_v2", m_api.getHandle, missing);
    if (!missing.isEmpty()) {
        m_warnings << TelemetryText::tr("%1 lacks %2: the NVIDIA driver is too old or this is not NVML; no NVIDIA "
                                        "telemetry (update the driver)")
                          .arg(m_library.fileName(), missing.join(QStringLiteral(", ")));
        return;
    }
    resolveNvml(m_library, "nvmlDeviceGetName", m_api.getName, missing);
    resolveNvml(m_library, "nvmlDeviceGetPciInfo_v3", m_api.getPciInfo, missing);
    resolveNvml(m_library, "nvmlDeviceGetUtilizationRates", m_api.getUtilization, missing);
    resolveNvml(m_library, "nvmlDeviceGetMemoryInfo", m_api.getMemoryInfo, missing);
    resolveNvml(m_library, "nvmlDeviceGetClockInfo", m_api.getClock, missing);
    resolveNvml(m_library, "nvmlDeviceGetMaxClockInfo", m_api.getMaxClock, missing);
    resolveNvml(m_library, "nvmlDeviceGetPowerUsage", m_api.getPower, missing);
    resolveNvml(m_library, "nvmlDeviceGetTemperature", m_api.getTemperature, missing);
    if (!missing.isEmpty())
        m_warnings << TelemetryText::tr("%1 lacks %2; those values stay null")
                          .arg(m_library.fileName(), missing.join(QStringLiteral(", ")));

    const nvml::Return initRc = m_api.init();
    if (initRc != nvml::kSuccess) {
        QString warning = TelemetryText::tr("nvmlInit_v2 failed: %1; no NVIDIA telemetry")
                              .arg(nvmlErrorText(m_api.errorString, initRc));
        if (initRc == nvml::kErrorDriverNotLoaded)
            warning += TelemetryText::tr(" (the NVIDIA kernel module is not loaded)");
        m_warnings << warning;
        return;
    }
    m_initialised = true;

    unsigned int count = 0;
    const nvml::Return countRc = m_api.getCount(&count);
    if (countRc != nvml::kSuccess) {
        m_warnings << TelemetryText::tr("nvmlDeviceGetCount_v2 failed: %1; no NVIDIA telemetry")
                          .arg(nvmlErrorText(m_api.errorString, countRc));
        return;
    }
    if (count > kMaxDevices) {
        m_warnings << TelemetryText::tr("NVML reports %1 GPUs; sampling only the first %2").arg(count).arg(kMaxDevices);
        count = kMaxDevices;
    }
    m_devices.reserve(count);
    for (unsigned int i = 0; i < count; ++i) {
        nvml::Device handle = nullptr;
        const nvml::Return rc = m_api.getHandle(i, &handle);
        if (rc != nvml::kSuccess) {
            m_warnings << TelemetryText::tr("NVIDIA GPU %1: nvmlDeviceGetHandleByIndex_v2 failed: %2; not sampled")
                              .arg(QString::number(i), nvmlErrorText(m_api.errorString, rc));
            continue;
        }
        addDevice(i, handle);
    }
}

void NvmlTelemetry::addDevice(unsigned int index, nvml::Device handle)
{
    Device d;
    d.handle = handle;
    if (m_api.getName) {
        char name[nvml::kNameBufferSize] = {};
        const nvml::Return rc = m_api.getName(handle, name, nvml::kNameBufferSize);
        if (rc == nvml::kSuccess)
            d.name = fromFixedBuffer(name, sizeof name);
        else
            m_warnings << TelemetryText::tr("NVIDIA GPU %1: nvmlDeviceGetName failed: %2")
                              .arg(QString::number(index), nvmlErrorText(m_api.errorString, rc));
    }
    if (d.name.isEmpty())
        d.name = TelemetryText::tr("NVIDIA GPU %1").arg(index);
    if (m_api.getPciInfo) {
        nvml::PciInfo pci = {};
        const nvml::Return rc = m_api.getPciInfo(handle, &pci);
        const QString raw = rc == nvml::kSuccess ? fromFixedBuffer(pci.busId, sizeof pci.busId) : QString();
        d.id = normalizeNvmlBusId(raw); // the same id detection and sysfs give this GPU
        if (rc != nvml::kSuccess)
            m_warnings << TelemetryText::tr("%1: nvmlDeviceGetPciInfo_v3 failed: %2")
                              .arg(d.name, nvmlErrorText(m_api.errorString, rc));
        else if (d.id.isEmpty())
            m_warnings
                << TelemetryText::tr("%1: NVML bus id \"%2\" is not domain:bus:device.function").arg(d.name, raw);
    }
    if (d.id.isEmpty())
        d.id = QStringLiteral("nvml%1").arg(index); // NVML's index: stable until the driver reloads
    m_devices.push_back(std::move(d));
}

bool NvmlTelemetry::check(Device &device, Value &value, nvml::Return rc)
{
    if (rc == nvml::kSuccess)
        return true; // the caller calls ok() once the value is also plausible
    forget(device, value);
    if (rc == nvml::kErrorGpuIsLost) {
        // Every call on it fails from now on: one warning for the GPU, not one per value.
        if (!device.lost)
            m_warnings << TelemetryText::tr("%1 (%2): %3 failed: %4; the GPU has fallen off the bus, so all its values "
                                            "are null until it is reset (reload the NVIDIA driver or reboot)")
                              .arg(device.name, device.id, value.call, nvmlErrorText(m_api.errorString, rc));
        device.lost = true;
        device.sourceOf.clear();
        return false;
    }
    if (rc == nvml::kErrorNotSupported)
        value.unsupported = true;
    if (!value.warned) {
        value.warned = true;
        m_warnings << TelemetryText::tr("%1 (%2): %3 failed: %4; %5 is null%6")
                          .arg(device.name, device.id, value.call, nvmlErrorText(m_api.errorString, rc), value.field,
                              rc == nvml::kErrorNotSupported ? TelemetryText::tr(" (this GPU cannot report it)")
                                                             : TelemetryText::tr(" until it reads again"));
    }
    return false;
}

void NvmlTelemetry::ok(Device &device, Value &value)
{
    value.warned = false;
    if (value.noted)
        return;
    value.noted = true;
    device.sourceOf.insert(value.field, value.call);
    if (!value.alsoField.isEmpty())
        device.sourceOf.insert(value.alsoField, value.call);
}

void NvmlTelemetry::forget(Device &device, Value &value)
{
    if (!value.noted)
        return;
    value.noted = false;
    device.sourceOf.remove(value.field);
    if (!value.alsoField.isEmpty() && value.alsoField != QLatin1String("vram_total_bytes")) // the total is kept
        device.sourceOf.remove(value.alsoField);
}

void NvmlTelemetry::sampleDevice(Device &d, GpuSample &s)
{
    const auto asks = [&d](auto fn, const Value &v) { return fn != nullptr && !v.unsupported && !d.lost; };

    if (asks(m_api.getUtilization, d.util)) {
        nvml::Utilization u = {};
        if (check(d, d.util, m_api.getUtilization(d.handle, &u))) {
            if (u.gpu <= 100 && u.memory <= 100) {
                s.utilPercent = static_cast<double>(u.gpu);
                s.memBusyPercent = static_cast<double>(u.memory);
                ok(d, d.util);
            } else {
                forget(d, d.util);
                if (!d.util.warned)
                    m_warnings << TelemetryText::tr("%1 (%2): %3 gave %4 % busy, %5 % memory busy, outside 0-100; "
                                                    "util_percent is null")
                                      .arg(d.name, d.id, d.util.call)
                                      .arg(u.gpu)
                                      .arg(u.memory);
                d.util.warned = true;
            }
        }
    }
    if (asks(m_api.getMemoryInfo, d.memory)) {
        nvml::Memory m = {};
        if (check(d, d.memory, m_api.getMemoryInfo(d.handle, &m))) {
            s.vramUsedBytes = toBytes(m.used);
            s.vramTotalBytes = d.vramTotal = toBytes(m.total);
            ok(d, d.memory);
        }
    }
    if (!s.vramTotalBytes)
        s.vramTotalBytes = d.vramTotal; // the total does not change; keep the last known one
    if (!d.maxClockMhz && asks(m_api.getMaxClock, d.maxClock)) {
        unsigned int mhz = 0;
        if (check(d, d.maxClock, m_api.getMaxClock(d.handle, nvml::kClockGraphics, &mhz)) && mhz > 0) {
            d.maxClockMhz = static_cast<int>(mhz);
            ok(d, d.maxClock);
        }
    }
    s.sclkMaxMhz = d.maxClockMhz;
    if (asks(m_api.getClock, d.clock)) {
        unsigned int mhz = 0;
        if (check(d, d.clock, m_api.getClock(d.handle, nvml::kClockGraphics, &mhz))) {
            s.sclkMhz = static_cast<int>(mhz);
            // NVIDIA boosts in small steps rather than a few DPM levels: "at the top" is within 3 %.
            s.sclkAtTop = d.maxClockMhz && static_cast<double>(mhz) >= 0.97 * *d.maxClockMhz;
            ok(d, d.clock);
        }
    }
    if (asks(m_api.getPower, d.power)) {
        unsigned int milliwatts = 0;
        if (check(d, d.power, m_api.getPower(d.handle, &milliwatts))) {
            s.powerW = static_cast<double>(milliwatts) / 1000.0;
            ok(d, d.power);
        }
    }
    if (asks(m_api.getTemperature, d.temp)) {
        unsigned int celsius = 0;
        if (check(d, d.temp, m_api.getTemperature(d.handle, nvml::kTemperatureGpu, &celsius))) {
            s.tempC = static_cast<double>(celsius);
            ok(d, d.temp);
        }
    }
}

QList<GpuSample> NvmlTelemetry::sample()
{
    QList<GpuSample> samples;
    samples.reserve(static_cast<qsizetype>(m_devices.size()));
    for (Device &d : m_devices) {
        GpuSample s;
        s.id = d.id;
        s.name = d.name;
        if (!d.lost)
            sampleDevice(d, s);
        s.sourceOf = d.sourceOf; // implicitly shared: no copy
        samples.append(std::move(s));
    }
    return samples;
}

QStringList NvmlTelemetry::takeWarnings()
{
    return std::exchange(m_warnings, {});
}

} // namespace ogs

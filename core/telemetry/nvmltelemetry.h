#pragma once

#include "detect/nvmlabi.h"
#include "gputelemetrysource.h"

#include <QLibrary>

#include <vector>

namespace ogs {

/// Live numbers of every NVIDIA GPU through NVML, loaded and initialised once (at construction)
/// and shut down by the destructor. Each sample makes six cheap NVML calls per GPU; nothing is
/// spawned. `library` is a file name or path; empty means nvmlLibraryCandidates().
class NvmlTelemetry final : public GpuTelemetrySource {
public:
    explicit NvmlTelemetry(QString library = QString());
    ~NvmlTelemetry() override;
    NvmlTelemetry(const NvmlTelemetry &) = delete;
    NvmlTelemetry &operator=(const NvmlTelemetry &) = delete;

    QList<GpuSample> sample() override;
    QStringList takeWarnings() override;

    /// False when no NVML could be loaded; unavailableReason() then says why (a note: no NVIDIA
    /// driver is normal). A loaded NVML that failed to initialise is available with warnings.
    bool loaded() const { return m_loaded; }
    QString unavailableReason() const { return m_unavailableReason; }
    int gpuCount() const { return static_cast<int>(m_devices.size()); }

private:
    /// One value of one GPU: its call's last failure is reported once, until a call succeeds.
    struct Value {
        QString call; ///< QStringLiteral: static data, so the per-sample map lookups never allocate
        QString field;
        QString alsoField = QString(); ///< another field the same call gives, or empty
        bool warned = false;
        bool noted = false; ///< its fields are in sourceOf: nothing to look up while it keeps reading
        bool unsupported = false; ///< NOT_SUPPORTED: a property of the card, so not asked again
    };
    struct Device {
        nvml::Device handle = nullptr;
        QString id;
        QString name;
        bool lost = false; ///< NVML_ERROR_GPU_IS_LOST: off the bus until a reset, so no longer asked
        Value util { QStringLiteral("nvmlDeviceGetUtilizationRates"), QStringLiteral("util_percent"),
            QStringLiteral("mem_busy_percent") };
        Value memory { QStringLiteral("nvmlDeviceGetMemoryInfo"), QStringLiteral("vram_used_bytes"),
            QStringLiteral("vram_total_bytes") };
        Value clock { QStringLiteral("nvmlDeviceGetClockInfo(NVML_CLOCK_GRAPHICS)"), QStringLiteral("sclk_mhz") };
        Value maxClock { QStringLiteral("nvmlDeviceGetMaxClockInfo(NVML_CLOCK_GRAPHICS)"),
            QStringLiteral("sclk_max_mhz") };
        Value power { QStringLiteral("nvmlDeviceGetPowerUsage"), QStringLiteral("power_w") };
        Value temp { QStringLiteral("nvmlDeviceGetTemperature(NVML_TEMPERATURE_GPU)"), QStringLiteral("temp_c") };
        std::optional<int> maxClockMhz; ///< constant while the driver runs: read until it succeeds
        std::optional<qint64> vramTotal;
        QHash<QString, QString> sourceOf;
    };
    struct Api {
        nvml::InitFn init = nullptr;
        nvml::ShutdownFn shutdown = nullptr;
        nvml::ErrorStringFn errorString = nullptr;
        nvml::GetCountFn getCount = nullptr;
        nvml::GetHandleByIndexFn getHandle = nullptr;
        nvml::GetNameFn getName = nullptr;
        nvml::GetPciInfoFn getPciInfo = nullptr;
        nvml::GetUtilizationRatesFn getUtilization = nullptr;
        nvml::GetMemoryInfoFn getMemoryInfo = nullptr;
        nvml::GetClockInfoFn getClock = nullptr;
        nvml::GetClockInfoFn getMaxClock = nullptr;
        nvml::GetPowerUsageFn getPower = nullptr;
        nvml::GetTemperatureFn getTemperature = nullptr;
    };

    void open(const QString &library);
    void addDevice(unsigned int index, nvml::Device handle);
    /// True on success; otherwise reports the failure once per episode and returns false.
    bool check(Device &device, Value &value, nvml::Return rc);
    /// The value was read: ends its failure episode and records its source.
    void ok(Device &device, Value &value);
    /// The value was not read: its fields leave sourceOf.
    void forget(Device &device, Value &value);
    void sampleDevice(Device &device, GpuSample &s);

    QLibrary m_library;
    Api m_api;
    bool m_loaded = false;
    bool m_initialised = false;
    QString m_unavailableReason;
    std::vector<Device> m_devices;
    QStringList m_warnings;
};

} // namespace ogs

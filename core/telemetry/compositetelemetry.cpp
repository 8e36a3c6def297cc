#include "compositetelemetry.h"

#include "common/coretext.h"
#include "detect/amdpcitable.h"
#include "nvidiasmitelemetry.h"
#include "nvmltelemetry.h"
#include "sysfstelemetry.h"
#ifdef Q_OS_WIN
#include "pdhtelemetry.h"
#endif

#include <QFileInfo>
#include <QStandardPaths>

namespace ogs {

namespace {

template <typename T> void fill(std::optional<T> &into, const std::optional<T> &from)
{
    if (!into && from)
        into = from;
}

} // namespace

void mergeSample(GpuSample &into, const GpuSample &from)
{
    if (into.name.isEmpty())
        into.name = from.name;
    if (!into.utilPercent && from.utilPercent) {
        into.utilPercent = from.utilPercent;
        into.utilReliable = from.utilReliable;
    }
    fill(into.memBusyPercent, from.memBusyPercent);
    fill(into.vramUsedBytes, from.vramUsedBytes);
    fill(into.vramTotalBytes, from.vramTotalBytes);
    fill(into.gttUsedBytes, from.gttUsedBytes);
    if (!into.sclkMhz && from.sclkMhz) {
        into.sclkMhz = from.sclkMhz;
        into.sclkMaxMhz = from.sclkMaxMhz;
        into.sclkAtTop = from.sclkAtTop;
    }
    fill(into.powerW, from.powerW);
    fill(into.tempC, from.tempC);
    for (auto it = from.sourceOf.cbegin(); it != from.sourceOf.cend(); ++it) {
        if (!into.sourceOf.contains(it.key()))
            into.sourceOf.insert(it.key(), it.value());
    }
}

void CompositeTelemetry::add(const QString &name, std::unique_ptr<GpuTelemetrySource> source)
{
    m_sources.push_back(Entry { name, std::move(source) });
}

QList<GpuSample> CompositeTelemetry::sample()
{
    if (m_sources.size() == 1)
        return m_sources.front().source->sample();
    QList<GpuSample> all;
    for (const Entry &e : m_sources) {
        const QList<GpuSample> part = e.source->sample();
        for (const GpuSample &s : part) {
            auto same = std::find_if(all.begin(), all.end(), [&](const GpuSample &o) { return o.id == s.id; });
            if (same == all.end())
                all.append(s);
            else
                mergeSample(*same, s);
        }
    }
    return all;
}

QStringList CompositeTelemetry::takeWarnings()
{
    QStringList all;
    for (const Entry &e : m_sources) {
        for (const QString &w : e.source->takeWarnings())
            all << (e.name.isEmpty() ? w : e.name + QStringLiteral(": ") + w);
    }
    return all;
}

TelemetrySetup makeTelemetrySource(const TelemetryOptions &options)
{
    TelemetrySetup setup;
    setup.source = std::make_unique<CompositeTelemetry>();
#if defined(Q_OS_LINUX)
    if (options.sysfs) {
        auto sysfs = std::make_unique<SysfsTelemetry>(options.sysfsRoot, AmdPciTable::builtin());
        if (sysfs->gpuCount() > 0) {
            setup.gpuCount += sysfs->gpuCount();
            setup.source->add(QString(), std::move(sysfs)); // its warnings name their files
        } else {
            setup.notes << TelemetryText::tr("no amdgpu card under %1/class/drm").arg(options.sysfsRoot);
        }
    }
#else
    Q_UNUSED(options.sysfsRoot);
#endif
    int nvmlGpus = 0;
    if (options.nvml) {
        auto nvml = std::make_unique<NvmlTelemetry>(options.nvmlLibrary);
        if (!nvml->loaded()) {
            setup.notes << nvml->unavailableReason();
            // A file that is there but would not load is still worth a warning.
            for (const QString &w : nvml->takeWarnings())
                setup.warnings << QStringLiteral("nvml: ") + w;
            // The fallback: one nvidia-smi, started once, when there is one to start.
            const QString smi = options.nvidiaSmi.isEmpty()
                ? QStandardPaths::findExecutable(QStringLiteral("nvidia-smi"))
                : options.nvidiaSmi;
            if (!smi.isEmpty() && QFileInfo(smi).isExecutable()) {
                setup.notes << TelemetryText::tr("reading NVIDIA GPUs from %1 instead").arg(smi);
                setup.gpusPending = true;
                setup.source->add(QStringLiteral("nvidia-smi"),
                    std::make_unique<NvidiaSmiTelemetry>(
                        smi, options.intervalMs, std::make_unique<QProcessLineProcess>()));
            } else if (!options.nvidiaSmi.isEmpty()) {
                setup.notes << TelemetryText::tr("%1 is not an executable file").arg(options.nvidiaSmi);
            }
        } else {
            // Loaded: kept even with no GPU, so that its warnings (init failed, ...) reach the user.
            nvmlGpus = nvml->gpuCount();
            setup.gpuCount += nvmlGpus;
            setup.source->add(QStringLiteral("nvml"), std::move(nvml));
        }
    }
#ifdef Q_OS_WIN
    if (options.pdh) {
        // NVML reads NVIDIA GPUs better than the counters do; PDH then covers the other adapters.
        auto pdh = std::make_unique<PdhTelemetry>(nvmlGpus > 0);
        setup.gpuCount += pdh->gpuCount();
        setup.source->add(QStringLiteral("pdh"), std::move(pdh));
    }
#else
    Q_UNUSED(options.pdh);
#endif
    return setup;
}

} // namespace ogs

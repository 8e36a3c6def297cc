#include "gpudetector.h"

#include "common/coretext.h"
#include "gpumerger.h"

namespace ogs {

GpuDetector::GpuDetector(
    std::vector<std::unique_ptr<GpuSource>> sources, PlatformProbe platform, const AmdPciTable &table)
    : m_sources(std::move(sources))
    , m_platform(std::move(platform))
    , m_table(table)
{
}

DetectionReport GpuDetector::run()
{
    DetectionReport report;
    report.platform = m_platform.probe();
    report.warnings += report.platform.warnings;

    QList<QList<GpuInfo>> perSource;
    for (const auto &source : m_sources) {
        SourceResult result = source->probe();
        (result.available ? report.sourcesUsed : report.sourcesUnavailable).append(source->id());
        for (const QString &w : std::as_const(result.warnings))
            report.warnings << source->id() + QStringLiteral(": ") + w;
        for (const QString &n : std::as_const(result.notes))
            report.notes << source->id() + QStringLiteral(": ") + n;
        for (GpuInfo &gpu : result.gpus)
            enrichFromPciTable(gpu, m_table);
        perSource.append(result.gpus);
    }
    report.gpus = mergeGpus(perSource);
    for (GpuInfo &gpu : report.gpus) {
        // Without NVML or Vulkan, sysfs knows only the ids of a non-AMD card.
        if (gpu.name.isEmpty())
            gpu.name
                = QStringLiteral("%1 GPU [%2:%3]")
                      .arg(vendorDisplayName(gpu.vendor), hexId(gpu.pciVendorId).mid(2), hexId(gpu.pciDeviceId).mid(2));
    }
    if (m_table.size() == 0)
        report.warnings << DetectText::tr(
            "the built-in AMD PCI id table could not be loaded; gfx targets may be missing");
    return report;
}

} // namespace ogs

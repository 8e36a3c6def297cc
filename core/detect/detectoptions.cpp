#include "detectoptions.h"

#include "nvmlsource.h"
#include "sysfsgpusource.h"

#if defined(Q_OS_WIN)
#include "dxgisource.h"
#endif

namespace ogs {

QStringList DetectOptions::allSourceIds()
{
    return {QStringLiteral("sysfs"), QStringLiteral("nvml"), QStringLiteral("dxgi"), QStringLiteral("vulkan")};
}

GpuDetector makeDetector(const DetectOptions &options)
{
    const QStringList wanted = options.sources.isEmpty() ? DetectOptions::allSourceIds() : options.sources;
    // Order is priority: a field an earlier source filled is kept when merging.
    std::vector<std::unique_ptr<GpuSource>> sources;
#if !defined(Q_OS_WIN)
    if (wanted.contains(QLatin1String("sysfs")))
        sources.push_back(std::make_unique<SysfsGpuSource>(options.sysfsRoot));
#endif
    if (wanted.contains(QLatin1String("nvml")))
        sources.push_back(std::make_unique<NvmlSource>(options.nvmlLibrary));
#if defined(Q_OS_WIN)
    if (wanted.contains(QLatin1String("dxgi")))
        sources.push_back(std::make_unique<DxgiSource>());
#endif
    return GpuDetector(std::move(sources), PlatformProbe(options.platformRoots));
}

} // namespace ogs

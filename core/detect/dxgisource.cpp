#include "dxgisource.h"

#include "dxgiconvert.h"
#include "win/dxgiadapters.h"

namespace ogs {

SourceResult DxgiSource::probe()
{
    SourceResult result;
    std::string error;
    const std::vector<win::DxgiAdapter> adapters = win::enumerateDxgiAdapters(&error, m_root, m_classKeyPath);
    // DXGI is part of every supported Windows, so a failure is a warning, never "unavailable".
    if (!error.empty())
        result.warnings << QString::fromStdString(error);
    for (const win::DxgiAdapter &adapter : adapters)
        result.gpus << gpuInfoFromDxgi(adapter, &result.warnings);
    return result;
}

} // namespace ogs

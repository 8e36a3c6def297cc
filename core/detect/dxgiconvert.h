#pragma once

#include "gpuinfo.h"
#include "win/dxgiadapters.h"

namespace ogs {

/// One DXGI adapter as a GpuInfo: ids, name, LUID, dedicated memory (the registry's size where
/// DXGI under-reports), shared system memory as GTT, software adapters as DeviceType::Cpu.
/// Plain data in, so it is tested on every platform; DxgiSource uses it on Windows.
/// A 4 GiB-capped size that the registry could not correct is reported in *warnings.
GpuInfo gpuInfoFromDxgi(const win::DxgiAdapter &adapter, QStringList *warnings);

/// AdapterLuid as 16 lowercase hex digits: "00000000000003f0".
QString luidText(quint64 luid);

} // namespace ogs

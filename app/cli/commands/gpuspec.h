#pragma once

#include "detect/gpuinfo.h"

#include <optional>

namespace ogs::cli {

/// What `--gpu` named: a GPU, or explicitly none.
struct GpuSpec {
    std::optional<GpuInfo> gpu; ///< nullopt for "none"
};

/// Parses `--gpu`: "gfx1030", "1002:731f" / "0x1002:0x731f" (PCI vendor:device), "1002:73bf:c1"
/// (with the revision, which names the exact card), or "none".
/// nullopt when the text is none of these.
std::optional<GpuSpec> parseGpuSpec(const QString &text);

} // namespace ogs::cli

#pragma once

#include <QString>

#include <optional>

namespace ogs {

/// "gfx90a:xnack-" → "gfx90a", "GFX1030" → "gfx1030". Empty when the text is no gfx target.
QString normalizeGfxTarget(const QString &text);

/// The gfx target's (major, minor, stepping) as ROCm numbers it: gfx1030 → (10, 3, 0), gfx90a → (9, 0, 10).
struct GfxVersion {
    int major = 0;
    int minor = 0;
    int stepping = 0;
};
std::optional<GfxVersion> gfxVersion(const QString &gfxTarget);

/// The HSA_OVERRIDE_GFX_VERSION value that makes ROCm treat a GPU as `gfxTarget`: gfx1030 → "10.3.0".
QString hsaOverrideValue(const QString &gfxTarget);

} // namespace ogs

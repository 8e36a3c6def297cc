#include "gpuspec.h"

#include "compat/compattable.h"
#include "compat/gfxtarget.h"
#include "detect/amdpcitable.h"

#include <QRegularExpression>

namespace ogs::cli {

std::optional<GpuSpec> parseGpuSpec(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("none") || t == QLatin1String("cpu"))
        return GpuSpec {};
    if (t.startsWith(QLatin1String("gfx"))) {
        const QString gfx = normalizeGfxTarget(t);
        if (gfx.isEmpty())
            return std::nullopt;
        GpuInfo g;
        g.vendor = GpuVendor::Amd;
        g.pciVendorId = kPciVendorAmd;
        g.gfxTarget = gfx;
        if (const GfxTargetInfo *info = CompatTable::builtin().targetInfo(gfx)) {
            g.generation = info->generation;
            // A bare gfx target of an APU (gfx1103: the 780M) is an iGPU: Ollama's iGPU rules apply.
            if (info->integrated)
                g.deviceType = DeviceType::Integrated;
        }
        return GpuSpec { g };
    }
    static const QRegularExpression pci(
        QStringLiteral("^(?:0x)?([0-9a-f]{4}):(?:0x)?([0-9a-f]{4})(?::(?:0x)?([0-9a-f]{2}))?$"));
    const QRegularExpressionMatch m = pci.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    GpuInfo g;
    g.pciVendorId = m.captured(1).toUInt(nullptr, 16);
    g.pciDeviceId = m.captured(2).toUInt(nullptr, 16);
    g.vendor = vendorFromPciId(g.pciVendorId);
    if (!m.captured(3).isEmpty())
        g.pciRevision = m.captured(3).toUInt(nullptr, 16);
    if (g.vendor == GpuVendor::Amd) {
        const AmdPciTable &table = AmdPciTable::builtin();
        if (const AmdChipEntry *e = table.find(g.pciDeviceId)) {
            g.gfxTarget = e->gfxTarget;
            g.chip = e->chip;
            g.generation = e->generation;
            // Without the revision the exact card is unknown (0x73bf is a 6800, 6800 XT or 6900 XT):
            // name the chip rather than guess.
            g.name = g.pciRevision ? table.marketingName(g.pciDeviceId, g.pciRevision)
                                   : QStringLiteral("AMD %1").arg(e->codename.isEmpty() ? e->chip : e->codename);
            g.deviceType = e->apu ? DeviceType::Integrated : DeviceType::Discrete;
        }
    } else if (g.vendor == GpuVendor::Other) {
        return std::nullopt; // not a GPU vendor this program knows
    } else {
        g.deviceType = DeviceType::Discrete;
    }
    return GpuSpec { g };
}


} // namespace ogs::cli

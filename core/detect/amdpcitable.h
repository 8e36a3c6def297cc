#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace ogs {

/// One AMD PCI device id: what chip it is and what ROCm calls it.
struct AmdChipEntry {
    quint32 deviceId = 0;
    QString chip;        ///< "NAVI10", "GFX1201"
    QString codename;    ///< pci.ids codename, "Navi 10 [Radeon RX 5600 OEM/5600 XT / 5700/5700 XT]"
    QString gfxTarget;   ///< "gfx1010"
    QString generation;  ///< "RDNA1"
    bool apu = false;
    QStringList marketingNames;
    QHash<quint32, QString> nameByRevision;
};

/// PCI device id → gfx target table for AMD GPUs, used where no KFD tells us the gfx target
/// (Windows, Linux without ROCm, Vulkan-only detection).
class AmdPciTable {
public:
    /// Parses the CSV format of resources/data/amd-gpu-ids.csv. On a malformed row, returns
    /// an empty table and sets *error to a message naming the line.
    static AmdPciTable fromCsv(const QByteArray &csv, QString *error);
    /// The table compiled into the program.
    static const AmdPciTable &builtin();

    const AmdChipEntry *find(quint32 deviceId) const;
    /// Marketing name for this exact revision, else the first name listed for the device id.
    QString marketingName(quint32 deviceId, std::optional<quint32> revision) const;
    /// gfx target for a chip name as drivers print it ("NAVI10", "GFX1201", "navi_10").
    QString gfxTargetForChip(const QString &chip) const;
    int size() const { return static_cast<int>(m_entries.size()); }

private:
    QHash<quint32, AmdChipEntry> m_entries;
    QHash<QString, QString> m_gfxByChip;
};

/// Splits one CSV record (RFC 4180 quoting, no embedded newlines).
QStringList splitCsvLine(const QString &line);

} // namespace ogs

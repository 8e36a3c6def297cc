#include "amdpcitable.h"

#include "common/builtinresource.h"

#include <QFile>

namespace ogs {

namespace {

QString normalizedChip(QString chip)
{
    chip = chip.toUpper();
    chip.remove(QLatin1Char('_'));
    chip.remove(QLatin1Char(' '));
    return chip;
}

std::optional<quint32> parseHex(const QString &text)
{
    bool ok = false;
    QString t = text.trimmed();
    if (t.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        t = t.mid(2);
    const uint value = t.toUInt(&ok, 16);
    if (!ok || t.isEmpty())
        return std::nullopt;
    return value;
}

} // namespace

QStringList splitCsvLine(const QString &line)
{
    QStringList fields;
    QString current;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                    current += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                current += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    fields.append(current);
    return fields;
}

AmdPciTable AmdPciTable::fromCsv(const QByteArray &csv, QString *error)
{
    AmdPciTable table;
    const QList<QByteArray> lines = csv.split('\n');
    if (lines.isEmpty()) {
        if (error)
            *error = QStringLiteral("PCI table is empty");
        return {};
    }
    const QStringList header = splitCsvLine(QString::fromUtf8(lines.first()).trimmed());
    const int colId = header.indexOf(QStringLiteral("pci_device_id"));
    const int colChip = header.indexOf(QStringLiteral("chip"));
    const int colCode = header.indexOf(QStringLiteral("codename_pci_ids"));
    const int colGfx = header.indexOf(QStringLiteral("gfx_target"));
    const int colGen = header.indexOf(QStringLiteral("generation"));
    const int colApu = header.indexOf(QStringLiteral("apu"));
    const int colNames = header.indexOf(QStringLiteral("marketing_names"));
    const int colRevs = header.indexOf(QStringLiteral("revisions"));
    if (colId < 0 || colChip < 0 || colGfx < 0) {
        if (error)
            *error = QStringLiteral("PCI table header lacks pci_device_id, chip or gfx_target");
        return {};
    }
    const int needed = std::max({colId, colChip, colCode, colGfx, colGen, colApu, colNames, colRevs});
    for (int n = 1; n < lines.size(); ++n) {
        const QString line = QString::fromUtf8(lines.at(n)).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList f = splitCsvLine(line);
        const auto id = parseHex(f.value(colId));
        if (f.size() <= needed || !id) {
            if (error)
                *error = QStringLiteral("PCI table line %1 is malformed: %2").arg(n + 1).arg(line.left(60));
            return {};
        }
        AmdChipEntry e;
        e.deviceId = *id;
        e.chip = f.at(colChip);
        e.codename = colCode >= 0 ? f.at(colCode) : QString();
        e.gfxTarget = f.at(colGfx);
        e.generation = colGen >= 0 ? f.at(colGen) : QString();
        e.apu = colApu >= 0 && f.at(colApu) == QLatin1String("yes");
        if (colNames >= 0)
            e.marketingNames = f.at(colNames).split(QLatin1Char(';'), Qt::SkipEmptyParts);
        if (colRevs >= 0) {
            for (const QString &pair : f.at(colRevs).split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
                const int eq = pair.indexOf(QLatin1Char('='));
                const auto rev = parseHex(pair.left(eq));
                if (eq > 0 && rev)
                    e.nameByRevision.insert(*rev, pair.mid(eq + 1));
            }
        }
        if (!e.gfxTarget.isEmpty()) {
            // Kernel names (SIENNA_CICHLID) and pci.ids codenames (Navi 21, which RADV
            // prints as NAVI21) both lead to the gfx target.
            if (!e.chip.isEmpty())
                table.m_gfxByChip.insert(normalizedChip(e.chip), e.gfxTarget);
            const QString codename = e.codename.section(QLatin1Char('['), 0, 0).trimmed();
            if (!codename.isEmpty() && !codename.contains(QLatin1Char('/')))
                table.m_gfxByChip.insert(normalizedChip(codename), e.gfxTarget);
        }
        table.m_entries.insert(e.deviceId, e);
    }
    if (error)
        error->clear();
    return table;
}

const AmdPciTable &AmdPciTable::builtin()
{
    static const AmdPciTable table
        = loadBuiltinResource<AmdPciTable>(QStringLiteral(":/ogs/data/amd-gpu-ids.csv"), &AmdPciTable::fromCsv);
    return table;
}

const AmdChipEntry *AmdPciTable::find(quint32 deviceId) const
{
    const auto it = m_entries.constFind(deviceId);
    return it == m_entries.constEnd() ? nullptr : &it.value();
}

QString AmdPciTable::marketingName(quint32 deviceId, std::optional<quint32> revision) const
{
    const AmdChipEntry *e = find(deviceId);
    if (!e)
        return {};
    if (revision) {
        const QString byRev = e->nameByRevision.value(*revision);
        if (!byRev.isEmpty())
            return byRev;
    }
    return e->marketingNames.value(0);
}

QString AmdPciTable::gfxTargetForChip(const QString &chip) const
{
    const QString key = normalizedChip(chip);
    if (key.startsWith(QLatin1String("GFX")))
        return key.toLower();
    return m_gfxByChip.value(key);
}

} // namespace ogs

#include "sysfstelemetry.h"

#include "detect/amdpcitable.h"
#include "detect/sysfsreader.h"

#include <QDir>
#include <QRegularExpression>

namespace ogs {

bool busyPercentUnreliable(quint32 pciDeviceId, const AmdPciTable &table)
{
    const AmdChipEntry *e = table.find(pciDeviceId);
    return e && (e->chip == QLatin1String("RAVEN") || e->chip == QLatin1String("RAVEN2"));
}

SysfsTelemetry::SysfsTelemetry(const QString &sysfsRoot, const AmdPciTable &table)
{
    const QDir drm(sysfsRoot + QStringLiteral("/class/drm"));
    static const QRegularExpression cardName(QStringLiteral("^card\\d+$"));
    QStringList cards = drm.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::System);
    std::sort(cards.begin(), cards.end(), [](const QString &a, const QString &b) {
        return a.size() != b.size() ? a.size() < b.size() : a < b;
    });
    for (const QString &card : std::as_const(cards)) {
        if (!cardName.match(card).hasMatch())
            continue;
        const QString dev = drm.filePath(card) + QStringLiteral("/device");
        QString driver, slot, pciId;
        for (const QString &line : readSysfsText(dev + QStringLiteral("/uevent")).text.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("DRIVER=")))
                driver = line.mid(7).trimmed();
            else if (line.startsWith(QLatin1String("PCI_SLOT_NAME=")))
                slot = line.mid(14).trimmed().toLower();
            else if (line.startsWith(QLatin1String("PCI_ID=")))
                pciId = line.mid(7).trimmed();
        }
        if (driver != QLatin1String("amdgpu"))
            continue; // NVIDIA and Intel numbers come from their own sources
        const quint32 device = pciId.section(QLatin1Char(':'), 1, 1).toUInt(nullptr, 16);
        const SysfsValue revision = readSysfsText(dev + QStringLiteral("/revision"));
        std::optional<quint32> rev;
        if (const auto r = parseSysfsInt(revision.text, 16))
            rev = static_cast<quint32>(*r);
        QString name = table.marketingName(device, rev);
        if (name.isEmpty())
            name = QStringLiteral("AMD GPU [1002:%1]").arg(device, 4, 16, QLatin1Char('0'));
        m_samplers.push_back(std::make_unique<AmdGpuSampler>(dev, slot.isEmpty() ? card : slot, name,
                                                             !busyPercentUnreliable(device, table)));
    }
}

QList<GpuSample> SysfsTelemetry::sample()
{
    QList<GpuSample> samples;
    samples.reserve(static_cast<int>(m_samplers.size()));
    for (const auto &sampler : m_samplers)
        samples.append(sampler->sample(m_warnings));
    return samples;
}

QStringList SysfsTelemetry::takeWarnings()
{
    return std::exchange(m_warnings, {});
}

} // namespace ogs

#pragma once

#include <QDir>
#include <QString>

namespace ogs::test {

/// The manifest of Mesa's software Vulkan driver (lavapipe), e.g.
/// /usr/share/vulkan/icd.d/lvp_icd.x86_64.json; empty when mesa-vulkan-drivers is not installed.
inline QString lavapipeIcd()
{
    const QStringList dirs{QStringLiteral("/usr/share/vulkan/icd.d"), QStringLiteral("/usr/local/share/vulkan/icd.d")};
    for (const QString &dir : dirs) {
        const QStringList found = QDir(dir).entryList({QStringLiteral("lvp_icd*.json")}, QDir::Files, QDir::Name);
        if (!found.isEmpty())
            return dir + QLatin1Char('/') + found.constFirst();
    }
    return QString();
}

} // namespace ogs::test

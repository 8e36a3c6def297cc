#include "uninstallregistry.h"

#include <QSettings>

namespace ogs {

bool isOllamaUninstallEntry(const UninstallEntry &entry)
{
    return entry.displayName.startsWith(QLatin1String("Ollama"), Qt::CaseInsensitive)
        && !entry.displayName.contains(QLatin1String("GPU Setup"), Qt::CaseInsensitive);
}

QList<UninstallEntry> SystemUninstallRegistry::ollamaEntries() const
{
    QList<UninstallEntry> entries;
#if defined(Q_OS_WIN)
    for (const char *hive : { "HKEY_CURRENT_USER", "HKEY_LOCAL_MACHINE" }) {
        QSettings uninstall(QString::fromLatin1(hive)
                + QStringLiteral("\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall"),
            QSettings::NativeFormat);
        const QStringList keys = uninstall.childGroups();
        for (const QString &key : keys) {
            uninstall.beginGroup(key);
            UninstallEntry e;
            e.key = key;
            e.displayName = uninstall.value(QStringLiteral("DisplayName")).toString();
            e.displayVersion = uninstall.value(QStringLiteral("DisplayVersion")).toString();
            e.publisher = uninstall.value(QStringLiteral("Publisher")).toString();
            e.installLocation = uninstall.value(QStringLiteral("InstallLocation")).toString();
            e.uninstallString = uninstall.value(QStringLiteral("UninstallString")).toString();
            e.urlInfoAbout = uninstall.value(QStringLiteral("URLInfoAbout")).toString();
            uninstall.endGroup();
            if (isOllamaUninstallEntry(e))
                entries.append(e);
        }
    }
#endif
    return entries;
}

} // namespace ogs

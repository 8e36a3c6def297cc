#include "runtimeprobe.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ogs {

RuntimePresence probeLinuxRocm(const QString &rootPrefix)
{
    RuntimePresence r;
    const QString dir = rootPrefix + QStringLiteral("/opt/rocm");
    if (!QFileInfo(dir).isDir())
        return r;
    r.installed = true;
    r.path = dir;
    QFile info(dir + QStringLiteral("/.info/version"));
    if (info.open(QIODevice::ReadOnly))
        r.version = QString::fromUtf8(info.readAll()).trimmed();
    return r;
}

RuntimePresence probeWindowsHipSdk(const QMap<QString, QString> &environment, const QString &programFiles)
{
    RuntimePresence r;
    // Windows paths are read on any host (tests, --platform windows): convert '\' by hand.
    const QString hipPath
        = QString(environment.value(QStringLiteral("HIP_PATH"))).replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (!hipPath.isEmpty() && QFileInfo(hipPath).isDir()) {
        r.installed = true;
        r.path = hipPath;
        r.version = QDir(hipPath).dirName();
        return r;
    }
    if (programFiles.isEmpty())
        return r;
    const QDir rocm(QString(programFiles).replace(QLatin1Char('\\'), QLatin1Char('/')) + QStringLiteral("/AMD/ROCm"));
    const QStringList versions = rocm.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    if (!versions.isEmpty()) {
        r.installed = true;
        r.version = versions.constLast();
        r.path = rocm.filePath(r.version);
    }
    return r;
}

} // namespace ogs

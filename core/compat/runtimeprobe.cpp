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
    const QString hipPath = QDir::fromNativeSeparators(environment.value(QStringLiteral("HIP_PATH")));
    if (!hipPath.isEmpty() && QFileInfo(hipPath).isDir()) {
        r.installed = true;
        r.path = hipPath;
        r.version = QDir(hipPath).dirName();
        return r;
    }
    if (programFiles.isEmpty())
        return r;
    const QDir rocm(QDir::fromNativeSeparators(programFiles) + QStringLiteral("/AMD/ROCm"));
    const QStringList versions = rocm.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    if (!versions.isEmpty()) {
        r.installed = true;
        r.version = versions.constLast();
        r.path = rocm.filePath(r.version);
    }
    return r;
}

} // namespace ogs

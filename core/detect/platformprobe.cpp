#include "platformprobe.h"

#include "common/coretext.h"
#include "sysfsreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>

#if defined(Q_OS_UNIX)
#include <pwd.h>
#include <unistd.h>
#endif

namespace ogs {

namespace {

/// Opens a configuration file (/etc/passwd, /etc/group) for reading. Only a regular file: a FIFO
/// in its place would block open() until a writer came (found by fuzz_sysfstree). False with
/// *error otherwise.
bool openRegularFile(QFile &file, QString *error)
{
    const QFileInfo info(file.fileName());
    if (info.exists() && !info.isFile()) {
        *error = QStringLiteral("not a regular file");
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    return true;
}

constexpr qint64 kMaxConfigBytes = 16 * 1024 * 1024;

} // namespace

QString platformKey(Platform platform)
{
    switch (platform) {
    case Platform::Linux:
        return QStringLiteral("linux");
    case Platform::Windows:
        return QStringLiteral("windows");
    case Platform::Wsl2:
        return QStringLiteral("wsl2");
    case Platform::MacOs:
        return QStringLiteral("macos");
    }
    return QStringLiteral("linux");
}

PlatformRoots PlatformRoots::system()
{
    PlatformRoots roots;
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *key : { "WSL_DISTRO_NAME", "WSL_INTEROP" }) {
        const QString k = QString::fromLatin1(key);
        if (env.contains(k))
            roots.environment.insert(k, env.value(k));
    }
    return roots;
}

bool hasWindowsVulkanLoader(const QString &systemRoot)
{
    QString root = systemRoot;
    if (root.isEmpty())
        root = QProcessEnvironment::systemEnvironment().value(QStringLiteral("SystemRoot"), QStringLiteral("C:\\Windows"));
    return QFileInfo(QDir::fromNativeSeparators(root) + QStringLiteral("/System32/vulkan-1.dll")).isFile();
}

PlatformInfo PlatformProbe::probe() const
{
    PlatformInfo info;
#if defined(Q_OS_WIN)
    info.platform = Platform::Windows;
    info.windowsVulkanLoader = hasWindowsVulkanLoader(m_roots.systemRoot);
    if (!m_roots.forceLinuxChecks)
        return info;
#elif defined(Q_OS_MACOS)
    info.platform = Platform::MacOs;
    if (!m_roots.forceLinuxChecks)
        return info;
#endif
    info.platform = Platform::Linux;
    probeLinux(info);
    return info;
}

void PlatformProbe::probeLinux(PlatformInfo &info) const
{
    const QString osrelease = m_roots.procRoot + QStringLiteral("/sys/kernel/osrelease");
    const SysfsValue release = readSysfsText(osrelease);
    if (release.ok())
        info.kernelRelease = release.text;
    else if (QFileInfo::exists(m_roots.procRoot))
        info.warnings << QStringLiteral("%1: %2").arg(osrelease, release.error);

    const QString dxg = m_roots.devRoot + QStringLiteral("/dxg");
    const QString kfd = m_roots.devRoot + QStringLiteral("/kfd");
    info.hasDevDxg = QFileInfo::exists(dxg);
    info.hasDevKfd = QFileInfo::exists(kfd);
#if defined(Q_OS_UNIX)
    info.devKfdAccessible = info.hasDevKfd && ::access(QFile::encodeName(kfd).constData(), R_OK | W_OK) == 0;
#endif

    // WSL 2 kernels read "5.15.153.1-microsoft-standard-WSL2" (older: "4.19.104-microsoft-standard");
    // WSL 1 has no Linux kernel and reports "4.4.0-19041-Microsoft", capital M.
    const bool kernelSaysMicrosoft = info.kernelRelease.contains(QLatin1String("microsoft"), Qt::CaseInsensitive)
        || info.kernelRelease.contains(QLatin1String("WSL"), Qt::CaseInsensitive);
    const bool wsl1Kernel = info.kernelRelease.endsWith(QLatin1String("-Microsoft"), Qt::CaseSensitive);
    const bool envSaysWsl = m_roots.environment.contains(QStringLiteral("WSL_DISTRO_NAME"))
        || m_roots.environment.contains(QStringLiteral("WSL_INTEROP"));
    if (kernelSaysMicrosoft || envSaysWsl) {
        info.platform = Platform::Wsl2;
        if (wsl1Kernel && !info.hasDevDxg) {
            info.warnings << DetectText::tr("This looks like WSL 1 (kernel %1, no /dev/dxg): WSL 1 has no GPU access; "
                                            "use WSL 2 or run Ollama on Windows")
                                 .arg(info.kernelRelease);
        } else if (!info.hasDevDxg) {
            info.warnings << DetectText::tr("WSL 2 without /dev/dxg (kernel %1): the Windows GPU driver is not shared "
                                            "with Linux; run 'wsl --update' in Windows and install a current GPU "
                                            "driver there")
                                 .arg(info.kernelRelease.isEmpty() ? QStringLiteral("unknown") : info.kernelRelease);
        }
    }

    if (info.platform == Platform::Linux && info.hasDevKfd && !info.devKfdAccessible)
        info.warnings << DetectText::tr("%1 exists but this user cannot open it for reading and writing: "
                                        "add the user to the 'render' (and 'video') group and log in again")
                             .arg(kfd);
    probeGroups(info);
}

void PlatformProbe::probeGroups(PlatformInfo &info) const
{
    info.userName = m_roots.userName;
#if defined(Q_OS_UNIX)
    if (info.userName.isEmpty()) {
        if (const passwd *pw = ::getpwuid(::getuid()))
            info.userName = QString::fromLocal8Bit(pw->pw_name);
    }
#endif
    if (info.userName.isEmpty())
        info.userName = qEnvironmentVariable("USER");

    // Primary group from passwd, supplementary groups from the member lists in group.
    QString primaryGid;
    QFile passwdFile(m_roots.etcRoot + QStringLiteral("/passwd"));
    QString error;
    if (openRegularFile(passwdFile, &error)) {
        const QList<QByteArray> lines = passwdFile.read(kMaxConfigBytes).split('\n');
        for (const QByteArray &line : lines) {
            const QList<QByteArray> f = line.trimmed().split(':');
            if (f.size() >= 4 && QString::fromUtf8(f.at(0)) == info.userName) {
                primaryGid = QString::fromUtf8(f.at(3).trimmed());
                break; // the first entry wins, as getpwnam() does
            }
        }
    } else {
        info.warnings << DetectText::tr("%1: cannot read the primary group (%2)").arg(passwdFile.fileName(), error);
    }
    QFile groupFile(m_roots.etcRoot + QStringLiteral("/group"));
    if (!openRegularFile(groupFile, &error)) {
        info.warnings << DetectText::tr("%1: cannot read group memberships (%2)").arg(groupFile.fileName(), error);
        return;
    }
    const QList<QByteArray> lines = groupFile.read(kMaxConfigBytes).split('\n');
    for (const QByteArray &line : lines) {
        // name:password:gid:member,member — the member field may be missing when empty.
        const QList<QByteArray> f = line.trimmed().split(':');
        if (f.size() < 3)
            continue;
        const QString name = QString::fromUtf8(f.at(0).trimmed());
        if (name != QLatin1String("render") && name != QLatin1String("video"))
            continue;
        QStringList members;
        if (f.size() >= 4) {
            const QStringList listed = QString::fromUtf8(f.at(3)).split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (const QString &m : listed)
                members << m.trimmed();
        }
        const bool member = (!info.userName.isEmpty() && members.contains(info.userName))
            || (!primaryGid.isEmpty() && QString::fromUtf8(f.at(2).trimmed()) == primaryGid);
        // A name listed twice (local and NIS files merged) counts if either line has the user.
        if (name == QLatin1String("render")) {
            info.renderGroupExists = true;
            info.inRenderGroup = info.inRenderGroup || member;
        } else {
            info.inVideoGroup = info.inVideoGroup || member;
        }
    }
}

} // namespace ogs

#include "linuxinstallmethod.h"

#include "common/coretext.h"

#include <QFile>

namespace ogs {

OsRelease parseOsRelease(const QByteArray &text)
{
    OsRelease os;
    for (const QByteArray &raw : text.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (line.startsWith(QLatin1Char('#')) || eq <= 0)
            continue;
        const QString key = line.left(eq);
        QString value = line.mid(eq + 1);
        if (value.size() >= 2 && (value.front() == QLatin1Char('"') || value.front() == QLatin1Char('\''))
            && value.back() == value.front()) {
            value = value.mid(1, value.size() - 2);
            value.replace(QLatin1String("\\\""), QLatin1String("\""));
            value.replace(QLatin1String("\\\\"), QLatin1String("\\"));
        }
        if (key == QLatin1String("ID"))
            os.id = value.toLower();
        else if (key == QLatin1String("ID_LIKE"))
            os.idLike = value.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        else if (key == QLatin1String("PRETTY_NAME"))
            os.prettyName = value;
    }
    os.found = !os.id.isEmpty();
    return os;
}

OsRelease readOsRelease(const QString &root)
{
    for (const char *path : { "/etc/os-release", "/usr/lib/os-release" }) {
        QFile file((root == QLatin1String("/") ? QString() : root) + QString::fromLatin1(path));
        if (file.open(QIODevice::ReadOnly))
            return parseOsRelease(file.read(64 * 1024));
    }
    return OsRelease {};
}

QStringList allowedLinuxPackages()
{
    return { QStringLiteral("ollama"), QStringLiteral("ollama-vulkan"), QStringLiteral("ollama-rocm"),
        QStringLiteral("ollama-cuda") };
}

LinuxInstallMethod chooseLinuxInstallMethod(
    const OsRelease &os, const std::optional<PathId> &path, const std::optional<OllamaVersion> &pinned)
{
    LinuxInstallMethod m;
    const QString name
        = os.prettyName.isEmpty() ? (os.id.isEmpty() ? InstallText::tr("this system") : os.id) : os.prettyName;
    if (!os.isArchLike()) {
        m.why = InstallText::tr("%1 has no Ollama package; the official install script is used.").arg(name);
        return m;
    }
    if (pinned) {
        m.why
            = InstallText::tr("pacman installs the repository's version, not %1; the official install script is used.")
                  .arg(pinned->toString());
        return m;
    }
    m.kind = LinuxInstallMethod::Kind::Package;
    switch (path.value_or(PathId::Cpu)) {
    case PathId::Vulkan:
        m.package = QStringLiteral("ollama-vulkan");
        break;
    case PathId::Rocm:
    case PathId::RocmOverride:
        m.package = QStringLiteral("ollama-rocm");
        break;
    case PathId::Cuda:
        m.package = QStringLiteral("ollama-cuda");
        break;
    default:
        m.package = QStringLiteral("ollama");
        break;
    }
    m.why = InstallText::tr("%1 packages Ollama; %2 is the package for the %3 path.")
                .arg(name, m.package, path ? pathKey(*path) : QStringLiteral("CPU"));
    return m;
}

} // namespace ogs

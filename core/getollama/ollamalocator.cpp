#include "ollamalocator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ogs {

namespace {

QString underRoot(const QString &root, const QString &path)
{
    if (root.isEmpty() || root == QLatin1String("/"))
        return QDir::cleanPath(path);
    return QDir::cleanPath(root + QLatin1Char('/') + path);
}

bool isProgram(const QString &path, bool windows)
{
    const QFileInfo info(path);
    return info.isFile() && (windows || info.isExecutable());
}

/// Linux: /usr/local/bin/ollama → /usr/local (which holds lib/ollama).
QString installDirOf(const QString &executable)
{
    QFileInfo info(executable);
    const QString canonical = info.canonicalFilePath();
    const QFileInfo real(canonical.isEmpty() ? executable : canonical);
    QDir dir = real.absoluteDir();
    if (dir.dirName() == QLatin1String("bin"))
        dir.cdUp();
    return dir.absolutePath();
}

void locateLinux(const OllamaLocatorInput &in, OllamaLocation &loc)
{
    QStringList candidates;
    QStringList sources;
    const QStringList pathDirs = in.pathEnv.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    for (const QString &dir : pathDirs) {
        candidates << underRoot(in.root, dir + QStringLiteral("/ollama"));
        sources << QStringLiteral("PATH");
    }
    for (const char *dir : { "/usr/local/bin", "/usr/bin" }) {
        candidates << underRoot(in.root, QString::fromLatin1(dir) + QStringLiteral("/ollama"));
        sources << QString::fromLatin1(dir);
    }
    for (const char *dir : { "/etc/systemd/system", "/usr/lib/systemd/system", "/lib/systemd/system" }) {
        const QString unit = underRoot(in.root, QString::fromLatin1(dir) + QStringLiteral("/ollama.service"));
        QFile file(unit);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        loc.systemdUnit = unit;
        loc.systemdExecStart = execStartProgram(file.read(256 * 1024));
        if (!loc.systemdExecStart.isEmpty()) {
            candidates << underRoot(in.root, loc.systemdExecStart);
            sources << QStringLiteral("systemd unit");
        }
        break;
    }
    for (int i = 0; i < candidates.size(); ++i) {
        if (!isProgram(candidates[i], false))
            continue;
        if (loc.executable.isEmpty()) {
            loc.executable = candidates[i];
            loc.foundBy = sources[i];
        } else if (QFileInfo(candidates[i]).canonicalFilePath() != QFileInfo(loc.executable).canonicalFilePath()
            && sources[i] != QLatin1String("systemd unit")) {
            const QString note = QStringLiteral("another ollama is at %1; %2 comes first").arg(candidates[i], loc.executable);
            if (!loc.notes.contains(note))
                loc.notes << note;
        }
    }
    if (!loc.systemdExecStart.isEmpty() && !loc.executable.isEmpty()
        && QFileInfo(underRoot(in.root, loc.systemdExecStart)).canonicalFilePath()
            != QFileInfo(loc.executable).canonicalFilePath())
        loc.notes << QStringLiteral("the ollama service runs %1, not %2").arg(loc.systemdExecStart, loc.executable);
    if (!loc.executable.isEmpty())
        loc.installDir = installDirOf(loc.executable);
}

void locateWindows(const OllamaLocatorInput &in, OllamaLocation &loc)
{
    if (in.registry) {
        const QList<UninstallEntry> entries = in.registry->ollamaEntries();
        for (const UninstallEntry &e : entries) {
            if (!isOllamaUninstallEntry(e))
                continue;
            if (!loc.uninstall)
                loc.uninstall = e;
            const QString exe = QDir::fromNativeSeparators(e.installLocation) + QStringLiteral("/ollama.exe");
            if (!e.installLocation.isEmpty() && isProgram(exe, true) && loc.executable.isEmpty()) {
                loc.executable = QDir::cleanPath(exe);
                loc.installDir = QDir::cleanPath(QDir::fromNativeSeparators(e.installLocation));
                loc.foundBy = QStringLiteral("uninstall registry");
                loc.uninstall = e;
            }
        }
    }
    if (loc.executable.isEmpty() && !in.localAppData.isEmpty()) {
        const QString dir = QDir::fromNativeSeparators(in.localAppData) + QStringLiteral("/Programs/Ollama");
        if (isProgram(dir + QStringLiteral("/ollama.exe"), true)) {
            loc.executable = QDir::cleanPath(dir + QStringLiteral("/ollama.exe"));
            loc.installDir = QDir::cleanPath(dir);
            loc.foundBy = QStringLiteral("%LOCALAPPDATA%");
        }
    }
    if (loc.executable.isEmpty()) {
        const QStringList dirs = in.pathEnv.split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (const QString &d : dirs) {
            const QString exe = QDir::fromNativeSeparators(d) + QStringLiteral("/ollama.exe");
            if (isProgram(exe, true)) {
                loc.executable = QDir::cleanPath(exe);
                loc.installDir = QFileInfo(loc.executable).absolutePath();
                loc.foundBy = QStringLiteral("PATH");
                break;
            }
        }
    }
    if (loc.uninstall && loc.executable.isEmpty())
        loc.notes << QStringLiteral("the uninstall registry lists %1 in \"%2\", but ollama.exe is not there")
                         .arg(loc.uninstall->displayName, loc.uninstall->installLocation);
}

} // namespace

QString execStartProgram(const QByteArray &unitFile)
{
    for (const QByteArray &raw : unitFile.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (!line.startsWith(QLatin1String("ExecStart=")))
            continue;
        QString value = line.mid(10).trimmed();
        while (!value.isEmpty() && QStringLiteral("-@+!:").contains(value.front()))
            value.remove(0, 1);
        const QString program = value.section(QLatin1Char(' '), 0, 0);
        if (program.startsWith(QLatin1Char('/')))
            return program;
    }
    return QString();
}

QString windowsTrayApp(const OllamaLocatorInput &input)
{
    OllamaLocatorInput windows = input;
    windows.platform = Platform::Windows;
    const OllamaLocation loc = locateOllama(windows);
    if (!loc.installDir.isEmpty())
        return loc.installDir + QStringLiteral("/ollama app.exe");
    if (input.localAppData.isEmpty())
        return QString();
    return QDir::cleanPath(QDir::fromNativeSeparators(input.localAppData) + QStringLiteral("/Programs/Ollama/ollama app.exe"));
}

OllamaLocatorInput systemLocatorInput(Platform platform)
{
    static const SystemUninstallRegistry registry;
    OllamaLocatorInput in;
    in.platform = platform;
    in.pathEnv = qEnvironmentVariable("PATH");
    in.localAppData = qEnvironmentVariable("LOCALAPPDATA");
    in.registry = &registry;
    return in;
}

OllamaLocation locateOllama(const OllamaLocatorInput &input)
{
    OllamaLocation loc;
    if (input.platform == Platform::Windows)
        locateWindows(input, loc);
    else
        locateLinux(input, loc);
    return loc;
}

} // namespace ogs

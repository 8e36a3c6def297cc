#include "loglocator.h"

#include "env/processrunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ogs {

QString hostLogOs()
{
#if defined(Q_OS_WIN)
    return QStringLiteral("windows");
#elif defined(Q_OS_MACOS)
    return QStringLiteral("macos");
#else
    // WSL's kernels name Microsoft in /proc/version; WSLInterop is there when Windows programs can run.
    QFile version(QStringLiteral("/proc/version"));
    if ((version.open(QIODevice::ReadOnly) && version.readAll().toLower().contains("microsoft"))
        || QFile::exists(QStringLiteral("/proc/sys/fs/binfmt_misc/WSLInterop")))
        return QStringLiteral("wsl2");
    return QStringLiteral("linux");
#endif
}

LogLocation systemLogLocation(const QString &os, const QString &home)
{
    LogLocation where;
    where.os = os;
    where.localAppData = qEnvironmentVariable("LOCALAPPDATA");
    where.home = home;
    where.fileExists = [](const QString &p) { return QFileInfo(p).isFile(); };
    where.listDirs = [](const QString &root) { return QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot); };
    return where;
}

QList<LogSource> locateOllamaLogs(const LogLocation &where)
{
    QList<LogSource> result;
    auto addFile = [&](const QString &path) {
        if (where.fileExists && where.fileExists(path))
            result.append({ path, {}, {} });
    };
    if (where.os == QLatin1String("windows")) {
        if (where.localAppData.isEmpty())
            return result;
        const QString dir = where.localAppData + QStringLiteral("/Ollama/");
        addFile(dir + QStringLiteral("server.log"));
        for (int i = 1; i <= 5; ++i)
            addFile(dir + QStringLiteral("server-%1.log").arg(i));
        return result;
    }
    if (where.os == QLatin1String("macos")) {
        addFile(where.home + QStringLiteral("/.ollama/logs/server.log"));
        return result;
    }
    result.append({ QString(), QStringLiteral("journalctl"),
        { QStringLiteral("-u"), QStringLiteral("ollama"), QStringLiteral("--no-pager"), QStringLiteral("-n"),
            QStringLiteral("20000") } });
    addFile(where.home + QStringLiteral("/.ollama/logs/server.log"));
    if (where.os == QLatin1String("wsl2") && where.listDirs) {
        for (const QString &user : where.listDirs(where.windowsUsersRoot))
            addFile(
                where.windowsUsersRoot + QLatin1Char('/') + user + QStringLiteral("/AppData/Local/Ollama/server.log"));
    }
    return result;
}

std::optional<QString> readLogSource(const LogSource &s, ProcessRunner *runner, qint64 tailBytes)
{
    if (!s.path.isEmpty()) {
        QFile f(s.path);
        if (!f.open(QIODevice::ReadOnly))
            return std::nullopt;
        if (tailBytes >= 0 && f.size() > tailBytes)
            f.seek(f.size() - tailBytes);
        return QString::fromUtf8(f.readAll());
    }
    if (!runner)
        return std::nullopt;
    const ProcessResult p = runner->run(s.program, s.arguments, 15000);
    if (!p.started || p.exitCode != 0)
        return std::nullopt;
    return QString::fromUtf8(p.standardOutput);
}

QString readFirstLog(const QList<LogSource> &sources, ProcessRunner *runner, QString *source)
{
    for (const LogSource &s : sources) {
        const std::optional<QString> text = readLogSource(s, runner);
        // A command's output counts only when it holds log records (journalctl prints "-- No entries --").
        if (!text || (s.path.isEmpty() && !text->contains(QLatin1String("msg="))))
            continue;
        if (source)
            *source = s.describe();
        return *text;
    }
    return {};
}

} // namespace ogs

#include "loglocator.h"

#include "env/processrunner.h"

#include <QFile>

namespace ogs {

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

QString readFirstLog(const QList<LogSource> &sources, ProcessRunner *runner, QString *source)
{
    for (const LogSource &s : sources) {
        if (!s.path.isEmpty()) {
            QFile f(s.path);
            if (f.open(QIODevice::ReadOnly)) {
                if (source)
                    *source = s.path;
                return QString::fromUtf8(f.readAll());
            }
            continue;
        }
        if (!runner)
            continue;
        const ProcessResult p = runner->run(s.program, s.arguments, 15000);
        const QString text = QString::fromUtf8(p.standardOutput);
        if (p.started && p.exitCode == 0 && text.contains(QLatin1String("msg="))) {
            if (source)
                *source = s.describe();
            return text;
        }
    }
    return {};
}

} // namespace ogs

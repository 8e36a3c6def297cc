#include "versionprobe.h"

#include "common/coretext.h"

#include <QProcess>

namespace ogs {

CommandRunner processCommandRunner(int timeoutMs)
{
    return [timeoutMs](const QString &program, const QStringList &args) -> std::optional<QString> {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, args);
        if (!process.waitForStarted(timeoutMs))
            return std::nullopt;
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished(1000);
            return std::nullopt;
        }
        return QString::fromLocal8Bit(process.readAll());
    };
}

QString versionOriginKey(VersionOrigin origin)
{
    switch (origin) {
    case VersionOrigin::Given:
        return QStringLiteral("given");
    case VersionOrigin::Server:
        return QStringLiteral("server");
    case VersionOrigin::Cli:
        return QStringLiteral("ollama --version");
    case VersionOrigin::Unknown:
        return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

std::optional<OllamaVersion> probeOllamaCli(const CommandRunner &runner, const QString &program)
{
    if (!runner)
        return std::nullopt;
    const std::optional<QString> output = runner(program, { QStringLiteral("--version") });
    if (!output)
        return std::nullopt;
    return parseOllamaVersionOutput(*output);
}

ResolvedVersion resolveOllamaVersion(const std::optional<OllamaVersion> &given, const CommandRunner &runner,
    const OllamaVersion &newest, const ServerVersionProbe &server)
{
    ResolvedVersion r;
    if (given) {
        r.version = *given;
        r.origin = VersionOrigin::Given;
        return r;
    }
    if (server) {
        if (const std::optional<OllamaVersion> running = server()) {
            r.version = *running;
            r.origin = VersionOrigin::Server;
            return r;
        }
    }
    if (const std::optional<OllamaVersion> cli = probeOllamaCli(runner)) {
        r.version = *cli;
        r.origin = VersionOrigin::Cli;
        return r;
    }
    r.version = newest;
    r.origin = VersionOrigin::Unknown;
    r.assumed = true;
    r.note = RecommendText::tr("Ollama's version is unknown (no server answered and `ollama --version` gave none "
                               "here), so this advice assumes the "
                               "newest release known to this program, %1. Pass --ollama-version to be exact.")
                 .arg(newest.toString());
    return r;
}

} // namespace ogs

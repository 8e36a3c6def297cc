#include "ollamacommand.h"

#include "cli/cli.h"
#include "cli/clioutput.h"
#include "detect/platformprobe.h"
#include "getollama/installexecutor.h"
#include "getollama/installpreparer.h"
#include "ollama/ollamaclient.h"
#include "ollamacli.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

#include <csignal>
#include <cstdio>
#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif
#if defined(Q_OS_WIN)
#include <io.h>
#endif

namespace ogs::cli {

namespace {

const QString kCommand = QStringLiteral("ollama");
volatile std::sig_atomic_t g_interrupted = 0;

void onOllamaInterrupt(int)
{
    g_interrupted = 1;
}

bool stdinIsTerminal()
{
#if defined(Q_OS_UNIX)
    return ::isatty(STDIN_FILENO) != 0;
#elif defined(Q_OS_WIN)
    return ::_isatty(::_fileno(stdin)) != 0;
#else
    return false;
#endif
}

bool askYes(const QString &question)
{
    err() << question << " [y/N] ";
    err().flush();
    char buffer[64] = {};
    if (!std::fgets(buffer, static_cast<int>(sizeof buffer), stdin))
        return false;
    const QString answer = QString::fromLocal8Bit(buffer).trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

QString description()
{
    return QStringLiteral(
        "Finds Ollama, says whether the chosen path needs it installed, updated or replaced, and does it.\n\n"
        "  ollama status   where Ollama is, which build (official or ollama-for-amd), its version, whether it runs\n"
        "  ollama plan     what would be done and why, step by step (nothing is changed)\n"
        "  ollama install  install Ollama if it is missing or too old for --path\n"
        "  ollama update   update to the newest release (or --version)\n"
        "  ollama switch   change the build (--build, default official: back from ollama-for-amd)\n\n"
        "Windows: the release's installer is downloaded, checked against its published SHA-256 and run\n"
        "silently. Linux: the distribution's package where there is one (Arch: ollama-vulkan, ollama-rocm,\n"
        "ollama-cuda), else the official install script, shown in full before it runs as root.\n"
        "install, update and switch ask for confirmation, or need --yes without a terminal.");
}

/// Runs an install step with its output shown live (on stderr, so --json stays clean) and the terminal
/// passed through, so pkexec can ask for the password.
class LiveProcessRunner final : public ProcessRunner {
public:
    ProcessResult run(const QString &program, const QStringList &arguments, int timeoutMs) override
    {
        ProcessResult result;
        if (QStandardPaths::findExecutable(program).isEmpty())
            return result;
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.setInputChannelMode(QProcess::ForwardedInputChannel);
        process.start(program, arguments);
        if (!process.waitForStarted(30000))
            return result;
        result.started = true;
        QElapsedTimer clock;
        clock.start();
        while (process.state() != QProcess::NotRunning) {
            process.waitForReadyRead(200);
            const QByteArray chunk = process.readAll();
            if (!chunk.isEmpty()) {
                result.standardOutput += chunk;
                err() << QString::fromLocal8Bit(chunk);
                err().flush();
            }
            if (g_interrupted || clock.elapsed() > timeoutMs) {
                process.kill();
                process.waitForFinished(5000);
                return result;
            }
        }
        const QByteArray rest = process.readAll();
        result.standardOutput += rest;
        err() << QString::fromLocal8Bit(rest);
        err().flush();
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        return result;
    }
};

QString humanProgress(qint64 received, qint64 total)
{
    if (total <= 0)
        return humanBytes(received);
    return QStringLiteral("%1% of %2").arg(received * 100 / total).arg(humanBytes(total));
}

} // namespace

int runOllama(const QStringList &allArgs)
{
    const QString verb = allArgs.value(0);
    const QStringList verbs { QStringLiteral("status"), QStringLiteral("plan"), QStringLiteral("install"),
        QStringLiteral("update"), QStringLiteral("switch") };
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    const QCommandLineOption build(QStringLiteral("build"),
        QStringLiteral("official or ollama-for-amd (default: ollama-for-amd for that path, else official)."),
        QStringLiteral("BUILD"));
    const QCommandLineOption version(QStringLiteral("version"), QStringLiteral("Exactly this Ollama release."),
        QStringLiteral("X.Y.Z"));
    const QCommandLineOption path(QStringLiteral("path"),
        QStringLiteral("The acceleration path it is for (rocm, rocm-override, vulkan, ollama-for-amd, cuda, cpu, remote-host)."),
        QStringLiteral("PATH_ID"));
    const QCommandLineOption yes(QStringLiteral("yes"), QStringLiteral("install/update/switch: do not ask."));
    const QCommandLineOption feed(QStringLiteral("feed"),
        QStringLiteral("The release feed (GitHub releases API JSON; default: the build's latest release on GitHub)."),
        QStringLiteral("URL"));
    const QCommandLineOption scriptUrl(QStringLiteral("script-url"),
        QStringLiteral("The Linux install script (default https://ollama.com/install.sh)."), QStringLiteral("URL"));
    const QCommandLineOption downloadDir(QStringLiteral("download-dir"),
        QStringLiteral("Where downloads go (default: the cache folder)."), QStringLiteral("DIR"));
    const QCommandLineOption root(QStringLiteral("root"),
        QStringLiteral("Linux: look for Ollama and os-release under DIR instead of /."), QStringLiteral("DIR"));
    const QCommandLineOption waitSeconds(QStringLiteral("wait-seconds"),
        QStringLiteral("How long to wait for the server after installing (default 120)."), QStringLiteral("N"));
    const QCommandLineOption host = hostOption();
    parser.addOptions({ json, build, version, path, yes, feed, scriptUrl, downloadDir, root, waitSeconds, host });
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("status, plan, install, update or switch"),
        QStringLiteral("status|plan|install|update|switch"));
    if (!verb.isEmpty() && !verb.startsWith(QLatin1Char('-')) && !verbs.contains(verb)) // before "unexpected argument"
        return usageError(kCommand,
            QStringLiteral("unknown action '%1' (expected status, plan, install, update or switch)").arg(verb));
    if (auto stop = parseCommandLine(parser, kCommand, description(), allArgs.mid(verbs.contains(verb) ? 1 : 0)))
        return *stop;
    if (!verbs.contains(verb))
        return usageError(kCommand,
            verb.isEmpty() ? QStringLiteral("say status, plan, install, update or switch")
                           : QStringLiteral("unknown action '%1' (expected status, plan, install, update or switch)").arg(verb));
    const bool changes = verb != QLatin1String("status") && verb != QLatin1String("plan");
    if (parser.isSet(yes) && !changes)
        return usageError(kCommand, QStringLiteral("--yes only goes with install, update or switch"));

    InstallGoal goal;
    if (parser.isSet(build)) {
        goal.build = buildFromKey(parser.value(build));
        if (!goal.build)
            return usageError(kCommand,
                QStringLiteral("--build must be official or ollama-for-amd, not '%1'").arg(parser.value(build)));
    } else if (verb == QLatin1String("switch")) {
        goal.build = OllamaBuild::Official;
    }
    if (parser.isSet(version)) {
        goal.version = OllamaVersion::parse(parser.value(version));
        if (!goal.version)
            return usageError(kCommand, QStringLiteral("--version must look like 0.12.11, not '%1'").arg(parser.value(version)));
    }
    if (parser.isSet(path)) {
        goal.path = pathFromKey(parser.value(path));
        if (!goal.path)
            return usageError(kCommand, QStringLiteral("unknown --path '%1'").arg(parser.value(path)));
    }
    QUrl feedUrl;
    if (parser.isSet(feed)) {
        feedUrl = QUrl(parser.value(feed), QUrl::StrictMode);
        if (!feedUrl.isValid() || (feedUrl.scheme() != QLatin1String("https") && feedUrl.scheme() != QLatin1String("http")))
            return usageError(kCommand, QStringLiteral("--feed must be an http(s) address, not '%1'").arg(parser.value(feed)));
    }
    QUrl script = officialInstallScriptUrl();
    if (parser.isSet(scriptUrl)) {
        script = QUrl(parser.value(scriptUrl), QUrl::StrictMode);
        if (!script.isValid() || (script.scheme() != QLatin1String("https") && script.scheme() != QLatin1String("http")))
            return usageError(kCommand,
                QStringLiteral("--script-url must be an http(s) address, not '%1'").arg(parser.value(scriptUrl)));
    }
    QString rootDir = QStringLiteral("/");
    if (auto stop = takeDirectoryOption(parser, root, kCommand, &rootDir))
        return *stop;
    int waitMs = 120000;
    if (parser.isSet(waitSeconds)) {
        bool ok = false;
        const int s = parser.value(waitSeconds).toInt(&ok);
        if (!ok || s < 1 || s > 3600)
            return usageError(kCommand, QStringLiteral("--wait-seconds must be 1 to 3600"));
        waitMs = s * 1000;
    }
    QString hostError;
    const auto serverUrl = ollamaUrl(parser, host, qEnvironmentVariable("OLLAMA_HOST"), hostError);
    if (!serverUrl)
        return usageError(kCommand, hostError);

    QNetworkAccessManager nam;
    useSystemProxy(&nam);
    SystemProcessRunner runner;
    const Platform platform = PlatformProbe(PlatformRoots::system()).probe().platform;
    goal.platform = platform;
    goal.toLatest = verb == QLatin1String("update");

    InstallRequest request = systemInstallRequest(platform, *serverUrl);
    request.goal = goal;
    request.locator.root = rootDir;
    request.server = serverVersionProbe(*serverUrl);
    request.feedUrl = feedUrl;
    if (parser.isSet(downloadDir))
        request.plan.downloadDir = QDir(parser.value(downloadDir)).absolutePath();
    request.plan.waitTimeoutMs = waitMs;
    request.plan.os = readOsRelease(rootDir);
    request.plan.scriptUrl = script;

    if (verb == QLatin1String("status")) {
        const OllamaStatus status = probeStatus(request, runner);
        if (parser.isSet(json))
            printJson({ { QStringLiteral("status"), statusToJson(status) } });
        else
            out() << statusToText(status);
        out().flush();
        return ExitOk;
    }

    const PreparedInstall prepared = prepareInstall(request, &nam, runner);
    if (!prepared.plan)
        return failure(kCommand, prepared.error);
    const OllamaStatus &status = prepared.status;
    const InstallDecision &decision = prepared.decision;
    const auto &plan = prepared.plan;
    const DownloadOptions &download = request.download;

    QJsonObject result { { QStringLiteral("status"), statusToJson(status) }, { QStringLiteral("plan"), installPlanToJson(*plan) } };
    const bool asJson = parser.isSet(json);
    if (!asJson) {
        out() << statusToText(status) << "\n" << installPlanToText(*plan);
        out().flush();
    }
    if (decision.action == InstallAction::Refuse) {
        if (asJson)
            printJson(result);
        return failure(kCommand, decision.reason);
    }
    if (!changes || !plan->hasSteps()) {
        if (asJson)
            printJson(result);
        return ExitOk;
    }
    if (!parser.isSet(yes)) {
        if (!stdinIsTerminal() || asJson)
            return usageError(kCommand, QStringLiteral("refusing to %1 without --yes: nobody can confirm (no terminal). "
                                                       "Review with `ollama plan`, then add --yes")
                                            .arg(verb));
        if (!askYes(QStringLiteral("\nDo this?")))
            return failure(kCommand, QStringLiteral("not confirmed; nothing was changed"));
    }

    LiveProcessRunner live;
    ExecutorContext ctx;
    ctx.runner = &live;
    ctx.nam = &nam;
    ctx.download = download;
    const bool confirmed = parser.isSet(yes);
    ctx.show = [&](const InstallStep &step, const QByteArray &text, const QString &sha) {
        QTextStream &s = asJson ? err() : out();
        s << "\n----- " << step.path << " (SHA-256 " << sha << ") -----\n"
          << QString::fromUtf8(text) << (text.endsWith('\n') ? "" : "\n") << "----- end of " << step.path << " -----\n";
        s.flush();
        return confirmed || askYes(QStringLiteral("Run this script as root?"));
    };
    ctx.clearEnv = [&](const QString &key, QString *why) {
        QString output;
        const bool cleared = clearEnvThroughCli(runner, QCoreApplication::applicationFilePath(), key, why, &output);
        err() << output;
        err().flush();
        return cleared;
    };
    InstallExecutor executor(*plan, ctx);
    QObject::connect(&executor, &InstallExecutor::stepStarted, &executor, [&](int index, const QString &what) {
        err() << "[" << index + 1 << "/" << plan->steps.size() << "] " << what << "\n";
        err().flush();
    });
    int lastPercent = -1;
    QObject::connect(&executor, &InstallExecutor::progress, &executor, [&](qint64 received, qint64 total) {
        const int percent = total > 0 ? int(received * 100 / total) : -1;
        if (percent == lastPercent && total > 0)
            return;
        lastPercent = percent;
        err() << "\r  " << humanProgress(received, total) << "   ";
        if (total > 0 && received >= total)
            err() << "\n";
        err().flush();
    });
    QTimer interruptPoll;
    interruptPoll.setInterval(100);
    QObject::connect(&interruptPoll, &QTimer::timeout, &executor, [&] {
        if (g_interrupted)
            executor.cancel();
    });
    std::signal(SIGINT, onOllamaInterrupt);
    std::signal(SIGTERM, onOllamaInterrupt);
    interruptPoll.start();
    executor.start();
    const bool ok = executor.wait();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);

    result.insert(QStringLiteral("executed"), ok);
    result.insert(QStringLiteral("steps_done"), executor.stepsDone());
    result.insert(QStringLiteral("error"), ok ? QJsonValue() : QJsonValue(executor.error()));
    if (asJson)
        printJson(result);
    if (!ok && executor.wasCancelled())
        return failure(kCommand, QStringLiteral("cancelled after %1 of %2 steps; a partial download was removed")
                                     .arg(executor.stepsDone())
                                     .arg(plan->steps.size()));
    if (!ok)
        return failure(kCommand, executor.error());
    if (!asJson) {
        out() << "Done: " << decision.reason << "\n";
        out().flush();
    }
    return ExitOk;
}

} // namespace ogs::cli

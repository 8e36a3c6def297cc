#include "diagnosecommand.h"

#include "cli/cli.h"
#include "cli/clioutput.h"
#include "diagnose/findings.h"
#include "diagnose/loglocator.h"
#include "env/processrunner.h"
#include "ollama/ollamatypes.h"
#include "ollama/psformat.h"
#include "ollamacli.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <cstdio>

namespace ogs::cli {

namespace {

QJsonObject deviceJson(const InferenceDevice &d)
{
    auto bytes = [](const std::optional<qint64> &v) { return v ? QJsonValue(static_cast<double>(*v)) : QJsonValue(); };
    return { { QStringLiteral("id"), d.id }, { QStringLiteral("library"), d.library },
        { QStringLiteral("name"), d.name }, { QStringLiteral("description"), d.description },
        { QStringLiteral("compute"), d.compute }, { QStringLiteral("gfx_target"), d.gfxTarget() },
        { QStringLiteral("pci_id"), d.pciId }, { QStringLiteral("type"), d.type },
        { QStringLiteral("total_bytes"), bytes(d.totalBytes) },
        { QStringLiteral("available_bytes"), bytes(d.availableBytes) } };
}

void printText(
    const ParsedLog &log, const QList<Finding> &findings, const QString &logSource, const QString &serverLine)
{
    out() << "Ollama: " << serverLine << "\n";
    out() << "Log: "
          << (logSource.isEmpty() ? QStringLiteral("none found (pass --log FILE, or --log - to read stdin)")
                                  : logSource)
          << (log.runCount > 1 ? QStringLiteral(" (Ollama started %1 times in it; the newest start that reached GPU "
                                                "discovery, #%2, is diagnosed)")
                                     .arg(log.runCount)
                                     .arg(log.runIndex + 1)
                               : QString())
          << "\n";
    if (!log.ollamaVersion.isEmpty())
        out() << "Version in log: " << log.ollamaVersion << "\n";
    out() << "\nDevices Ollama reported:\n";
    if (log.gpus.isEmpty() && !log.cpuDevice && log.vulkanDevices.isEmpty())
        out() << "  (no \"inference compute\" line in the log)\n";
    for (const InferenceDevice &d : log.gpus)
        out() << "  " << d.library << "  " << (d.description.isEmpty() ? d.name : d.description)
              << (d.compute.isEmpty() ? QString() : QStringLiteral("  ") + d.compute) << "  " << d.total << " total, "
              << d.available << " available" << (d.type.isEmpty() ? QString() : QStringLiteral("  ") + d.type) << "\n";
    for (const VulkanDevice &v : log.vulkanDevices)
        out() << "  Vulkan  " << v.name << (v.uma ? "  (shares system memory)" : "") << "\n";
    if (log.cpuDevice)
        out() << "  cpu  " << log.cpuDevice->total << " total"
              << (log.gpus.isEmpty() ? "  <- Ollama runs on the CPU only" : "") << "\n";
    if (log.offloadedLayers)
        out() << "  offloaded " << log.offloadedLayers->first << "/" << log.offloadedLayers->second
              << " layers to the GPU\n";
    if (log.hasServerConfig) {
        QStringList set;
        for (auto it = log.serverConfig.begin(); it != log.serverConfig.end(); ++it) {
            if (!it.value().isEmpty() && it.value() != QLatin1String("[]") && it.value() != QLatin1String("false"))
                set << it.key() + QLatin1Char('=') + it.value();
        }
        out() << "\nServer config (variables set): "
              << (set.isEmpty() ? QStringLiteral("none") : set.join(QStringLiteral(", "))) << "\n";
    }
    out() << "\nFindings:\n";
    if (findings.isEmpty())
        out() << "  No problem found.\n";
    for (const Finding &f : findings) {
        out() << "  [" << severityKey(f.severity) << "] " << f.id << "\n"
              << "    evidence: " << f.evidence << "\n"
              << "    cause:    " << f.cause << "\n"
              << "    fix:      " << f.fix << "\n";
    }
    out().flush();
}

} // namespace

int runDiagnose(const QStringList &args)
{
    const QString cmd = QStringLiteral("diagnose");
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    const QCommandLineOption logOpt(QStringLiteral("log"),
        QStringLiteral("Read this server log ('-' = stdin) instead of finding it."), QStringLiteral("FILE"));
    const QCommandLineOption host = hostOption();
    const QCommandLineOption osOpt(QStringLiteral("os"),
        QStringLiteral("Platform the log comes from: linux, windows, wsl2, macos (default: from the log)."),
        QStringLiteral("OS"));
    const QCommandLineOption expectOpt(QStringLiteral("expect-setting"),
        QStringLiteral("A variable that should be in the server's environment (KEY=VALUE); repeatable."),
        QStringLiteral("KEY=VALUE"));
    const QCommandLineOption backendOpt(
        QStringLiteral("backend"), QStringLiteral("The backend you chose: rocm or vulkan."), QStringLiteral("NAME"));
    parser.addOptions({ json, logOpt, host, osOpt, expectOpt, backendOpt });
    if (auto stop = parseCommandLine(
            parser, cmd, QStringLiteral("Reads Ollama's server log and explains why the GPU is or is not used."), args))
        return *stop;

    DiagnoseContext ctx;
    if (parser.isSet(osOpt)) {
        ctx.os = parser.value(osOpt).toLower();
        if (!QStringList {
                QStringLiteral("linux"), QStringLiteral("windows"), QStringLiteral("wsl2"), QStringLiteral("macos") }
                 .contains(ctx.os))
            return usageError(
                cmd, QStringLiteral("--os: '%1' is not one of linux, windows, wsl2, macos").arg(parser.value(osOpt)));
    }
    for (const QString &kv : parser.values(expectOpt)) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return usageError(cmd, QStringLiteral("--expect-setting: '%1' is not KEY=VALUE").arg(kv));
        ctx.appliedSettings.insert(kv.left(eq), kv.mid(eq + 1));
    }
    if (parser.isSet(backendOpt)) {
        ctx.plannedBackend = parser.value(backendOpt).toLower();
        if (ctx.plannedBackend != QLatin1String("rocm") && ctx.plannedBackend != QLatin1String("vulkan"))
            return usageError(
                cmd, QStringLiteral("--backend: '%1' is not rocm or vulkan").arg(parser.value(backendOpt)));
    }
    QString urlError;
    const auto url = ollamaUrl(parser, host, qEnvironmentVariable("OLLAMA_HOST"), urlError);
    if (!url)
        return usageError(cmd, urlError);

    // 1. The log.
    QString text;
    QString logSource;
    if (parser.isSet(logOpt)) {
        const QString path = parser.value(logOpt);
        if (path == QLatin1String("-")) {
            QFile in;
            if (!in.open(stdin, QIODevice::ReadOnly))
                return failure(cmd, QStringLiteral("cannot read standard input"));
            text = QString::fromUtf8(in.readAll());
            logSource = QStringLiteral("standard input");
        } else {
            QFile f(path);
            if (!QFileInfo(path).isFile())
                return usageError(cmd, notAFileReason(QStringLiteral("log"), path));
            if (!f.open(QIODevice::ReadOnly))
                return failure(cmd, QStringLiteral("cannot read '%1': %2").arg(path, f.errorString()));
            text = QString::fromUtf8(f.readAll());
            logSource = QDir::toNativeSeparators(path);
        }
    } else {
        const LogLocation where = systemLogLocation(ctx.os.isEmpty() ? hostLogOs() : ctx.os, QDir::homePath());
        SystemProcessRunner runner;
        text = readFirstLog(locateOllamaLogs(where), &runner, &logSource);
    }
    // A journal or server.log holds every restart; a run's facts are history once Ollama restarted.
    const ParsedLog log = parseOllamaLog(text, LogScope::LastRun);

    // 2. The server, unless only a log file was asked about.
    const bool askServer = !parser.isSet(logOpt) || parser.isSet(host);
    QString serverLine = QStringLiteral("not contacted (--log without --host)");
    QJsonObject ollama { { QStringLiteral("url"), url->toString() }, { QStringLiteral("contacted"), askServer } };
    QString serverError;
    QJsonArray loaded;
    if (askServer) {
        OllamaClient client(commandClientOptions(*url));
        OllamaCall *version = client.version();
        if (version->wait()) {
            const QString v = parseVersion(version->result());
            ollama.insert(QStringLiteral("reachable"), true);
            ollama.insert(QStringLiteral("version"), v);
            serverLine = QStringLiteral("running at %1, version %2").arg(url->toString(), v);
            OllamaCall *ps = client.ps();
            if (ps->wait()) {
                for (const RunningModel &m : parseRunningModels(ps->result())) {
                    ctx.runningModels.append({ m.name, m.sizeBytes, m.sizeVramBytes });
                    loaded.append(QJsonObject { { QStringLiteral("name"), m.name },
                        { QStringLiteral("processor"), formatProcessor(m.sizeBytes, m.sizeVramBytes) } });
                    serverLine
                        += QStringLiteral("; %1 loaded: %2").arg(m.name, formatProcessor(m.sizeBytes, m.sizeVramBytes));
                }
            }
        } else {
            serverError = version->error().message;
            ollama.insert(QStringLiteral("reachable"), false);
            ollama.insert(QStringLiteral("error"), serverError);
            serverLine = QStringLiteral("NOT reachable: ") + serverError;
        }
    }
    ollama.insert(QStringLiteral("loaded_models"), loaded);

    QList<Finding> findings = diagnose(log, ctx);
    if (logSource.isEmpty())
        findings.append(
            { QStringLiteral("log-not-found"), Severity::Warning, QStringLiteral("(no Ollama server log found)"),
                QStringLiteral("Without the server log the GPU discovery cannot be checked."),
                QStringLiteral("Pass the log with --log FILE (Windows: %LOCALAPPDATA%\\Ollama\\server.log; macOS: "
                               "~/.ollama/logs/server.log; Linux: journalctl -u ollama --no-pager > ollama.log).") });
    if (!serverError.isEmpty())
        findings.prepend({ QStringLiteral("ollama-not-running"), Severity::Error, serverError,
            QStringLiteral("Nothing answers at %1.").arg(url->toString()),
            QStringLiteral("Start Ollama (%1), or point --host / OLLAMA_HOST at it.").arg(defaultStartOllamaHint()) });

    if (parser.isSet(json)) {
        QJsonArray devices;
        for (const InferenceDevice &d : log.gpus)
            devices.append(deviceJson(d));
        if (log.cpuDevice)
            devices.append(deviceJson(*log.cpuDevice));
        QJsonObject config;
        for (auto it = log.serverConfig.begin(); it != log.serverConfig.end(); ++it)
            config.insert(it.key(), it.value());
        QJsonArray f;
        for (const Finding &x : std::as_const(findings))
            f.append(findingToJson(x));
        printJson({ { QStringLiteral("ollama"), ollama },
            { QStringLiteral("log"),
                QJsonObject { { QStringLiteral("source"), logSource },
                    { QStringLiteral("os"), ctx.os.isEmpty() ? log.os : ctx.os },
                    { QStringLiteral("runs"), log.runCount }, { QStringLiteral("run_used"), log.runIndex + 1 } } },
            { QStringLiteral("devices"), devices }, { QStringLiteral("config"), config },
            { QStringLiteral("findings"), f }, { QStringLiteral("facts"), log.toFactsJson() } });
    } else {
        printText(log, findings, logSource, serverLine);
    }
    if (!serverError.isEmpty())
        return failure(cmd, serverError);
    if (logSource.isEmpty() && !askServer)
        return failure(cmd, QStringLiteral("no log to read"));
    return ExitOk;
}

} // namespace ogs::cli

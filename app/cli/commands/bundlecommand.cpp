#include "bundlecommand.h"

#include "envcommand.h"

#include "cli/cli.h"
#include "cli/clioutput.h"
#include "common/jsonobject.h"
#include "detect/detectoptions.h"
#include "diagnose/logexcerpt.h"
#include "env/envregistry.h"
#include "env/envstatus.h"
#include "env/processrunner.h"
#include "env/targetdecision.h"
#include "report/diagnosticbundle.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcessEnvironment>

namespace ogs::cli {

namespace {

const QString kCommand = QStringLiteral("bundle");

/// What `env status` reports for the default target (its journal included).
EnvStatus envStatus(const EnvRoots &roots, const QString &stateDir, const QString &logFile, bool wsl,
    ProcessRunner *runner, EnvRegistry *registry)
{
    TargetProbeInput probe;
#if defined(Q_OS_WIN)
    probe.windows = true;
#endif
    probe.roots = roots;
    probe.shell = QProcessEnvironment::systemEnvironment().value(QStringLiteral("SHELL"));
    probe.runner = runner;
    probe.wsl = wsl;
    EnvStatusInput input;
    input.roots = roots;
    input.decision = decideDefaultTarget(probe);
    input.targets = { input.decision.target };
    input.registry = registry;
    input.runner = runner;
    input.logFile = logFile;
    input.stateDir = stateDir;
    return collectEnvStatus(input);
}

} // namespace

int runBundle(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption outputOpt(QStringLiteral("output"),
        QStringLiteral("The zip file to write (default: ollama-gpu-setup-bundle-YYYYMMDD-HHMM.zip here)."),
        QStringLiteral("FILE"));
    const QCommandLineOption json(
        QStringLiteral("json"), QStringLiteral("Print where it was written and its files as JSON."));
    const QCommandLineOption logOpt(QStringLiteral("log"),
        QStringLiteral("Quote this server log instead of finding Ollama's (journalctl, ~/.ollama/logs/server.log, …)."),
        QStringLiteral("FILE"));
    const QCommandLineOption benchOpt(QStringLiteral("bench"),
        QStringLiteral("Include a test prompt's result (the JSON `bench --json` or `bench --save PREFIX` wrote)."),
        QStringLiteral("FILE"));
    const QCommandLineOption homeOpt(QStringLiteral("home"),
        QStringLiteral("Use DIR as the home directory (shell rc files, the journal, ~/.ollama)."),
        QStringLiteral("DIR"));
    const QCommandLineOption stateOpt(QStringLiteral("state-dir"),
        QStringLiteral("The env journal's folder (default ~/.local/state/ollama-gpu-setup)."), QStringLiteral("DIR"));
    const QCommandLineOption sysfsOpt(
        QStringLiteral("sysfs-root"), QStringLiteral("Detect GPUs under DIR instead of /sys."), QStringLiteral("DIR"));
    parser.addOptions({ outputOpt, json, logOpt, benchOpt, homeOpt, stateOpt, sysfsOpt });
    if (auto stop = parseCommandLine(parser, kCommand,
            QStringLiteral(
                "Writes a diagnostic bundle for a bug report: one zip file with the report, detection, "
                "recommendation,\nwhat was applied, a test prompt's result, the diagnosis and Ollama's log "
                "lines. Nothing else of this\ncomputer: of the environment only OLLAMA_* and the GPU variables."),
            args))
        return *stop;

    // Every argument is checked before anything is collected.
    const QDateTime now = QDateTime::currentDateTime();
    const QString given = parser.isSet(outputOpt) ? parser.value(outputOpt) : defaultBundleName(now);
    const QString path = QFileInfo(given).absoluteFilePath();
    if (given.isEmpty() || QFileInfo(path).isDir())
        return usageError(kCommand,
            QStringLiteral("--output: '%1' is a folder; give a file name such as %2")
                .arg(given, defaultBundleName(now)));
    if (!QFileInfo(QFileInfo(path).absolutePath()).isDir())
        return usageError(kCommand,
            QStringLiteral("--output: cannot write '%1': the folder %2 does not exist")
                .arg(given, QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
    const QString logFile = parser.value(logOpt);
    if (parser.isSet(logOpt) && !QFileInfo(logFile).isFile())
        return usageError(kCommand, notAFileReason(QStringLiteral("log"), logFile));
    QJsonObject bench;
    if (parser.isSet(benchOpt)) {
        QFile f(parser.value(benchOpt));
        if (!QFileInfo(f.fileName()).isFile() || !f.open(QIODevice::ReadOnly))
            return usageError(kCommand, QStringLiteral("--bench: cannot read '%1'").arg(f.fileName()));
        QString error;
        const std::optional<QJsonObject> o = parseJsonObject(f.readAll(), &error);
        if (!o)
            return usageError(kCommand, QStringLiteral("--bench: '%1' is %2").arg(f.fileName(), error));
        bench = *o;
    }
    EnvRoots roots;
    roots.home = QDir::homePath();
    if (auto stop = takeDirectoryOption(parser, homeOpt, kCommand, &roots.home))
        return *stop;
    QString stateDir = envStateDir(roots.home, parser.isSet(homeOpt));
    if (parser.isSet(stateOpt))
        stateDir = QFileInfo(parser.value(stateOpt)).absoluteFilePath();
    MachineAdviceOptions options = MachineAdviceOptions::system();
    if (auto stop = takeDirectoryOption(parser, sysfsOpt, kCommand, &options.detect.sysfsRoot))
        return *stop;

    // Collect what the wizard's summary page has, the same way.
    SystemProcessRunner systemRunner;
    ProcessRunner *runner = parser.isSet(logOpt) ? nullptr : &systemRunner; // an explicit log: ask no journal
    DiagnosticInput in;
    in.created = now;
    in.collectedBy = QStringLiteral("ollama-gpu-setup bundle");
    in.detection = makeDetector(options.detect).run();
    options.gpuGiven = true;
    options.gpu = pickPrimaryGpu(in.detection.gpus);
    in.advice = adviseMachine(options);
    const std::unique_ptr<EnvRegistry> registry = makeSystemRegistry();
    const EnvStatus status
        = envStatus(roots, stateDir, logFile, in.advice.input.platform == Platform::Wsl2, runner, registry.get());
    in.journal = status.history;
    in.envStatus = envStatusToJson(status);
    in.bench = bench;
    const LogLocation where = systemLogLocation(platformKey(in.advice.input.platform), roots.home);
    in.log = readLogExcerpt(
        logFile.isEmpty() ? locateOllamaLogs(where) : QList<LogSource> { LogSource { logFile, {}, {} } }, runner);
    DiagnoseContext context;
    context.os = where.os;
    in.findings = diagnoseExcerpt(*in.log, context); // the excerpt keeps every line the diagnosis reads
    in.environment = reportEnvironment(QProcessEnvironment::systemEnvironment());

    const QList<ZipEntry> entries = diagnosticBundle(in);
    QString error;
    if (!writeZip(path, entries, in.created, &error))
        return failure(kCommand, error);
    const qint64 size = QFileInfo(path).size();
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const ZipEntry &e : entries)
            list.append(QJsonObject { { QStringLiteral("name"), e.name }, { QStringLiteral("bytes"), e.data.size() } });
        printJson({ { QStringLiteral("path"), QDir::toNativeSeparators(path) }, { QStringLiteral("bytes"), size },
            { QStringLiteral("entries"), list }, { QStringLiteral("log_source"), in.log->source } });
    } else {
        QStringList names;
        for (const ZipEntry &e : entries)
            names << e.name;
        out() << "Wrote " << QDir::toNativeSeparators(path) << " (" << humanBytes(size)
              << "): " << names.join(QStringLiteral(", ")) << "\n"
              << "Ollama's log: "
              << (in.log->source.isEmpty() ? QStringLiteral("none found (pass --log FILE)") : in.log->source)
              << "\nAttach it to your bug report.\n";
        out().flush();
    }
    return ExitOk;
}

} // namespace ogs::cli

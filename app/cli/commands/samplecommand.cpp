#include "samplecommand.h"

#include "cli/cli.h"
#include "cli/clioutput.h"
#include "cli/commands/ollamacli.h"
#include "telemetry/ollamaactivityprobe.h"
#include "telemetry/stuckgpuwatchdog.h"
#include "telemetry/compositetelemetry.h"
#include "telemetry/processgpuscanner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <csignal>

namespace ogs::cli {

namespace {

volatile std::sig_atomic_t g_interrupted = 0;
void onInterrupt(int)
{
    g_interrupted = 1;
}

QString formatValue(const std::optional<double> &v, const char *unit, int precision = 0)
{
    return v ? QString::number(*v, 'f', precision) + QString::fromUtf8(unit) : QStringLiteral("?");
}

QString humanLine(qint64 t, const GpuSample &s)
{
    const auto gib = [](const std::optional<qint64> &b) {
        return b ? QString::number(static_cast<double>(*b) / (1024.0 * 1024 * 1024), 'f', 1) : QStringLiteral("?");
    };
    return QStringLiteral("%1s  %2  busy %3%4  VRAM %5/%6 GiB  GTT %7 GiB  clock %8  power %9  temp %10")
        .arg(static_cast<double>(t) / 1000.0, 6, 'f', 1)
        .arg(s.name, formatValue(s.utilPercent, " %"), s.utilReliable ? QString() : QStringLiteral(" (unreliable)"),
             gib(s.vramUsedBytes), gib(s.vramTotalBytes), gib(s.gttUsedBytes),
             s.sclkMhz ? QStringLiteral("%1 MHz").arg(*s.sclkMhz) : QStringLiteral("?"), formatValue(s.powerW, " W", 1))
        .arg(formatValue(s.tempC, " °C"));
}

struct SampleOptions {
    QString sysfsRoot = QStringLiteral("/sys");
    QString procRoot = QStringLiteral("/proc");
    QString nvmlLibrary;
    QString nvidiaSmi;
    std::optional<qint64> count;
    int intervalMs = 1000;
    bool watchdog = false;
    bool processes = false;
    bool json = false;
    WatchdogConfig watchdogConfig;
    std::optional<QUrl> ollamaUrl; ///< --host: ask /api/ps whether a model is loaded
};

/// Runs the sampling loop on the event loop until --count rounds or Ctrl-C.
int sampleLoop(const SampleOptions &o)
{
    TelemetryOptions options;
    options.sysfsRoot = o.sysfsRoot;
    options.nvmlLibrary = o.nvmlLibrary;
    options.nvidiaSmi = o.nvidiaSmi;
    options.intervalMs = o.intervalMs;
    const TelemetrySetup setup = makeTelemetrySource(options);
    GpuTelemetrySource &telemetry = *setup.source;
    for (const QString &w : setup.warnings)
        err() << "warning: " << w << Qt::endl;
    if (setup.gpuCount == 0 && !setup.gpusPending)
        err() << "ollama-gpu-setup sample: no GPU to sample (" << setup.notes.join(QStringLiteral("; ")) << ")"
              << Qt::endl;
    StuckGpuWatchdog watchdog(o.watchdogConfig);
    std::unique_ptr<OllamaActivityProbe> activityProbe;
    if (o.watchdog && o.ollamaUrl)
        activityProbe = std::make_unique<OllamaActivityProbe>(*o.ollamaUrl);
    ProcessGpuScanner scanner(o.procRoot);
    const bool haveProc = QFileInfo(o.procRoot).isDir();
    QElapsedTimer clock;
    clock.start();
    qint64 rounds = 0;

    QTimer timer;
    timer.setInterval(o.intervalMs);
    const auto tick = [&] {
        if (g_interrupted || (o.count && rounds >= *o.count)) {
            QCoreApplication::quit();
            return;
        }
        const qint64 t = clock.elapsed();
        const QList<GpuSample> gpus = telemetry.sample();
        const QList<ProcessGpuUsage> procs = (o.watchdog || o.processes) && haveProc ? scanner.scan(t) : QList<ProcessGpuUsage>();
        QList<StuckGpuAlert> alerts;
        if (o.watchdog) {
            OllamaActivity activity;
            if (haveProc)
                activity.runnerAlive = findOllamaProcesses(o.procRoot).runnerAlive;
            if (activityProbe) {
                activity.modelLoaded = activityProbe->modelLoaded(); // the answer to the previous poll
                activityProbe->poll();
            }
            alerts = watchdog.observe(t, gpus, activity, procs);
        }
        for (const QString &w : telemetry.takeWarnings())
            err() << "warning: " << w << Qt::endl;
        if (o.json) {
            QJsonArray gpuArray, alertArray;
            for (const GpuSample &s : gpus) {
                QJsonObject obj = sampleToJson(s);
                if (o.processes) {
                    QJsonArray list;
                    for (const ProcessGpuUsage &p : procs) {
                        if (p.pciAddress == s.id)
                            list.append(QJsonObject{{QStringLiteral("pid"), p.pid}, {QStringLiteral("command"), p.command},
                                                    {QStringLiteral("vram_bytes"), p.vramBytes},
                                                    {QStringLiteral("engine_percent"), p.enginePercent ? QJsonValue(*p.enginePercent) : QJsonValue()}});
                    }
                    obj.insert(QStringLiteral("processes"), list);
                }
                gpuArray.append(obj);
            }
            for (const StuckGpuAlert &a : alerts)
                alertArray.append(a.toJson());
            out() << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("t"), t}, {QStringLiteral("gpus"), gpuArray},
                                                                 {QStringLiteral("alerts"), alertArray}})
                                           .toJson(QJsonDocument::Compact))
                  << "\n";
        } else {
            for (const GpuSample &s : gpus)
                out() << humanLine(t, s) << "\n";
            for (const StuckGpuAlert &a : alerts)
                out() << "ALERT: " << a.gpuName << " is stuck busy (" << a.evidence.join(QStringLiteral("; "))
                      << "). Fix: " << a.fixes.first() << "\n";
        }
        out().flush();
        ++rounds;
        if (o.count && rounds >= *o.count)
            QCoreApplication::quit();
    };
    QObject::connect(&timer, &QTimer::timeout, &timer, tick);
    // Ctrl-C is noticed within 100 ms even with long intervals.
    QTimer interruptPoll;
    interruptPoll.setInterval(100);
    QObject::connect(&interruptPoll, &QTimer::timeout, &interruptPoll, [] {
        if (g_interrupted)
            QCoreApplication::quit();
    });
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    QTimer::singleShot(0, &timer, tick);
    timer.start();
    interruptPoll.start();
    QCoreApplication::exec();
    return ExitOk;
}

} // namespace

int runSample(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("One JSON object per line per sample."));
    const QCommandLineOption sysfs(QStringLiteral("sysfs-root"), QStringLiteral("Read DIR instead of /sys."), QStringLiteral("DIR"));
    const QCommandLineOption proc(QStringLiteral("proc-root"), QStringLiteral("Read DIR instead of /proc."), QStringLiteral("DIR"));
    const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("Stop after N samples (default: until Ctrl-C)."), QStringLiteral("N"));
    const QCommandLineOption interval(QStringLiteral("interval-ms"), QStringLiteral("Milliseconds between samples (default 1000, minimum 100)."), QStringLiteral("MS"));
    const QCommandLineOption watchdog(QStringLiteral("watchdog"), QStringLiteral("Alert when a GPU stays busy after Ollama unloaded its model."));
    const QCommandLineOption stuckAfter(QStringLiteral("stuck-after"), QStringLiteral("Seconds of busy-while-idle before alerting (default 30)."), QStringLiteral("SECONDS"));
    const QCommandLineOption processes(QStringLiteral("processes"), QStringLiteral("List the processes using each GPU (from /proc/*/fdinfo)."));
    const QCommandLineOption nvml(QStringLiteral("nvml-library"), QStringLiteral("Load NVML from FILE instead of the driver's libnvidia-ml.so.1 / nvml.dll."), QStringLiteral("FILE"));
    const QCommandLineOption smi(QStringLiteral("nvidia-smi"), QStringLiteral("Run FILE as nvidia-smi when NVML cannot be loaded (default: nvidia-smi on PATH)."), QStringLiteral("FILE"));
    const QCommandLineOption host = hostOption();
    parser.addOptions({json, sysfs, proc, count, interval, watchdog, stuckAfter, processes, nvml, smi, host});
    const QString name = QStringLiteral("sample");
    if (auto stop = parseCommandLine(parser, name, QStringLiteral("Samples GPU utilisation, memory, clock, power and temperature."), args))
        return *stop;

    SampleOptions o;
    o.json = parser.isSet(json);
    o.watchdog = parser.isSet(watchdog);
    o.processes = parser.isSet(processes);
    o.nvmlLibrary = parser.value(nvml);
    o.nvidiaSmi = parser.value(smi);
    for (const auto &[option, target] : {std::pair{&sysfs, &o.sysfsRoot}, std::pair{&proc, &o.procRoot}}) {
        if (auto stop = takeDirectoryOption(parser, *option, name, target))
            return *stop;
    }
    if (parser.isSet(host)) {
        if (!o.watchdog)
            return usageError(name, QStringLiteral("--host needs --watchdog (it tells the watchdog whether a model is loaded)"));
        QString error;
        o.ollamaUrl = ollamaUrl(parser, host, qEnvironmentVariable("OLLAMA_HOST"), error);
        if (!o.ollamaUrl)
            return usageError(name, error);
    }
    bool ok = true;
    if (parser.isSet(count)) {
        const qint64 n = parser.value(count).toLongLong(&ok);
        if (!ok || n < 1)
            return usageError(name, QStringLiteral("--count: '%1' is not a positive whole number").arg(parser.value(count)));
        o.count = n;
    }
    if (parser.isSet(interval)) {
        o.intervalMs = parser.value(interval).toInt(&ok);
        if (!ok || o.intervalMs < 100)
            return usageError(name, QStringLiteral("--interval-ms: '%1' must be a whole number of at least 100").arg(parser.value(interval)));
    }
    if (parser.isSet(stuckAfter)) {
        const double s = parser.value(stuckAfter).toDouble(&ok);
        if (!ok || s < 0 || s > 86400)
            return usageError(name, QStringLiteral("--stuck-after: '%1' is not a number of seconds").arg(parser.value(stuckAfter)));
        o.watchdogConfig.stuckAfterMs = static_cast<qint64>(s * 1000);
        if (!o.watchdog)
            return usageError(name, QStringLiteral("--stuck-after needs --watchdog"));
    }
    return sampleLoop(o);
}

} // namespace ogs::cli

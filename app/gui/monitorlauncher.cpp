#include "monitorlauncher.h"

#include "cli/cli.h"
#include "cli/clioutput.h"
#include "gui/guilauncher.h"
#include "monitor/monitorwindow.h"
#include "telemetry/compositetelemetry.h"
#include "telemetry/telemetryworker.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QThread>

namespace ogs::app {

namespace {

struct MonitorParser {
    QCommandLineParser parser;
    const QCommandLineOption sysfs{QStringLiteral("sysfs-root"), QStringLiteral("Read DIR instead of /sys."), QStringLiteral("DIR")};
    const QCommandLineOption proc{QStringLiteral("proc-root"), QStringLiteral("Read DIR instead of /proc."), QStringLiteral("DIR")};
    const QCommandLineOption interval{QStringLiteral("interval-ms"), QStringLiteral("Milliseconds between samples (default 1000, minimum 100)."), QStringLiteral("MS")};
    const QCommandLineOption stuckAfter{QStringLiteral("stuck-after"), QStringLiteral("Seconds busy while Ollama is idle before the stuck alert (default 30)."), QStringLiteral("SECONDS")};
    const QCommandLineOption screenshot{QStringLiteral("screenshot"), QStringLiteral("Save the window as PNG to FILE after --count samples, then exit."), QStringLiteral("FILE")};
    const QCommandLineOption count{QStringLiteral("count"), QStringLiteral("Samples before --screenshot (default 5)."), QStringLiteral("N")};
    const QCommandLineOption nvml{QStringLiteral("nvml-library"), QStringLiteral("Load NVML from FILE instead of the driver's library."), QStringLiteral("FILE")};
    MonitorParser() { parser.addOptions({sysfs, proc, interval, stuckAfter, screenshot, count, nvml}); }
    std::optional<int> parse(const QStringList &args)
    {
        return cli::parseCommandLine(parser, QStringLiteral("monitor"), QStringLiteral("Opens the live GPU monitor window."), args);
    }
};

} // namespace

int monitorHelp(const QStringList &args)
{
    MonitorParser p;
    return p.parse(args).value_or(cli::ExitOk);
}

int runMonitor(int &argc, char **argv)
{
    const QString name = QStringLiteral("monitor");
    QStringList args;
    for (int i = 2; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    MonitorParser mp;
    {
        QCoreApplication probe(argc, argv); // parsing needs an application object, the window a QApplication
        if (auto stop = mp.parse(args))
            return *stop;
    }
    QCommandLineParser &parser = mp.parser;
    const QCommandLineOption &sysfs = mp.sysfs, &proc = mp.proc, &interval = mp.interval, &stuckAfter = mp.stuckAfter,
                             &screenshot = mp.screenshot, &count = mp.count;
    const QString sysfsRoot = parser.isSet(sysfs) ? parser.value(sysfs) : QStringLiteral("/sys");
    const QString procRoot = parser.isSet(proc) ? parser.value(proc) : QStringLiteral("/proc");
    for (const QString &dir : {sysfsRoot, procRoot}) {
        if (!QFileInfo(dir).isDir())
            return cli::usageError(name, QStringLiteral("'%1' is not a directory").arg(dir));
    }
    bool ok = true;
    const int intervalMs = parser.isSet(interval) ? parser.value(interval).toInt(&ok) : 1000;
    if (!ok || intervalMs < 100)
        return cli::usageError(name, QStringLiteral("--interval-ms: '%1' must be a whole number of at least 100").arg(parser.value(interval)));
    WatchdogConfig config;
    if (parser.isSet(stuckAfter)) {
        const double s = parser.value(stuckAfter).toDouble(&ok);
        if (!ok || s < 0)
            return cli::usageError(name, QStringLiteral("--stuck-after: '%1' is not a number of seconds").arg(parser.value(stuckAfter)));
        config.stuckAfterMs = static_cast<qint64>(s * 1000);
    }
    const int shots = parser.isSet(count) ? parser.value(count).toInt(&ok) : 5;
    if (!ok || shots < 1)
        return cli::usageError(name, QStringLiteral("--count: '%1' is not a positive whole number").arg(parser.value(count)));
    if (!displayAvailable())
        return cli::failure(name, QStringLiteral("no graphical display found ($DISPLAY and $WAYLAND_DISPLAY are not set); "
                                                 "use 'ollama-gpu-setup sample' for the same numbers as text"));

    QApplication app(argc, argv);
    ui::MonitorWindow window;
    TelemetryOptions options;
    options.sysfsRoot = sysfsRoot;
    options.nvmlLibrary = parser.value(mp.nvml);
    options.intervalMs = intervalMs;
    TelemetrySetup setup = makeTelemetrySource(options);
    for (const QString &w : std::as_const(setup.warnings))
        window.showWarning(w);
    if (setup.gpuCount == 0 && !setup.gpusPending)
        window.showWarning(QStringLiteral("No GPU to sample: %1").arg(setup.notes.join(QStringLiteral("; "))));
    auto *worker = new TelemetryWorker(std::move(setup.source), procRoot, config);
    QThread thread;
    worker->moveToThread(&thread);
    QObject::connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
    QObject::connect(worker, &TelemetryWorker::sampled, &window, &ui::MonitorWindow::addRound);
    QObject::connect(worker, &TelemetryWorker::warning, &window, &ui::MonitorWindow::showWarning);
    int rounds = 0;
    const QString shotPath = parser.value(screenshot);
    if (!shotPath.isEmpty()) {
        QObject::connect(worker, &TelemetryWorker::sampled, &window, [&] {
            if (++rounds == shots) {
                const bool saved = window.exportPng(shotPath);
                if (!saved)
                    cli::err() << "ollama-gpu-setup monitor: could not write " << shotPath << Qt::endl;
                QApplication::exit(saved ? 0 : 1);
            }
        });
    }
    thread.start();
    QMetaObject::invokeMethod(worker, [worker, intervalMs] { worker->start(intervalMs); }, Qt::QueuedConnection);
    window.show();
    const int rc = QApplication::exec();
    QMetaObject::invokeMethod(worker, &TelemetryWorker::stop, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
    return rc;
}

} // namespace ogs::app

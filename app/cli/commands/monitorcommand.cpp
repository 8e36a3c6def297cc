#include "monitorcommand.h"

#include "cli/cli.h"
#include "cli/clioutput.h"
#include "cli/commands/ollamacli.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace ogs::cli {

std::optional<int> parseMonitorRequest(const QStringList &args, app::MonitorRequest *request)
{
    const QString name = QStringLiteral("monitor");
    QCommandLineParser parser;
    const QCommandLineOption sysfs(QStringLiteral("sysfs-root"), QStringLiteral("Read DIR instead of /sys."), QStringLiteral("DIR"));
    const QCommandLineOption proc(QStringLiteral("proc-root"), QStringLiteral("Read DIR instead of /proc."), QStringLiteral("DIR"));
    const QCommandLineOption nvml(QStringLiteral("nvml-library"), QStringLiteral("Load NVML from FILE instead of the driver's."), QStringLiteral("FILE"));
    const QCommandLineOption interval(QStringLiteral("interval-ms"), QStringLiteral("Milliseconds between samples (default 1000, minimum 100)."), QStringLiteral("MS"));
    const QCommandLineOption stuckAfter(QStringLiteral("stuck-after"), QStringLiteral("Seconds busy while Ollama is idle before the stuck alert (default 30)."), QStringLiteral("SECONDS"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), QStringLiteral("Save the window as PNG to FILE after --count samples, then exit."), QStringLiteral("FILE"));
    const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("Samples before --screenshot (default 5)."), QStringLiteral("N"));
    const QCommandLineOption host = hostOption();
    parser.addOptions({sysfs, proc, nvml, interval, stuckAfter, screenshot, count, host});
    if (auto stop = parseCommandLine(parser, name, QStringLiteral("Opens the live GPU monitor window."), args))
        return stop;
    if (auto stop = takeDirectoryOption(parser, sysfs, name, &request->sysfsRoot))
        return stop;
    if (auto stop = takeDirectoryOption(parser, proc, name, &request->procRoot))
        return stop;
    request->nvmlLibrary = parser.value(nvml);
    QString error;
    const std::optional<QUrl> url = ollamaUrl(parser, host, qEnvironmentVariable("OLLAMA_HOST"), error);
    if (!url)
        return usageError(name, error);
    request->ollamaUrl = *url; // the loaded models (/api/ps), which also tell the watchdog whether Ollama is idle
    bool ok = true;
    if (parser.isSet(interval)) {
        request->intervalMs = parser.value(interval).toInt(&ok);
        if (!ok || request->intervalMs < 100)
            return usageError(name, QStringLiteral("--interval-ms: '%1' must be a whole number of at least 100").arg(parser.value(interval)));
    }
    if (parser.isSet(stuckAfter)) {
        const double s = parser.value(stuckAfter).toDouble(&ok);
        if (!ok || s < 0 || s > 86400)
            return usageError(name, QStringLiteral("--stuck-after: '%1' is not a number of seconds").arg(parser.value(stuckAfter)));
        request->watchdog.stuckAfterMs = static_cast<qint64>(s * 1000);
    }
    if (parser.isSet(count)) {
        request->count = parser.value(count).toInt(&ok);
        if (!ok || request->count < 1)
            return usageError(name, QStringLiteral("--count: '%1' is not a positive whole number").arg(parser.value(count)));
        if (!parser.isSet(screenshot))
            return usageError(name, QStringLiteral("--count goes with --screenshot"));
    }
    request->screenshot = parser.value(screenshot);
    return std::nullopt;
}

int monitorHelp(const QStringList &args)
{
    app::MonitorRequest unused;
    if (auto stop = parseMonitorRequest(args, &unused))
        return *stop;
    return failure(QStringLiteral("monitor"), QStringLiteral("the monitor is a window: run 'ollama-gpu-setup monitor'"));
}

} // namespace ogs::cli

// ogs-bench-monitor: resident memory of the monitor window after an hour of samples, offscreen.
// One MonitorWindow gets the rounds TelemetryWorker would send at the default interval (1 s),
// through its own slot (MonitorWindow::addRound), with simulated timestamps: an hour of samples in
// seconds, not an hour. Two GPUs per round (a discrete card and an APU), two processes holding
// them; the window is painted once per simulated minute (the charts refresh at every round, as
// in the app). VmRSS and VmHWM from /proc/self/status. Reference, in the same process: the same
// window shown and painted before the first sample. A second hour shows whether memory levels
// off once the one-hour history is full.
//
// Usage: ogs-bench-monitor [--hours H] [--write FILE]
#include "benchreport.h"
#include "monitor/monitorwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

#include <cmath>
#include <malloc.h>

namespace {

constexpr int kIntervalMs = 1000; // the monitor's default sampling interval (GuiRequest::intervalMs)
constexpr qint64 GiB = 1024LL * 1024 * 1024;

struct Memory {
    double rssMiB = 0;
    double hwmMiB = 0;
    double heapMiB = 0; ///< malloc'd and in use (mallinfo2)
};

Memory memoryNow()
{
    Memory m;
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        const QString text = QString::fromLatin1(status.readAll());
        static const QRegularExpression rss(
            QStringLiteral("^VmRSS:\\s+(\\d+) kB"), QRegularExpression::MultilineOption);
        static const QRegularExpression hwm(
            QStringLiteral("^VmHWM:\\s+(\\d+) kB"), QRegularExpression::MultilineOption);
        m.rssMiB = rss.match(text).captured(1).toDouble() / 1024.0;
        m.hwmMiB = hwm.match(text).captured(1).toDouble() / 1024.0;
    }
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
    m.heapMiB = static_cast<double>(mallinfo2().uordblks) / (1024.0 * 1024.0);
#endif
    return m;
}

QList<ogs::GpuSample> roundAt(qint64 i)
{
    const double t = static_cast<double>(i);
    ogs::GpuSample dgpu;
    dgpu.id = QStringLiteral("0000:03:00.0");
    dgpu.name = QStringLiteral("AMD Radeon RX 6900 XT");
    dgpu.utilPercent = 50 + 45 * std::sin(t / 40);
    dgpu.memBusyPercent = 20 + 10 * std::sin(t / 13);
    dgpu.vramTotalBytes = 16 * GiB;
    dgpu.vramUsedBytes = static_cast<qint64>((6 + 4 * std::sin(t / 300)) * static_cast<double>(GiB));
    dgpu.gttUsedBytes = static_cast<qint64>(0.2 * static_cast<double>(GiB)) + (i % 97) * 4096;
    dgpu.sclkMhz = 500 + static_cast<int>(i * 37 % 2100);
    dgpu.sclkMaxMhz = 2600;
    dgpu.powerW = 40 + 200 * std::abs(std::sin(t / 40));
    dgpu.tempC = 45 + 30 * std::abs(std::sin(t / 200));
    dgpu.sourceOf.insert(QStringLiteral("util_percent"), QStringLiteral("gpu_busy_percent"));
    ogs::GpuSample apu = dgpu;
    apu.id = QStringLiteral("0000:c1:00.0");
    apu.name = QStringLiteral("AMD Radeon 890M");
    apu.utilPercent = 5 + static_cast<double>(i % 7);
    apu.vramTotalBytes = 512LL * 1024 * 1024;
    apu.vramUsedBytes = 300LL * 1024 * 1024 + (i % 13) * 65536;
    apu.gttUsedBytes = static_cast<qint64>((2 + std::sin(t / 100)) * static_cast<double>(GiB));
    apu.powerW = 8 + static_cast<double>(i % 5);
    return { dgpu, apu };
}

QList<ogs::ProcessGpuUsage> processesAt(qint64 i)
{
    ogs::ProcessGpuUsage runner;
    runner.pid = 4242;
    runner.command = QStringLiteral("ollama_llama_se");
    runner.pciAddress = QStringLiteral("0000:03:00.0");
    runner.engineNs = i * 800'000'000;
    runner.vramBytes = 5 * GiB;
    runner.enginePercent = 80;
    ogs::ProcessGpuUsage desktop = runner;
    desktop.pid = 1500;
    desktop.command = QStringLiteral("kwin_wayland");
    desktop.pciAddress = QStringLiteral("0000:c1:00.0");
    desktop.vramBytes = 200LL * 1024 * 1024;
    desktop.enginePercent = 2;
    return { runner, desktop };
}

void paint(ogs::ui::MonitorWindow &window)
{
    QCoreApplication::processEvents();
    window.repaint();
}

QString mib(double v)
{
    return QString::number(v, 'f', 1) + QStringLiteral(" MiB");
}

QString signedMib(double v)
{
    const QString number = QString::number(std::abs(v), 'f', 1);
    return (number == QLatin1String("0.0") ? QString()
                   : v < 0                 ? QStringLiteral("−")
                                           : QStringLiteral("+"))
        + number + QStringLiteral(" MiB");
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption hoursOption(QStringLiteral("hours"),
        QStringLiteral("Simulated hours after the first (default 1)."), QStringLiteral("H"), QStringLiteral("1"));
    const QCommandLineOption writeOption(
        QStringLiteral("write"), QStringLiteral("Replace the section in FILE."), QStringLiteral("FILE"));
    parser.addOptions({ hoursOption, writeOption });
    parser.process(app);
    const int extraHours = std::max(0, parser.value(hoursOption).toInt());

    ogs::ui::MonitorWindow window;
    window.show();
    paint(window);
    const Memory empty = memoryNow();

    const qint64 perHour = 3600 * 1000 / kIntervalMs;
    QElapsedTimer clock;
    clock.start();
    qint64 i = 0;
    auto feed = [&](qint64 rounds) {
        for (qint64 end = i + rounds; i < end; ++i) {
            window.addRound(i * kIntervalMs, roundAt(i), {}, processesAt(i));
            if (i % 60 == 59)
                paint(window);
        }
        paint(window);
    };
    feed(perHour);
    const Memory hour = memoryNow();
    const double hourSeconds = static_cast<double>(clock.elapsed()) / 1000.0;
    QList<Memory> later;
    for (int h = 0; h < extraHours; ++h) {
        feed(perHour);
        later.append(memoryNow());
    }
    // Diagnostic: what the hour of samples alone takes on the heap (measured last, so it cannot raise the reference).
    double historyHeapMiB = 0;
    {
        const double before = memoryNow().heapMiB;
        ogs::SampleHistory history(3600);
        for (qint64 k = 0; k < 3600; ++k)
            history.append(k * kIntervalMs, roundAt(k));
        historyHeapMiB = memoryNow().heapMiB - before;
    }

    if (window.history().size() != window.history().capacity()) {
        QTextStream(stderr) << "ogs-bench-monitor: history holds " << window.history().size() << " rounds, expected "
                            << window.history().capacity() << Qt::endl;
        return 1;
    }

    QString text;
    QTextStream out(&text);
    out << "## monitor window memory after an hour of samples\n\n";
    out << "Written by `ogs-bench-monitor` (run `scripts/bench.sh`); do not edit by hand.\n\n";
    out << "- Date: " << QDateTime::currentDateTimeUtc().toString(Qt::ISODate) << "\n";
    out << "- Machine: " << ogs::bench::cpuModel() << ", " << QThread::idealThreadCount() << " logical cores, "
        << QSysInfo::prettyProductName() << ", Qt " << qVersion() << ", `QT_QPA_PLATFORM=" << qgetenv("QT_QPA_PLATFORM")
        << "`\n";
    out << "- Method: Release build. One `MonitorWindow` (1100×800, offscreen) receives " << perHour
        << " rounds per simulated hour, one per second of simulated time (the monitor's default interval), through "
           "`MonitorWindow::addRound` (the slot `TelemetryWorker::sampled` is connected to), each with two GPUs "
           "(a discrete card and an APU, every field set) and two GPU processes. The charts refresh at every round "
           "as in the app; the window is painted once per simulated minute and at the end. Resident memory is "
           "`VmRSS` (peak: `VmHWM`) from `/proc/self/status`; heap is what malloc has handed out and not had back "
           "(`mallinfo2().uordblks`). Reference, in the same process: the window shown and painted before the first "
           "sample. Feeding the first hour took "
        << QString::number(hourSeconds, 'f', 1) << " s.\n\n";
    out << "| state | VmRSS | VmHWM (peak) | heap in use | samples kept |\n|---|---|---|---|---|\n";
    out << "| reference: empty window, shown | " << mib(empty.rssMiB) << " | " << mib(empty.hwmMiB) << " | "
        << mib(empty.heapMiB) << " | 0 |\n";
    out << "| after 1 h (3600 rounds × 2 GPUs) | " << mib(hour.rssMiB) << " | " << mib(hour.hwmMiB) << " | "
        << mib(hour.heapMiB) << " | " << window.history().capacity() << " rounds |\n";
    for (int h = 0; h < later.size(); ++h)
        out << "| after " << h + 2 << " h | " << mib(later.at(h).rssMiB) << " | " << mib(later.at(h).hwmMiB) << " | "
            << mib(later.at(h).heapMiB) << " | " << window.history().capacity() << " rounds |\n";
    out << "| diagnostic: the same hour in a `SampleHistory` alone | – | – | " << signedMib(historyHeapMiB)
        << " | 3600 rounds |\n";
    out << "\n**" << mib(hour.rssMiB)
        << "** resident after an hour; after/empty = " << QString::number(hour.rssMiB / empty.rssMiB, 'f', 2) << " ("
        << signedMib(hour.rssMiB - empty.rssMiB) << ")";
    if (!later.isEmpty())
        out << "; " << later.size() << " more hour(s): " << signedMib(later.constLast().rssMiB - hour.rssMiB)
            << " resident, " << signedMib(later.constLast().heapMiB - hour.heapMiB)
            << " heap (the history is a fixed one-hour ring, the charts keep ≤ 4 points per bucket)";
    out << ".\n";

    QTextStream(stdout) << text;
    QString error;
    if (parser.isSet(writeOption) && !ogs::bench::writeSection(parser.value(writeOption), text, &error)) {
        QTextStream(stderr) << "ogs-bench-monitor: " << error << Qt::endl;
        return 1;
    }
    return 0;
}

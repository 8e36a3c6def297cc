#include "processtimer.h"

#include <QElapsedTimer>
#include <QProcess>

#include <algorithm>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

namespace ogs::bench {

namespace {

/// CPU time of all waited-for children so far, in ms; the delta around one run is that run's.
std::optional<double> childrenCpuMs()
{
#if defined(Q_OS_UNIX)
    rusage usage{};
    if (getrusage(RUSAGE_CHILDREN, &usage) != 0)
        return std::nullopt;
    const auto ms = [](const timeval &t) { return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_usec) / 1e3; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
#else
    return std::nullopt;
#endif
}

} // namespace

std::optional<Timing> timeOnce(const Command &command, QString *error)
{
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    const std::optional<double> cpuBefore = childrenCpuMs();
    QElapsedTimer timer;
    timer.start();
    process.start(command.program, command.args);
    if (!process.waitForFinished(60000)) {
        *error = QStringLiteral("'%1' did not finish: %2").arg(command.label, process.errorString());
        process.kill();
        process.waitForFinished();
        return std::nullopt;
    }
    Timing timing;
    timing.wallMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    const std::optional<double> cpuAfter = childrenCpuMs();
    if (cpuBefore && cpuAfter)
        timing.cpuMs = *cpuAfter - *cpuBefore;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("'%1' exited with %2: %3")
                     .arg(command.label)
                     .arg(process.exitCode())
                     .arg(QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
        return std::nullopt;
    }
    return timing;
}

QByteArray captureOutput(const Command &command)
{
    QProcess process;
    process.start(command.program, command.args);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QByteArray();
    return process.readAllStandardOutput();
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

double Series::wallMedian() const
{
    QList<double> wall;
    for (const Timing &t : runs)
        wall << t.wallMs;
    return median(wall);
}

double Series::wallMin() const
{
    double m = runs.isEmpty() ? 0 : runs.constFirst().wallMs;
    for (const Timing &t : runs)
        m = std::min(m, t.wallMs);
    return m;
}

double Series::wallMax() const
{
    double m = 0;
    for (const Timing &t : runs)
        m = std::max(m, t.wallMs);
    return m;
}

std::optional<double> Series::cpuMedian() const
{
    QList<double> cpu;
    for (const Timing &t : runs) {
        if (!t.cpuMs)
            return std::nullopt;
        cpu << *t.cpuMs;
    }
    return cpu.isEmpty() ? std::nullopt : std::optional<double>(median(cpu));
}

} // namespace ogs::bench

#include "benchreport.h"

#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

namespace ogs::bench {

namespace {

QString ms(double value)
{
    return QString::number(value, 'f', 1) + QStringLiteral(" ms");
}

QString msOrDash(const std::optional<double> &value)
{
    return value ? ms(*value) : QStringLiteral("–");
}

QString ratioText(double a, double b)
{
    return b > 0 ? QString::number(a / b, 'f', 2) : QStringLiteral("–");
}

void row(QTextStream &s, const QString &id, const Series &series, const QString &role)
{
    s << "| " << id << " | `" << series.command.label << "` | " << role << " | " << ms(series.wallMedian()) << " | "
      << ms(series.wallMin()) << " | " << ms(series.wallMax()) << " | " << msOrDash(series.cpuMedian()) << " |\n";
}

} // namespace

QString cpuModel()
{
    QFile file(QStringLiteral("/proc/cpuinfo"));
    if (file.open(QIODevice::ReadOnly)) {
        static const QRegularExpression re(QStringLiteral("^model name\\s*:\\s*(.+)$"), QRegularExpression::MultilineOption);
        const QRegularExpressionMatch m = re.match(QString::fromUtf8(file.readAll()));
        if (m.hasMatch())
            return m.captured(1).trimmed();
    }
    return QSysInfo::currentCpuArchitecture();
}

QString detectSection(const DetectBenchResult &r)
{
    const double ratio = r.ratio();
    QString text;
    QTextStream s(&text);
    s << "## detect vs vulkaninfo --summary\n\n";
    s << "Written by `ogs-bench-detect` (run `scripts/bench.sh`); do not edit by hand.\n\n";
    s << "- Date: " << QDateTime::currentDateTimeUtc().toString(Qt::ISODate) << "\n";
    s << "- Machine: " << cpuModel() << ", " << QThread::idealThreadCount() << " logical cores, "
      << QSysInfo::prettyProductName() << ", kernel " << QSysInfo::kernelVersion() << "\n";
    if (!r.vulkanEnvironment.isEmpty())
        s << "- Vulkan: " << r.vulkanEnvironment << "\n";
    s << "- Method: Release build. Each command is started with QProcess (stdout discarded) and timed with "
         "QElapsedTimer (wall clock); CPU is the child's user + system time (getrusage). "
      << r.warmups << " warm-up run(s) of each command, then " << r.rounds
      << " rounds. Each round times the pair A, B back to back, alternating which goes first (A B, B A, …), "
         "so drift and cache effects hit both alike; then the diagnostics C and D the same way.\n\n";
    s << "| | command | role | wall median | wall min | wall max | CPU median |\n|---|---|---|---|---|---|---|\n";
    row(s, QStringLiteral("A"), r.app, QStringLiteral("measured"));
    row(s, QStringLiteral("B"), r.reference, QStringLiteral("reference"));
    row(s, QStringLiteral("C"), r.startup, QStringLiteral("diagnostic: start-up only"));
    if (!r.coreOnly.runs.isEmpty())
        row(s, QStringLiteral("D"), r.coreOnly, QStringLiteral("diagnostic: A's detection, no GUI libraries linked"));
    s << "\n**A/B = " << QString::number(ratio, 'f', 2) << QStringLiteral("** (wall-clock medians; target ≤ 1.00: ")
      << (ratio <= 1.0 ? "met" : "NOT met") << ").";
    if (r.app.cpuMedian() && r.reference.cpuMedian())
        s << " CPU A/B = " << ratioText(*r.app.cpuMedian(), *r.reference.cpuMedian()) << ".";
    s << "\n";
    if (!r.coreOnly.runs.isEmpty()) {
        s << "\nD/B = " << ratioText(r.coreOnly.wallMedian(), r.reference.wallMedian());
        if (r.coreOnly.cpuMedian() && r.reference.cpuMedian())
            s << " (CPU " << ratioText(*r.coreOnly.cpuMedian(), *r.reference.cpuMedian()) << ")";
        s << ": the same detection without the GUI libraries linked. " << r.outputCheck << "\n";
    }
    return text;
}

bool writeSection(const QString &path, const QString &section, QString *error)
{
    const QString title = section.section(QLatin1Char('\n'), 0, 0);
    QString doc;
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
            return false;
        }
        doc = QString::fromUtf8(file.readAll());
        file.close();
    } else {
        doc = QStringLiteral("# Benchmarks\n\nMeasured numbers; each section says which program writes it.\n");
    }
    const qsizetype start = doc.startsWith(title + QLatin1Char('\n')) ? 0 : doc.indexOf(QLatin1Char('\n') + title + QLatin1Char('\n'));
    if (start >= 0) {
        const qsizetype from = doc.at(start) == QLatin1Char('\n') ? start + 1 : start;
        const qsizetype next = doc.indexOf(QStringLiteral("\n## "), from + title.size());
        const qsizetype end = next < 0 ? doc.size() : next + 1;
        QString replacement = section;
        if (next >= 0 && !replacement.endsWith(QLatin1String("\n\n")))
            replacement += QLatin1Char('\n');
        doc.replace(from, end - from, replacement);
    } else {
        if (!doc.endsWith(QLatin1String("\n\n")))
            doc += doc.endsWith(QLatin1Char('\n')) ? QStringLiteral("\n") : QStringLiteral("\n\n");
        doc += section;
    }
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(doc.toUtf8());
    return true;
}

} // namespace ogs::bench

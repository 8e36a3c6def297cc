// ogs-bench-detect: paired, alternating wall-clock runs of `ollama-gpu-setup detect --json`
// and `vulkaninfo --summary`; prints the medians and their ratio and can record them in
// docs/BENCHMARKS.md. Both commands are started the same way (QProcess, output discarded), so
// process start-up is counted for both.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <optional>

namespace {

const QString kSectionTitle = QStringLiteral("## detect vs vulkaninfo --summary");

/// One command to time.
struct Command {
    QString label;
    QString program;
    QStringList args;
};

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

/// Runs the command once; milliseconds, or nothing (with *error set) when it failed.
std::optional<double> timeOnce(const Command &command, QString *error)
{
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(command.program, command.args);
    if (!process.waitForFinished(60000)) {
        *error = QStringLiteral("'%1' did not finish: %2").arg(command.label, process.errorString());
        process.kill();
        process.waitForFinished();
        return std::nullopt;
    }
    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("'%1' exited with %2: %3")
                     .arg(command.label)
                     .arg(process.exitCode())
                     .arg(QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
        return std::nullopt;
    }
    return ms;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    if (n == 0)
        return 0;
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

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

QString ms(double value)
{
    return QString::number(value, 'f', 1) + QStringLiteral(" ms");
}

struct Results {
    Command a;
    Command b;
    QList<double> timesA;
    QList<double> timesB;
    Command startup;           ///< diagnostic: the app's start-up alone (links, Qt, no detection)
    QList<double> timesStartup;
    int warmups = 0;
    double ratio() const { return median(timesA) / median(timesB); }
};

QString markdownSection(const Results &r, const QString &vulkanEnv)
{
    const double ratio = r.ratio();
    QString text;
    QTextStream s(&text);
    s << kSectionTitle << "\n\n";
    s << "- Date: " << QDateTime::currentDateTimeUtc().toString(Qt::ISODate) << "\n";
    s << "- Machine: " << cpuModel() << ", " << QThread::idealThreadCount() << " logical cores, "
      << QSysInfo::prettyProductName() << ", kernel " << QSysInfo::kernelVersion() << "\n";
    if (!vulkanEnv.isEmpty())
        s << "- Vulkan: " << vulkanEnv << "\n";
    s << "- Method: `ogs-bench-detect` starts each command with QProcess (stdout discarded) and times it with "
         "QElapsedTimer, wall clock. "
      << r.warmups << " warm-up runs of each, then " << r.timesA.size()
      << " pairs; the order inside a pair alternates (A B, B A, …) so drift and cache effects hit both. "
         "Release build. The start-up row runs the same number of times after the pairs; it is not part of "
         "the ratio.\n";
    s << "- Commands: A = `" << r.a.label << "`, B = `" << r.b.label << "`\n\n";
    s << "| command | median | min | max |\n|---|---|---|---|\n";
    for (const auto &[cmd, times] : {std::pair{r.a, r.timesA}, std::pair{r.b, r.timesB}}) {
        s << "| `" << cmd.label << "` | " << ms(median(times)) << " | " << ms(*std::min_element(times.begin(), times.end()))
          << " | " << ms(*std::max_element(times.begin(), times.end())) << " |\n";
    }
    if (!r.timesStartup.isEmpty())
        s << "| `" << r.startup.label << "` (start-up only, diagnostic) | " << ms(median(r.timesStartup)) << " | "
          << ms(*std::min_element(r.timesStartup.begin(), r.timesStartup.end())) << " | "
          << ms(*std::max_element(r.timesStartup.begin(), r.timesStartup.end())) << " |\n";
    s << "\nRatio A/B of the medians: **" << QString::number(ratio, 'f', 2) << QStringLiteral("** (target ≤ 1.00: ")
      << (ratio <= 1.0 ? "met" : "NOT met") << ").\n";
    return text;
}

/// Replaces the section (up to the next "## " heading) or appends it; creates the file if needed.
bool writeSection(const QString &path, const QString &section, QString *error)
{
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
        doc = QStringLiteral("# Benchmarks\n\nWritten by `scripts/bench.sh`; numbers are measured, never edited by hand.\n");
    }
    const qsizetype start = doc.indexOf(kSectionTitle + QLatin1Char('\n'));
    if (start >= 0) {
        qsizetype end = doc.indexOf(QStringLiteral("\n## "), start + kSectionTitle.size());
        end = end < 0 ? doc.size() : end + 1;
        doc.replace(start, end - start, section);
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

/// "Vulkan Instance Version: 1.3.239; devices: llvmpipe (…)" from one `vulkaninfo --summary` run.
QString vulkanEnvironment(const QString &program)
{
    QProcess process;
    process.start(program, {QStringLiteral("--summary")});
    if (!process.waitForFinished(60000))
        return QString();
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    static const QRegularExpression version(QStringLiteral("Vulkan Instance Version:\\s*(\\S+)"));
    static const QRegularExpression device(QStringLiteral("deviceName\\s*=\\s*(.+)$"), QRegularExpression::MultilineOption);
    QStringList devices;
    for (auto it = device.globalMatch(text); it.hasNext();)
        devices << it.next().captured(1).trimmed();
    return QStringLiteral("loader %1; devices: %2")
        .arg(version.match(text).captured(1), devices.isEmpty() ? QStringLiteral("none") : devices.join(QStringLiteral(", ")));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times `ollama-gpu-setup detect --json` against `vulkaninfo --summary`."));
    parser.addHelpOption();
    const QCommandLineOption pairsOption(QStringLiteral("pairs"), QStringLiteral("Timed pairs (default 30)."), QStringLiteral("N"), QStringLiteral("30"));
    const QCommandLineOption warmupOption(QStringLiteral("warmup"), QStringLiteral("Warm-up runs of each (default 3)."), QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption vulkaninfoOption(QStringLiteral("vulkaninfo"), QStringLiteral("vulkaninfo to run (default: from PATH)."), QStringLiteral("PATH"));
    const QCommandLineOption writeOption(QStringLiteral("write"), QStringLiteral("Write the results into this Markdown file."), QStringLiteral("FILE"));
    parser.addOptions({pairsOption, warmupOption, vulkaninfoOption, writeOption});
    parser.addPositionalArgument(QStringLiteral("app"), QStringLiteral("Path of the ollama-gpu-setup executable."));
    parser.process(app);

    bool pairsOk = false;
    bool warmupOk = false;
    const int pairs = parser.value(pairsOption).toInt(&pairsOk);
    const int warmups = parser.value(warmupOption).toInt(&warmupOk);
    if (!pairsOk || pairs < 1 || !warmupOk || warmups < 0) {
        err() << "ogs-bench-detect: --pairs must be >= 1 and --warmup >= 0\n";
        return 2;
    }
    if (parser.positionalArguments().size() != 1) {
        err() << "ogs-bench-detect: give the path of ollama-gpu-setup (see --help)\n";
        return 2;
    }
    const QString appPath = parser.positionalArguments().constFirst();
    if (!QFile::exists(appPath)) {
        err() << "ogs-bench-detect: '" << appPath << "' does not exist\n";
        return 2;
    }
    const QString vulkaninfo = parser.isSet(vulkaninfoOption) ? parser.value(vulkaninfoOption)
                                                              : QStandardPaths::findExecutable(QStringLiteral("vulkaninfo"));
    if (vulkaninfo.isEmpty() || !QFile::exists(vulkaninfo)) {
        err() << "ogs-bench-detect: vulkaninfo not found (install vulkan-tools); nothing to compare against\n";
        return 1;
    }

    Results r;
    r.warmups = warmups;
    r.a = {QStringLiteral("ollama-gpu-setup detect --json"), appPath, {QStringLiteral("detect"), QStringLiteral("--json")}};
    r.b = {QStringLiteral("vulkaninfo --summary"), vulkaninfo, {QStringLiteral("--summary")}};
    r.startup = {QStringLiteral("ollama-gpu-setup --version"), appPath, {QStringLiteral("--version")}};
    QString error;
    for (int i = 0; i < warmups; ++i) {
        if (!timeOnce(r.a, &error) || !timeOnce(r.b, &error)) {
            err() << "ogs-bench-detect: " << error << "\n";
            return 1;
        }
    }
    for (int i = 0; i < pairs; ++i) {
        const bool aFirst = i % 2 == 0;
        const Command &first = aFirst ? r.a : r.b;
        const Command &second = aFirst ? r.b : r.a;
        const std::optional<double> t1 = timeOnce(first, &error);
        const std::optional<double> t2 = t1 ? timeOnce(second, &error) : std::nullopt;
        if (!t1 || !t2) {
            err() << "ogs-bench-detect: " << error << "\n";
            return 1;
        }
        (aFirst ? r.timesA : r.timesB).append(*t1);
        (aFirst ? r.timesB : r.timesA).append(*t2);
    }

    out() << "A: " << r.a.label << "  median " << ms(median(r.timesA)) << "\n";
    out() << "B: " << r.b.label << "  median " << ms(median(r.timesB)) << "\n";
    for (int i = 0; i < pairs; ++i) {
        const std::optional<double> t = timeOnce(r.startup, &error);
        if (!t) {
            err() << "ogs-bench-detect: " << error << "\n";
            return 1;
        }
        r.timesStartup.append(*t);
    }
    out() << "   " << r.startup.label << "  median " << ms(median(r.timesStartup)) << " (start-up only)\n";
    out() << "A/B: " << QString::number(r.ratio(), 'f', 2) << " (target <= 1.00) over " << pairs << " alternating pairs after "
          << warmups << " warm-ups\n";
    out().flush();

    if (parser.isSet(writeOption)) {
        if (!writeSection(parser.value(writeOption), markdownSection(r, vulkanEnvironment(vulkaninfo)), &error)) {
            err() << "ogs-bench-detect: " << error << "\n";
            return 1;
        }
        out() << "wrote " << parser.value(writeOption) << "\n";
    }
    return 0;
}

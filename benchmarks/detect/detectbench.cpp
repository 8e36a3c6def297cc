// ogs-bench-detect: times `ollama-gpu-setup detect --json` against `vulkaninfo --summary` in
// rounds of alternating runs, prints the medians and their ratio, and with --write records them in
// docs/BENCHMARKS.md. Both are started the same way, so process start-up counts for both.
// Diagnostics beside them: the app's start-up alone (`--version`) and the same detection from a
// QtCore-only binary (ogs-bench-detect-coreonly), which together show where a gap comes from.

#include "benchreport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextStream>

#include <algorithm>

namespace {

using namespace ogs::bench;

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

/// "loader 1.3.239; devices: llvmpipe (…)" from one `vulkaninfo --summary` run.
QString vulkanEnvironment(const QString &vulkaninfo)
{
    const QString text = QString::fromUtf8(captureOutput({QString(), vulkaninfo, {QStringLiteral("--summary")}}));
    static const QRegularExpression version(QStringLiteral("Vulkan Instance Version:\\s*(\\S+)"));
    static const QRegularExpression device(QStringLiteral("deviceName\\s*=\\s*(.+)$"), QRegularExpression::MultilineOption);
    QStringList devices;
    for (auto it = device.globalMatch(text); it.hasNext();)
        devices << it.next().captured(1).trimmed();
    return QStringLiteral("loader %1; devices: %2")
        .arg(version.match(text).captured(1), devices.isEmpty() ? QStringLiteral("none") : devices.join(QStringLiteral(", ")));
}

/// Whether the app and the core-only binary print the same report (they should: same code).
QString compareOutputs(const Command &app, const Command &coreOnly)
{
    const QJsonDocument a = QJsonDocument::fromJson(captureOutput(app));
    const QJsonDocument d = QJsonDocument::fromJson(captureOutput(coreOnly));
    if (a.isNull() || d.isNull())
        return QStringLiteral("(Could not compare their JSON output.)");
    return a == d ? QStringLiteral("A and D printed the same JSON report.")
                  : QStringLiteral("WARNING: A and D printed different JSON reports, so D/B is not a like-for-like diagnostic.");
}

/// Warm-up runs of every command, then `rounds` rounds. Each round runs every group in turn; inside
/// a group the order flips every round (A B, then B A), so the commands of a group are always
/// timed back to back and each goes first equally often.
bool runRounds(const QList<QList<Series *>> &groups, int rounds, int warmups, QString *error)
{
    for (const QList<Series *> &group : groups) {
        for (Series *s : group) {
            for (int i = 0; i < warmups; ++i) {
                if (!timeOnce(s->command, error))
                    return false;
            }
        }
    }
    for (int round = 0; round < rounds; ++round) {
        for (QList<Series *> group : groups) {
            if (round % 2)
                std::reverse(group.begin(), group.end());
            for (Series *s : std::as_const(group)) {
                const std::optional<Timing> t = timeOnce(s->command, error);
                if (!t)
                    return false;
                s->runs.append(*t);
            }
        }
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times `ollama-gpu-setup detect --json` against `vulkaninfo --summary`."));
    parser.addHelpOption();
    const QCommandLineOption roundsOption(QStringLiteral("pairs"), QStringLiteral("Timed rounds (default 30)."), QStringLiteral("N"), QStringLiteral("30"));
    const QCommandLineOption warmupOption(QStringLiteral("warmup"), QStringLiteral("Warm-up runs of each command (default 3)."), QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption vulkaninfoOption(QStringLiteral("vulkaninfo"), QStringLiteral("vulkaninfo to run (default: from PATH)."), QStringLiteral("PATH"));
    const QCommandLineOption coreOnlyOption(QStringLiteral("core-only"),
                                            QStringLiteral("ogs-bench-detect-coreonly to run as a diagnostic (default: next to this program; "
                                                           "'none' skips it)."),
                                            QStringLiteral("PATH"));
    const QCommandLineOption writeOption(QStringLiteral("write"), QStringLiteral("Write the results into this Markdown file."), QStringLiteral("FILE"));
    parser.addOptions({roundsOption, warmupOption, vulkaninfoOption, coreOnlyOption, writeOption});
    parser.addPositionalArgument(QStringLiteral("app"), QStringLiteral("Path of the ollama-gpu-setup executable."));
    parser.process(app);

    bool roundsOk = false;
    bool warmupOk = false;
    const int rounds = parser.value(roundsOption).toInt(&roundsOk);
    const int warmups = parser.value(warmupOption).toInt(&warmupOk);
    if (!roundsOk || rounds < 1 || !warmupOk || warmups < 0) {
        err() << "ogs-bench-detect: --pairs must be a number >= 1 and --warmup a number >= 0\n";
        return 2;
    }
    if (parser.positionalArguments().size() != 1) {
        err() << "ogs-bench-detect: give the path of ollama-gpu-setup (see --help)\n";
        return 2;
    }
    const QString appPath = parser.positionalArguments().constFirst();
    if (!QFileInfo(appPath).isExecutable()) {
        err() << "ogs-bench-detect: '" << appPath << "' is not an executable file\n";
        return 2;
    }
    const QString vulkaninfo = parser.isSet(vulkaninfoOption) ? parser.value(vulkaninfoOption)
                                                              : QStandardPaths::findExecutable(QStringLiteral("vulkaninfo"));
    if (vulkaninfo.isEmpty() || !QFileInfo(vulkaninfo).isExecutable()) {
        err() << "ogs-bench-detect: vulkaninfo not found (install vulkan-tools); nothing to compare against\n";
        return 1;
    }
    QString coreOnly = parser.value(coreOnlyOption);
    if (!parser.isSet(coreOnlyOption))
        coreOnly = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("ogs-bench-detect-coreonly"));
    const bool withCoreOnly = coreOnly != QLatin1String("none") && QFileInfo(coreOnly).isExecutable();
    if (coreOnly != QLatin1String("none") && !withCoreOnly)
        err() << "ogs-bench-detect: '" << coreOnly << "' not found; skipping the QtCore-only diagnostic\n";

    DetectBenchResult r;
    r.rounds = rounds;
    r.warmups = warmups;
    r.app.command = {QStringLiteral("ollama-gpu-setup detect --json"), appPath, {QStringLiteral("detect"), QStringLiteral("--json")}};
    r.reference.command = {QStringLiteral("vulkaninfo --summary"), vulkaninfo, {QStringLiteral("--summary")}};
    r.startup.command = {QStringLiteral("ollama-gpu-setup --version"), appPath, {QStringLiteral("--version")}};
    r.coreOnly.command = {QStringLiteral("ogs-bench-detect-coreonly"), coreOnly, {}};
    QList<Series *> diagnostics{&r.startup};
    if (withCoreOnly) {
        diagnostics << &r.coreOnly;
        r.outputCheck = compareOutputs(r.app.command, r.coreOnly.command);
    }
    const QList<Series *> series = QList<Series *>{&r.app, &r.reference} + diagnostics;
    r.vulkanEnvironment = vulkanEnvironment(vulkaninfo);

    QString error;
    if (!runRounds({{&r.app, &r.reference}, diagnostics}, rounds, warmups, &error)) {
        err() << "ogs-bench-detect: " << error << "\n";
        return 1;
    }

    for (const Series *s : std::as_const(series)) {
        out() << s->command.label.leftJustified(34) << " wall median " << QString::number(s->wallMedian(), 'f', 1) << " ms";
        if (const std::optional<double> cpu = s->cpuMedian())
            out() << ", CPU median " << QString::number(*cpu, 'f', 1) << " ms";
        out() << "\n";
    }
    out() << "A/B (detect --json / vulkaninfo --summary): " << QString::number(r.ratio(), 'f', 2) << " (target <= 1.00), "
          << rounds << " rounds after " << warmups << " warm-ups\n";
    if (withCoreOnly)
        out() << "D/B (same detection without GUI libraries / vulkaninfo --summary): "
              << QString::number(r.coreOnly.wallMedian() / r.reference.wallMedian(), 'f', 2) << "; " << r.outputCheck << "\n";
    out().flush();

    if (parser.isSet(writeOption)) {
        if (!writeSection(parser.value(writeOption), detectSection(r), &error)) {
            err() << "ogs-bench-detect: " << error << "\n";
            return 1;
        }
        out() << "wrote " << parser.value(writeOption) << "\n";
    }
    return 0;
}

// bench_ollama_tokens: does the client's own tokens/s (from per-chunk arrival times) agree with the rate Ollama
// reports (eval_count / eval_duration)? Runs the verify step's measurement (BenchRunner) against the
// Ollama-compatible test server at several token rates and chunkings, and prints a Markdown table; with
// --markdown FILE it replaces the "## client vs server tokens/s" section of FILE (other sections untouched).
#include "ollama/benchrunner.h"
#include "ollama/ollamaclient.h"
#include "ollamatestserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cmath>

namespace {

struct Case {
    int intervalMs;
    int writeChunkBytes;
};

struct Row {
    Case c;
    QList<double> server;
    QList<double> client;
    QList<double> diffPercent;
};

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v.at(n / 2) : (v.at(n / 2 - 1) + v.at(n / 2)) / 2;
}

QString fmt(double v, int decimals)
{
    return QString::number(v, 'f', decimals);
}

bool replaceSection(const QString &path, const QString &heading, const QString &section, QString &error)
{
    QString text;
    QFile in(path);
    if (in.exists()) {
        if (!in.open(QIODevice::ReadOnly)) {
            error = in.errorString();
            return false;
        }
        text = QString::fromUtf8(in.readAll());
        in.close();
    }
    const qsizetype start = text.indexOf(heading);
    if (start < 0) {
        if (!text.isEmpty() && !text.endsWith(QLatin1String("\n\n")))
            text += text.endsWith(QLatin1Char('\n')) ? QStringLiteral("\n") : QStringLiteral("\n\n");
        text += section;
    } else {
        qsizetype end = text.indexOf(QLatin1String("\n## "), start + heading.size());
        end = end < 0 ? text.size() : end + 1;
        text.replace(start, end - start, section + (end < text.size() ? QStringLiteral("\n") : QString()));
    }
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        error = out.errorString();
        return false;
    }
    out.write(text.toUtf8());
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Client-measured tokens/s vs the server-reported eval rate."));
    parser.addHelpOption();
    const QCommandLineOption runsOpt(
        QStringLiteral("runs"), QStringLiteral("Generations per case."), QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption tokensOpt(QStringLiteral("tokens"), QStringLiteral("num_predict per generation."),
        QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption markdownOpt(
        QStringLiteral("markdown"), QStringLiteral("Update this Markdown file's section."), QStringLiteral("FILE"));
    parser.addOptions({ runsOpt, tokensOpt, markdownOpt });
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOpt).toInt());
    const int tokens = std::max(10, parser.value(tokensOpt).toInt());
    QTextStream out(stdout);

    const QList<Case> cases { { 5, 0 }, { 10, 0 }, { 20, 0 }, { 40, 0 }, { 10, 7 }, { 10, 1 } };
    QList<Row> rows;
    double worst = 0;
    for (const Case &c : cases) {
        Row row { c, {}, {}, {} };
        ogs::test::OllamaTestServer server(QStringLiteral(OGS_TEST_DATA "/ollama-api"));
        server.setTokenIntervalMs(c.intervalMs);
        server.setWriteChunkBytes(c.writeChunkBytes);
        if (!server.listen()) {
            out << "cannot start the test server: " << server.errorString() << Qt::endl;
            return 1;
        }
        ogs::OllamaClientOptions options;
        options.baseUrl = server.url();
        ogs::OllamaClient client(options);
        for (int r = 0; r < runs; ++r) {
            ogs::BenchOptions bench;
            bench.model = QStringLiteral("llama3.2");
            bench.numPredict = tokens;
            ogs::BenchRunner runner(&client, bench);
            QEventLoop loop;
            QObject::connect(&runner, &ogs::BenchRunner::finished, &loop, &QEventLoop::quit);
            runner.start();
            if (!runner.isFinished())
                loop.exec();
            const ogs::BenchRun &run = runner.report().gpu;
            if (!run.ok() || !run.evalRate() || !run.clientTokensPerSecond()) {
                out << "run failed: " << run.error << Qt::endl;
                return 1;
            }
            const double s = *run.evalRate();
            const double cl = *run.clientTokensPerSecond();
            row.server << s;
            row.client << cl;
            row.diffPercent << (cl - s) / s * 100.0;
            worst = std::max(worst, std::abs((cl - s) / s * 100.0));
        }
        out << "interval " << c.intervalMs << " ms, chunk " << c.writeChunkBytes << ": server "
            << fmt(median(row.server), 2) << " tok/s, client " << fmt(median(row.client), 2) << " tok/s" << Qt::endl;
        rows << row;
    }

    const QString heading = QStringLiteral("## client vs server tokens/s");
    QString md = heading + QStringLiteral("\n\n");
    md += QStringLiteral(
        "Does the rate the wizard measures itself (tokens after the first ÷ time from the first to the last token "
        "chunk, "
        "from per-chunk arrival timestamps) agree with the rate Ollama reports (`eval_count / eval_duration`)? "
        "Measured with `BenchRunner`, the code behind `ollama-gpu-setup bench`, against the Ollama-compatible test "
        "server (`tests/support`), which streams tokens over loopback HTTP at a fixed interval and reports "
        "`eval_duration` from its own clock, the way Ollama does. \"Write pieces\" splits every streamed line into "
        "HTTP chunks of that many bytes, each flushed separately.\n\n");
    md += QStringLiteral(
        "Command: `build/benchmarks/bench_ollama_tokens --runs %1 --tokens %2 --markdown docs/BENCHMARKS.md`  \n")
              .arg(runs)
              .arg(tokens);
    md += QStringLiteral("Machine: %1, %2 logical CPUs (shared with other builds while measured), Qt %3, %4 UTC\n\n")
              .arg(QSysInfo::prettyProductName())
              .arg(QThread::idealThreadCount())
              .arg(QString::fromLatin1(qVersion()),
                  QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    md += QStringLiteral("| token interval | write pieces | server tok/s (median) | client tok/s (median) | difference "
                         "(median) | worst run |\n"
                         "|---|---|---|---|---|---|\n");
    for (const Row &r : std::as_const(rows)) {
        double rowWorst = 0;
        for (double d : r.diffPercent)
            rowWorst = std::abs(d) > std::abs(rowWorst) ? d : rowWorst;
        md += QStringLiteral("| %1 ms | %2 | %3 | %4 | %5 % | %6 % |\n")
                  .arg(r.c.intervalMs)
                  .arg(r.c.writeChunkBytes == 0 ? QStringLiteral("whole lines")
                                                : QStringLiteral("%1 B").arg(r.c.writeChunkBytes))
                  .arg(fmt(median(r.server), 2), fmt(median(r.client), 2), fmt(median(r.diffPercent), 3),
                      fmt(rowWorst, 3));
    }
    md += QStringLiteral(
        "\n%1 runs of %2 tokens per row. Largest deviation of any run: %3 % (target: within 2 %) — %4.\n")
              .arg(runs)
              .arg(tokens)
              .arg(fmt(worst, 3), worst <= 2.0 ? QStringLiteral("met") : QStringLiteral("NOT met"));
    md += QStringLiteral(
        "\nWhat this does and does not show: the client's clock, the NDJSON splitter and Qt's event loop add no "
        "measurable bias, even with lines split into 1-byte HTTP chunks. The test server counts `eval_duration` from "
        "the "
        "end of prompt evaluation to the last token, so both figures estimate one token per interval. If a real Ollama "
        "version counts only from the first to the last token (N-1 intervals for N tokens), its figure is N/(N-1) "
        "higher than the client's: 0.8 % at the default `--num-predict 128`; from 52 tokens on that offset stays under "
        "2 %, so short "
        "runs should not be compared with Ollama's figure.\n");
    out << "\n" << md;
    if (parser.isSet(markdownOpt)) {
        QString error;
        if (!replaceSection(parser.value(markdownOpt), heading, md, error)) {
            out << "cannot update " << parser.value(markdownOpt) << ": " << error << Qt::endl;
            return 1;
        }
    }
    return worst <= 2.0 ? 0 : 3;
}

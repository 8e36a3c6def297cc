#include "ollama/benchreport.h"

#include <QJsonArray>
#include <QTest>

using namespace ogs;

namespace {

BenchRun makeRun(const QString &label, qint64 promptCount, qint64 promptNs, qint64 evalCount, qint64 evalNs,
    qint64 ttftNs, const QString &processor)
{
    BenchRun r;
    r.label = label;
    r.stats.promptEvalCount = promptCount;
    r.stats.promptEvalDurationNs = promptNs;
    r.stats.evalCount = evalCount;
    r.stats.evalDurationNs = evalNs;
    r.processor = processor;
    r.timeline.addChunk(ttftNs, 1);
    r.timeline.addChunk(ttftNs + 100'000'000LL, 1);
    return r;
}

} // namespace

/// The verify step's report: seed §12 speedup table, verdicts, JSON and CSV.
class TestBenchReport final : public QObject {
    Q_OBJECT
private slots:
    void seedTable()
    {
        // The RX 5700 XT case of the seed guide: CPU ~50 tok/s prompt, 6.4 tok/s generation, 6 s TTFT;
        // Vulkan 188.5 tok/s prompt, 12.8 tok/s generation, 0.5 s TTFT.
        BenchReport report;
        report.gpu = makeRun(QStringLiteral("gpu"), 377, 2'000'000'000LL, 128, 10'000'000'000LL, 500'000'000LL,
            QStringLiteral("100% GPU"));
        report.cpu = makeRun(QStringLiteral("cpu"), 100, 2'000'000'000LL, 64, 10'000'000'000LL, 6'000'000'000LL,
            QStringLiteral("100% CPU"));
        const QString table = report.speedupTable();
        QCOMPARE(table,
            QStringLiteral("| Metric | CPU-Only | GPU | Speedup |\n"
                           "|--------|----------|-----|---------|\n"
                           "| Prompt processing | 50.0 tok/s | 188.5 tok/s | 3.8x |\n"
                           "| Generation speed | 6.4 tok/s | 12.8 tok/s | 2.0x |\n"
                           "| Time to first token | 6.00 s | 0.50 s | 12.0x |\n"));
        const QJsonObject json = report.toJson();
        QCOMPARE(json.value(QLatin1String("speedup")).toObject().value(QLatin1String("generation")).toDouble(), 2.0);
        QCOMPARE(json.value(QLatin1String("speedup")).toObject().value(QLatin1String("time_to_first_token")).toDouble(),
            12.0);
        QCOMPARE(json.value(QLatin1String("gpu")).toObject().value(QLatin1String("eval_rate")).toDouble(), 12.8);
        QCOMPARE(json.value(QLatin1String("gpu")).toObject().value(QLatin1String("chunks")).toArray().size(), 2);
    }
    void withoutBaseline()
    {
        BenchReport report;
        report.gpu = makeRun(
            QStringLiteral("gpu"), 10, 1'000'000'000LL, 10, 1'000'000'000LL, 1'000'000LL, QStringLiteral("100% GPU"));
        QVERIFY(report.speedupTable().contains(QLatin1String("| Generation speed | - | 10.0 tok/s | - |")));
        QVERIFY(!report.toJson().contains(QLatin1String("speedup")));
    }
    void verdicts_data()
    {
        QTest::addColumn<double>("evalRate");
        QTest::addColumn<QString>("processor");
        QTest::addColumn<bool>("withRange");
        QTest::addColumn<QString>("verdict");
        QTest::newRow("within") << 15.0 << QStringLiteral("100% GPU") << true << QStringLiteral("ok");
        QTest::newRow("below") << 8.0 << QStringLiteral("28%/72% CPU/GPU") << true << QStringLiteral("slow");
        QTest::newRow("above") << 30.0 << QStringLiteral("100% GPU") << true << QStringLiteral("fast");
        QTest::newRow("on cpu") << 6.0 << QStringLiteral("100% CPU") << true << QStringLiteral("cpu");
        QTest::newRow("no range") << 15.0 << QStringLiteral("100% GPU") << false << QStringLiteral("unknown");
        // Partial offload in range, or with no range: called out, never "acceleration works".
        QTest::newRow("partial within") << 15.0 << QStringLiteral("28%/72% CPU/GPU") << true
                                        << QStringLiteral("partial");
        QTest::newRow("partial no range") << 15.0 << QStringLiteral("28%/72% CPU/GPU") << false
                                          << QStringLiteral("partial");
    }
    void verdicts()
    {
        QFETCH(double, evalRate);
        QFETCH(QString, processor);
        QFETCH(bool, withRange);
        QFETCH(QString, verdict);
        BenchReport report;
        report.gpu
            = makeRun(QStringLiteral("gpu"), 1, 1, static_cast<qint64>(evalRate * 10), 10'000'000'000LL, 1, processor);
        if (withRange)
            report.expected = ExpectedRange { 12, 20, QStringLiteral("RX 5700 XT, Vulkan"), QString() };
        QCOMPARE(report.verdict(), verdict);
        QVERIFY(!report.verdictText().isEmpty());
        if (verdict == QLatin1String("slow") || verdict == QLatin1String("partial"))
            QVERIFY(report.verdictText().contains(QLatin1String("28%/72% CPU/GPU")));
        if (verdict != QLatin1String("ok") && verdict != QLatin1String("fast"))
            QVERIFY2(!report.verdictText().contains(QLatin1String("Acceleration works")), qPrintable(report.verdictText()));
    }

    /// The CPU baseline as fast as the GPU run (1.0x): the numbers say the GPU is not helping, and so does the
    /// verdict, even with the generation rate inside the expected range.
    void noSpeedupIsNotAccelerationWorking_data()
    {
        QTest::addColumn<qint64>("cpuEvalCount");
        QTest::addColumn<QString>("verdict");
        QTest::newRow("1.0x") << qint64(150) << QStringLiteral("no_speedup");
        QTest::newRow("1.4x") << qint64(107) << QStringLiteral("no_speedup");
        QTest::newRow("2.3x") << qint64(64) << QStringLiteral("ok");
    }
    void noSpeedupIsNotAccelerationWorking()
    {
        QFETCH(qint64, cpuEvalCount);
        QFETCH(QString, verdict);
        BenchReport report;
        report.gpu = makeRun(QStringLiteral("gpu"), 1, 1, 150, 10'000'000'000LL, 1, QStringLiteral("100% GPU"));
        report.cpu = makeRun(QStringLiteral("cpu"), 1, 1, cpuEvalCount, 10'000'000'000LL, 1, QStringLiteral("100% CPU"));
        report.expected = ExpectedRange { 12, 20, QStringLiteral("RX 5700 XT, Vulkan"), QString() };
        QCOMPARE(report.verdict(), verdict);
        if (verdict == QLatin1String("no_speedup")) {
            QVERIFY2(!report.verdictText().contains(QLatin1String("Acceleration works")), qPrintable(report.verdictText()));
            QVERIFY2(report.verdictText().contains(QLatin1String("not speeding it up")), qPrintable(report.verdictText()));
            QVERIFY2(report.verdictText().contains(QStringLiteral("(%1x)").arg(report.speedupTable().section(
                         QLatin1String("| Generation speed |"), 1).section(QLatin1Char('|'), 2, 2).trimmed().chopped(1))),
                qPrintable(report.verdictText()));
        }
    }
    void noteFollowsTheVerdict()
    {
        BenchReport report;
        report.gpu = makeRun(QStringLiteral("gpu"), 1, 1, 150, 10'000'000'000LL, 1, QStringLiteral("100% GPU"));
        report.expected = ExpectedRange { 12, 20, QStringLiteral("RX 5700 XT on vulkan"),
            QStringLiteral("the expected speed was measured with another model") };
        QCOMPARE(report.verdict(), QStringLiteral("ok"));
        QCOMPARE(report.verdictText(),
            QStringLiteral("Generation ran at 15.0 tok/s, within the 12-20 tok/s (RX 5700 XT on vulkan) expected. "
                           "Acceleration works. Note: the expected speed was measured with another model."));
        QCOMPARE(report.toJson().value(QLatin1String("expected")).toObject().value(QLatin1String("note")).toString(),
            QStringLiteral("the expected speed was measured with another model"));
    }

    void failedRun()
    {
        BenchReport report;
        report.gpu.error = QStringLiteral("Ollama is not running");
        QCOMPARE(report.verdict(), QStringLiteral("failed"));
        QCOMPARE(report.toJson().value(QLatin1String("gpu")).toObject().value(QLatin1String("error")).toString(),
            QStringLiteral("Ollama is not running"));
    }
    void csv()
    {
        BenchReport report;
        report.gpu = makeRun(QStringLiteral("gpu"), 1, 1, 1, 1, 20'000'000LL, QString());
        report.cpu = makeRun(QStringLiteral("cpu"), 1, 1, 1, 1, 40'000'000LL, QString());
        const QStringList lines = report.toCsv().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.at(0), QStringLiteral("run,index,t_ms,tokens,instant_tok_s,smoothed_tok_s"));
        QCOMPARE(lines.at(1), QStringLiteral("gpu,0,20.000,1,0.00,0.00"));
        QCOMPARE(lines.at(2), QStringLiteral("gpu,1,120.000,1,10.00,10.00"));
        QCOMPARE(lines.at(3), QStringLiteral("cpu,0,40.000,1,0.00,0.00"));
    }
};

QTEST_GUILESS_MAIN(TestBenchReport)
#include "tst_benchreport.moc"

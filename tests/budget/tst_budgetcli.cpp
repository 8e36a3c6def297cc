#include "clirunner.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QtTest>

namespace {

QStringList args(const char *line)
{
    QStringList a = QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &s : a)
        s.replace(QStringLiteral("@DATA@"), QStringLiteral(OGS_TEST_DATA "/budget"));
    return a;
}

} // namespace

class TestBudgetCli final : public QObject {
    Q_OBJECT

private slots:
    void seedCaseStudy();
    void variantForCard_data();
    void variantForCard();
    void archFile();
    void sizeOnlyIsALowerBound();
    void usageErrors_data();
    void usageErrors();
    void unreachableServerFails();
    void textOutput();
    void libraryModelOffline();
};

void TestBudgetCli::seedCaseStudy()
{
    // Seed section 12: an 8 GB card with available="7.1 GiB"; q8 fits, f16 spills (measured 28%/72% CPU/GPU).
    CliResult r
        = runCli(args("budget --json --vram 8GiB --available 7.1GiB --model coheara-medgemma-4b-q8 --context 4096"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("fits")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("processor")).toString(), QStringLiteral("100% GPU"));
    QCOMPARE(o.value(QStringLiteral("gpu_fraction")).toDouble(), 1.0);
    const QJsonObject b = o.value(QStringLiteral("breakdown")).toObject();
    QCOMPARE(b.value(QStringLiteral("weights")).toDouble(), 4.1e9);
    QCOMPARE(b.value(QStringLiteral("kv_cache")).toDouble(), 266338304.0);
    QCOMPARE(o.value(QStringLiteral("required_bytes")).toDouble(),
        b.value(QStringLiteral("weights")).toDouble() + b.value(QStringLiteral("kv_cache")).toDouble()
            + b.value(QStringLiteral("compute")).toDouble() + b.value(QStringLiteral("overhead")).toDouble());
    QVERIFY(o.value(QStringLiteral("max_context_full_gpu")).toInt() > 4096);

    r = runCli(args("budget --json --vram 8GiB --available 7.1GiB --model coheara-medgemma-4b-f16 --context 4096"));
    QCOMPARE(r.exitCode, 0);
    o = r.json();
    QCOMPARE(o.value(QStringLiteral("fits")).toBool(), false);
    const double fraction = o.value(QStringLiteral("gpu_fraction")).toDouble();
    QVERIFY2(fraction >= 0.60 && fraction <= 0.85, qPrintable(QString::number(fraction)));
    QVERIFY(QRegularExpression(QStringLiteral("^\\d+%/\\d+% CPU/GPU$"))
                .match(o.value(QStringLiteral("processor")).toString())
                .hasMatch());
    QCOMPARE(o.value(QStringLiteral("recommended_variant")).toObject().value(QStringLiteral("variant")).toString(),
        QStringLiteral("q8"));
}

void TestBudgetCli::variantForCard_data()
{
    QTest::addColumn<QString>("vram");
    QTest::addColumn<QString>("variant");
    QTest::newRow("4GB") << QStringLiteral("4GB") << QStringLiteral("q4");
    QTest::newRow("8GB") << QStringLiteral("8GB") << QStringLiteral("q8");
    QTest::newRow("16GB") << QStringLiteral("16GB") << QStringLiteral("f16");
}

void TestBudgetCli::variantForCard()
{
    QFETCH(QString, vram);
    QFETCH(QString, variant);
    const CliResult r = runCli(
        { QStringLiteral("budget"), QStringLiteral("--json"), QStringLiteral("--vram"), vram, QStringLiteral("--model"),
            QStringLiteral("coheara-medgemma-4b-q8"), QStringLiteral("--context"), QStringLiteral("4096") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(
        r.json().value(QStringLiteral("recommended_variant")).toObject().value(QStringLiteral("variant")).toString(),
        variant);
}

void TestBudgetCli::archFile()
{
    // The API docs' /api/show example: llama 8B, 32 layers × 8 KV heads × (128+128) × 2 B per token.
    CliResult r = runCli(args("budget --json --vram 8GiB --arch-file @DATA@/show-llama3-8b.json --context 4096"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("breakdown")).toObject().value(QStringLiteral("kv_cache")).toDouble(),
        32.0 * 4096 * 8 * 256 * 2);
    // No size in the file: estimated from 8030261248 parameters at Q4_0 (4.5 bits).
    QCOMPARE(o.value(QStringLiteral("breakdown")).toObject().value(QStringLiteral("weights")).toDouble(), 4517021952.0);
    QVERIFY(o.value(QStringLiteral("notes")).toArray().first().toString().contains(QLatin1String("estimated")));
    QCOMPARE(o.value(QStringLiteral("recommended_variant")).type(), QJsonValue::Null);

    r = runCli(args("budget --json --vram 8GiB --arch-file @DATA@/model-info-gemma3-4b.json --model-size 4.1GB "
                    "--context 4096 --parallel 2 --kv-type q8_0"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    o = r.json();
    // Sliding layers: parallel × 1024 + 512 tokens; global: context × parallel; q8_0 = 34 bytes per 32 elements.
    const double kv = (5.0 * 8192 + 29.0 * 2560) * 4 * 512 * 34 / 32;
    QCOMPARE(o.value(QStringLiteral("breakdown")).toObject().value(QStringLiteral("kv_cache")).toDouble(), kv);
    QCOMPARE(o.value(QStringLiteral("kv_type")).toString(), QStringLiteral("q8_0"));
}

void TestBudgetCli::sizeOnlyIsALowerBound()
{
    const CliResult r = runCli(args("budget --json --vram 8GB --model-size 4.1GB"));
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("complete")).toBool(), false);
    QCOMPARE(
        o.value(QStringLiteral("breakdown")).toObject().value(QStringLiteral("kv_cache")).type(), QJsonValue::Null);
    QCOMPARE(o.value(QStringLiteral("context")).toInt(), 4096); // Ollama's default below 23 GiB
}

void TestBudgetCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");
    QTest::newRow("no-vram") << args("--model-size 4GB") << QStringLiteral("--vram");
    QTest::newRow("vram-words") << args("--vram lots --model-size 4GB") << QStringLiteral("'lots'");
    QTest::newRow("vram-Gi") << args("--vram 8Gi --model-size 4GB") << QStringLiteral("'8Gi'");
    QTest::newRow("vram-split") << args("--vram 8 GB --model-size 4GB") << QStringLiteral("'GB'");
    QTest::newRow("available-above-vram")
        << args("--vram 8G --available 9G --model-size 4GB") << QStringLiteral("'9G'");
    QTest::newRow("available-words") << args("--vram 8G --available most --model-size 4GB") << QStringLiteral("'most'");
    QTest::newRow("model-size") << args("--vram 8G --model-size big") << QStringLiteral("'big'");
    QTest::newRow("model-size-zero") << args("--vram 8G --model-size 0") << QStringLiteral("'0'");
    QTest::newRow("context-words") << args("--vram 8G --model-size 4GB --context long") << QStringLiteral("'long'");
    QTest::newRow("context-zero") << args("--vram 8G --model-size 4GB --context 0") << QStringLiteral("'0'");
    QTest::newRow("parallel") << args("--vram 8G --model-size 4GB --parallel -1") << QStringLiteral("'-1'");
    QTest::newRow("kv-type") << args("--vram 8G --model-size 4GB --kv-type q5_1") << QStringLiteral("'q5_1'");
    QTest::newRow("overhead") << args("--vram 8G --model-size 4GB --overhead some") << QStringLiteral("'some'");
    QTest::newRow("no-model") << args("--vram 8G") << QStringLiteral("--model-size");
    QTest::newRow("model-and-arch") << args("--vram 8G --model x --arch-file @DATA@/show-llama3-8b.json")
                                    << QStringLiteral("--arch-file");
    QTest::newRow("host-without-model") << args("--vram 8G --model-size 4GB --host localhost")
                                        << QStringLiteral("--host");
    QTest::newRow("arch-file-missing") << args("--vram 8G --arch-file /nonexistent/show.json")
                                       << QStringLiteral("'/nonexistent/show.json'");
    QTest::newRow("arch-file-incomplete")
        << args("--vram 8G --arch-file @DATA@/show-missing-block-count.json") << QStringLiteral("llama.block_count");
    QTest::newRow("bad-host") << args("--vram 8G --model unknown-model --host ftp://x") << QStringLiteral("'ftp://x'");
}

void TestBudgetCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    const CliResult r = runCli(QStringList { QStringLiteral("budget") } + arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(named), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestBudgetCli::unreachableServerFails()
{
    // Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
    const CliResult r = runCli(args("budget --vram 8G --model not-in-catalogue:7b --host http://127.0.0.1:9"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("cannot reach Ollama")), qPrintable(r.err));
}

void TestBudgetCli::textOutput()
{
    const CliResult r
        = runCli(args("budget --vram 8GiB --available 7.1GiB --model coheara-medgemma-4b-f16 --context 4096"));
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("Does not fit")));
    QVERIFY(r.out.contains(QLatin1String("CPU/GPU")));
    QVERIFY(r.out.contains(QLatin1String("Variant to pick: coheara-medgemma-4b-q8")));
    QVERIFY(r.out.contains(QLatin1String("7.10 GiB")));
}

QTEST_GUILESS_MAIN(TestBudgetCli)
#include "tst_budgetcli.moc"

void TestBudgetCli::libraryModelOffline()
{
    // Issue 17: a library name is sized from the built-in catalogue with no Ollama running
    // (the host is a closed port, so asking it would fail).
    const CliResult r = runCli(
        args("budget --json --vram 8GiB --model qwen3:8b --context 4096 --host http://127.0.0.1:9"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject o = r.json();
    QVERIFY(o.value(QStringLiteral("complete")).toBool());
    QCOMPARE(o.value(QStringLiteral("layer_count")).toInt(), 36);
    QCOMPARE(o.value(QStringLiteral("breakdown")).toObject().value(QStringLiteral("weights")).toDouble(), 5.2e9);
    // qwen3 8B: 36 layers x 8 KV heads x (128 + 128) x 2 bytes x 4096 tokens
    QCOMPARE(o.value(QStringLiteral("breakdown")).toObject().value(QStringLiteral("kv_cache")).toDouble(),
        36.0 * 8 * 256 * 2 * 4096);
}

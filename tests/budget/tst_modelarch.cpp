#include "budget/modelarch.h"
#include "budget/modelinfosource.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace ogs;

namespace {

QJsonObject fixture(const char *name)
{
    QFile f(QStringLiteral(OGS_TEST_DATA "/budget/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

QJsonObject tiny()
{
    return QJsonObject { { QStringLiteral("general.architecture"), QStringLiteral("x") },
        { QStringLiteral("x.block_count"), 4 }, { QStringLiteral("x.embedding_length"), 512 },
        { QStringLiteral("x.attention.head_count"), 8 } };
}

} // namespace

class TestModelArch final : public QObject {
    Q_OBJECT

private slots:
    void apiShowExample();
    void gemma3SlidingLayout();
    void defaults();
    void perLayerKvHeads();
    void explicitSlidingPattern();
    void missingKeys_data();
    void missingKeys();
    void weightEstimate_data();
    void weightEstimate();
};

void TestModelArch::apiShowExample()
{
    QString error;
    const std::optional<ModelDescription> d = describeFromShowJson(fixture("show-llama3-8b.json"), {}, &error);
    QVERIFY2(d, qPrintable(error));
    QCOMPARE(d->arch.blockCount, 32);
    QCOMPARE(d->arch.headCount, 32);
    QCOMPARE(d->arch.headCountKv, QList<int>(32, 8));
    QCOMPARE(d->arch.keyLength, 128); // embedding / heads when key_length is absent
    QCOMPARE(d->arch.valueLength, 128);
    QCOMPARE(d->arch.contextLength, 8192);
    QCOMPARE(d->arch.slidingWindow, 0);
    QCOMPARE(d->arch.parameterCount, std::optional<qint64>(8030261248));
    QCOMPARE(d->quantization, QStringLiteral("Q4_0"));
}

void TestModelArch::gemma3SlidingLayout()
{
    QString error;
    const std::optional<ModelArch> a
        = ModelArch::fromModelInfo(fixture("model-info-gemma3-4b.json"), { { QStringLiteral("gemma3"), 6 } }, &error);
    QVERIFY2(a, qPrintable(error));
    QCOMPARE(a->slidingWindow, 1024);
    QCOMPARE(a->slidingLayers.size(), 34);
    for (int i = 0; i < 34; ++i)
        QCOMPARE(a->slidingLayers.at(i), (i + 1) % 6 != 0);
    // Unknown layout: every layer counted as global, which never under-estimates.
    const std::optional<ModelArch> unknown = ModelArch::fromModelInfo(fixture("model-info-gemma3-4b.json"), {}, &error);
    QCOMPARE(unknown->slidingLayers.count(true), 0);
}

void TestModelArch::defaults()
{
    QString error;
    const std::optional<ModelArch> a = ModelArch::fromModelInfo(tiny(), {}, &error);
    QVERIFY2(a, qPrintable(error));
    QCOMPARE(a->headCountKv, QList<int>(4, 8)); // no GQA: as many KV heads as heads
    QCOMPARE(a->keyLength, 64);
    QCOMPARE(a->vocabSize, qint64(0));
}

void TestModelArch::perLayerKvHeads()
{
    QJsonObject o = tiny();
    o.insert(QStringLiteral("x.attention.head_count_kv"), QJsonArray { 2, 0, 2, 4 });
    QString error;
    const std::optional<ModelArch> a = ModelArch::fromModelInfo(o, {}, &error);
    QVERIFY2(a, qPrintable(error));
    QCOMPARE(a->headCountKv, (QList<int> { 2, 0, 2, 4 }));
    o.insert(QStringLiteral("x.attention.head_count_kv"), QJsonArray { 2, 2 });
    QVERIFY(!ModelArch::fromModelInfo(o, {}, &error));
    QVERIFY(error.contains(QLatin1String("2 layers")));
}

void TestModelArch::explicitSlidingPattern()
{
    QJsonObject o = tiny();
    o.insert(QStringLiteral("x.attention.sliding_window"), 128);
    o.insert(QStringLiteral("x.attention.sliding_window_pattern"), QJsonArray { true, true, true, false });
    QString error;
    const std::optional<ModelArch> a = ModelArch::fromModelInfo(o, { { QStringLiteral("x"), 2 } }, &error);
    QCOMPARE(a->slidingLayers, (QList<bool> { true, true, true, false }));
}

void TestModelArch::missingKeys_data()
{
    QTest::addColumn<QString>("remove");
    QTest::addColumn<QString>("error");
    QTest::newRow("architecture") << QStringLiteral("general.architecture") << QStringLiteral("general.architecture");
    QTest::newRow("blocks") << QStringLiteral("x.block_count") << QStringLiteral("x.block_count");
    QTest::newRow("embedding") << QStringLiteral("x.embedding_length") << QStringLiteral("x.embedding_length");
    QTest::newRow("heads") << QStringLiteral("x.attention.head_count") << QStringLiteral("x.attention.head_count");
}

void TestModelArch::missingKeys()
{
    QFETCH(QString, remove);
    QFETCH(QString, error);
    QJsonObject o = tiny();
    o.remove(remove);
    QString got;
    QVERIFY(!ModelArch::fromModelInfo(o, {}, &got));
    QVERIFY2(got.contains(error), qPrintable(got));
}

void TestModelArch::weightEstimate_data()
{
    QTest::addColumn<QString>("quant");
    QTest::addColumn<qint64>("bytes");
    QTest::newRow("f16") << QStringLiteral("F16") << qint64(2000000000);
    QTest::newRow("q8_0") << QStringLiteral("Q8_0") << qint64(1062500000);
    QTest::newRow("q4_k_m-lower") << QStringLiteral("q4_k_m") << qint64(562500000);
    QTest::newRow("unknown") << QStringLiteral("IQ9_Z") << qint64(-1);
}

void TestModelArch::weightEstimate()
{
    QFETCH(QString, quant);
    QFETCH(qint64, bytes);
    const std::optional<qint64> got = estimateWeightBytes(1000000000, quant);
    QCOMPARE(got.value_or(-1), bytes);
}

QTEST_GUILESS_MAIN(TestModelArch)
#include "tst_modelarch.moc"

#include "budget/sizeparse.h"

#include <QtTest>

using namespace ogs;

class TestSizeParse final : public QObject {
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
};

void TestSizeParse::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("bytes"); // -1: rejected
    QTest::newRow("plain") << QStringLiteral("8000000000") << qint64(8000000000);
    QTest::newRow("plain-B") << QStringLiteral("512B") << qint64(512);
    QTest::newRow("G-decimal") << QStringLiteral("8G") << qint64(8000000000);
    QTest::newRow("GB-decimal") << QStringLiteral("8GB") << qint64(8000000000);
    QTest::newRow("gb-lower") << QStringLiteral("8gb") << qint64(8000000000);
    QTest::newRow("GiB-binary") << QStringLiteral("8GiB") << qint64(8) * 1024 * 1024 * 1024;
    QTest::newRow("fraction-GiB") << QStringLiteral("7.1GiB") << qint64(7623566950);
    QTest::newRow("fraction-GB") << QStringLiteral("4.1 GB") << qint64(4100000000);
    QTest::newRow("MB") << QStringLiteral("512MB") << qint64(512000000);
    QTest::newRow("MiB") << QStringLiteral("512MiB") << qint64(536870912);
    QTest::newRow("K") << QStringLiteral("1K") << qint64(1000);
    QTest::newRow("KiB") << QStringLiteral("1KiB") << qint64(1024);
    QTest::newRow("TB") << QStringLiteral("1TB") << qint64(1000000000000);
    QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
    QTest::newRow("spaces") << QStringLiteral("  8GiB ") << qint64(8) * 1024 * 1024 * 1024;
    QTest::newRow("empty") << QString() << qint64(-1);
    QTest::newRow("words") << QStringLiteral("eight gigs") << qint64(-1);
    QTest::newRow("negative") << QStringLiteral("-8G") << qint64(-1);
    QTest::newRow("unit-only") << QStringLiteral("GB") << qint64(-1);
    QTest::newRow("Gi-without-B") << QStringLiteral("8Gi") << qint64(-1);
    QTest::newRow("fraction-of-byte") << QStringLiteral("1.5") << qint64(-1);
    QTest::newRow("exponent") << QStringLiteral("8e9") << qint64(-1);
    QTest::newRow("unknown-unit") << QStringLiteral("8PB") << qint64(-1);
    QTest::newRow("trailing-junk") << QStringLiteral("8GBs") << qint64(-1);
    QTest::newRow("huge") << QStringLiteral("99999999TB") << qint64(-1);
}

void TestSizeParse::parse()
{
    QFETCH(QString, text);
    QFETCH(qint64, bytes);
    const std::optional<qint64> got = parseByteSize(text);
    if (bytes < 0) {
        QVERIFY2(!got, qPrintable(QString::number(got.value_or(0))));
    } else {
        QVERIFY(got);
        QCOMPARE(*got, bytes);
    }
}

QTEST_GUILESS_MAIN(TestSizeParse)
#include "tst_sizeparse.moc"

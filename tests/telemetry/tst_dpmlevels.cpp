#include "telemetry/dpmlevels.h"

#include <QTest>

using namespace ogs;

class TestDpmLevels final : public QObject {
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("current"); // -1: none
        QTest::addColumn<int>("max");
        QTest::addColumn<bool>("atTop");
        QTest::addColumn<int>("levels");
        QTest::newRow("rx6900xt idle (real)") << QByteArray("0: 500Mhz *\n1: 2660Mhz \n") << 500 << 2660 << false << 2;
        QTest::newRow("strixpoint (real)") << QByteArray("0: 600Mhz \n1: 848Mhz *\n2: 2900Mhz \n") << 848 << 2900 << false << 3;
        QTest::newRow("stuck at top") << QByteArray("0: 500Mhz\n1: 1800Mhz\n2: 3470Mhz *\n") << 3470 << 3470 << true << 3;
        QTest::newRow("APU sleep level") << QByteArray("S: 19Mhz *\n0: 400Mhz\n1: 2200Mhz\n") << 19 << 2200 << false << 3;
        QTest::newRow("upper-case unit") << QByteArray("0: 500MHz\n1: 2000MHz *\n") << 2000 << 2000 << true << 2;
        QTest::newRow("no star") << QByteArray("0: 500Mhz\n1: 2660Mhz\n") << -1 << 2660 << false << 2;
        QTest::newRow("single level is never 'top'") << QByteArray("0: 1000Mhz *\n") << 1000 << 1000 << false << 1;
        QTest::newRow("garbage") << QByteArray("lots of clocks\n") << -1 << -1 << false << 0;
        QTest::newRow("half garbage") << QByteArray("0: fastMhz\n1: 900Mhz *\n") << 900 << 900 << false << 1;
        QTest::newRow("empty") << QByteArray() << -1 << -1 << false << 0;
    }
    void parse()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, current);
        QFETCH(int, max);
        QFETCH(bool, atTop);
        QFETCH(int, levels);
        const DpmLevels l = parseDpmLevels(text);
        QCOMPARE(l.currentMhz.value_or(-1), current);
        QCOMPARE(l.maxMhz.value_or(-1), max);
        QCOMPARE(l.atTopLevel, atTop);
        QCOMPARE(l.levelCount, levels);
    }
};

QTEST_GUILESS_MAIN(TestDpmLevels)
#include "tst_dpmlevels.moc"

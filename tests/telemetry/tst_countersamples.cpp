#include "telemetry/countersamples.h"

#include <QtTest>

using namespace ogs;

class TestCounterSamples final : public QObject {
    Q_OBJECT

private slots:
    void mapping_data()
    {
        QTest::addColumn<quint64>("luid");
        QTest::addColumn<bool>("listed"); // the adapter is in the DXGI map
        QTest::addColumn<bool>("skip");
        QTest::addColumn<QString>("id"); // empty: no sample
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("vramTotal"); // -1: null

        QTest::newRow("known adapter") << quint64(0x3f0) << true << false << QStringLiteral("luid:00000000000003f0")
                                       << QStringLiteral("AMD Radeon RX 7900 XTX") << qint64(25753026560LL);
        QTest::newRow("left to NVML") << quint64(0x3f0) << true << true << QString() << QString() << qint64(-1);
        QTest::newRow("unknown LUID") << quint64(0x100000d1f2ULL) << false << false
                                      << QStringLiteral("luid:000000100000d1f2")
                                      << QStringLiteral("GPU with LUID 000000100000d1f2") << qint64(-1);
    }
    void mapping()
    {
        QFETCH(quint64, luid);
        QFETCH(bool, listed);
        QFETCH(bool, skip);
        QFETCH(QString, id);
        QFETCH(QString, name);
        QFETCH(qint64, vramTotal);

        QHash<quint64, CounterAdapter> adapters;
        if (listed) {
            CounterAdapter a;
            a.id = counterLuidId(luid);
            a.name = QStringLiteral("AMD Radeon RX 7900 XTX");
            a.vramTotalBytes = 25753026560LL;
            a.skip = skip;
            adapters.insert(luid, a);
        }
        win::GpuAdapterCounters c;
        c.luid = luid;
        c.utilPercent = 87.5;
        c.busiestEngine = "Compute_0 #1";
        c.dedicatedBytes = 4294967296ULL;
        c.sharedBytes = 104857600ULL;
        win::GpuAdapterCounters idle;
        idle.luid = 0x7;
        const QList<GpuSample> samples = samplesFromCounters({ c, idle }, adapters);
        QCOMPARE(samples.size(), id.isEmpty() ? 1 : 2);
        QCOMPARE(samples.last().id, QStringLiteral("luid:0000000000000007"));
        QVERIFY(!samples.last().utilPercent.has_value()); // no engine reading: null, not 0
        QVERIFY(!samples.last().vramUsedBytes.has_value());
        QVERIFY(samples.last().sourceOf.isEmpty());
        if (id.isEmpty())
            return;
        const GpuSample &s = samples.first();
        QCOMPARE(s.id, id);
        QCOMPARE(s.name, name);
        QCOMPARE(s.utilPercent, std::optional<double>(87.5));
        QCOMPARE(s.vramUsedBytes, std::optional<qint64>(4294967296LL));
        QCOMPARE(s.gttUsedBytes, std::optional<qint64>(104857600LL));
        QCOMPARE(s.vramTotalBytes.value_or(-1), vramTotal);
        QVERIFY(!s.sclkMhz.has_value());
        QVERIFY(!s.powerW.has_value());
        QCOMPARE(s.sourceOf.value(QStringLiteral("util_percent")),
            QStringLiteral("\\GPU Engine(*)\\Utilization Percentage"));
        QCOMPARE(s.sourceOf.value(QStringLiteral("gtt_used_bytes")),
            QStringLiteral("\\GPU Adapter Memory(*)\\Shared Usage"));
    }
};

QTEST_GUILESS_MAIN(TestCounterSamples)
#include "tst_countersamples.moc"

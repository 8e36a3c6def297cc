#include "telemetry/compositetelemetry.h"

#include <QtTest>

using namespace ogs;

namespace {

/// A source that hands out fixed samples and warnings.
class FixedSource final : public GpuTelemetrySource {
public:
    FixedSource(QList<GpuSample> samples, QStringList warnings)
        : m_samples(std::move(samples))
        , m_warnings(std::move(warnings))
    {
    }
    QList<GpuSample> sample() override { return m_samples; }
    QStringList takeWarnings() override { return std::exchange(m_warnings, {}); }

private:
    QList<GpuSample> m_samples;
    QStringList m_warnings;
};

GpuSample gpu(const QString &id, const QString &name, std::optional<double> util, std::optional<double> power,
    std::optional<qint64> vram, const QString &source)
{
    GpuSample s;
    s.id = id;
    s.name = name;
    s.utilPercent = util;
    s.powerW = power;
    s.vramUsedBytes = vram;
    if (util)
        s.sourceOf.insert(QStringLiteral("util_percent"), source);
    if (power)
        s.sourceOf.insert(QStringLiteral("power_w"), source);
    return s;
}

} // namespace

class TestCompositeTelemetry final : public QObject {
    Q_OBJECT

private slots:
    void merge_data()
    {
        QTest::addColumn<QList<GpuSample>>("first");
        QTest::addColumn<QList<GpuSample>>("second");
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<QList<double>>("util"); // -1: null
        QTest::addColumn<QList<double>>("power"); // -1: null
        QTest::addColumn<QStringList>("powerSource");

        const GpuSample amd
            = gpu(QStringLiteral("0000:0c:00.0"), QStringLiteral("RX 6900 XT"), 40, 120, 1000, QStringLiteral("sysfs"));
        const GpuSample nv
            = gpu(QStringLiteral("0000:01:00.0"), QStringLiteral("RTX 4090"), 90, 300, 2000, QStringLiteral("nvml"));
        const GpuSample nvNoPower = gpu(
            QStringLiteral("0000:01:00.0"), QStringLiteral("RTX 4090"), 90, std::nullopt, 2000, QStringLiteral("nvml"));
        const GpuSample nvFromPdh
            = gpu(QStringLiteral("0000:01:00.0"), QString(), 85, 250, std::nullopt, QStringLiteral("pdh"));
        QTest::newRow("different GPUs side by side")
            << QList<GpuSample> { amd } << QList<GpuSample> { nv } << QStringList { amd.id, nv.id }
            << QList<double> { 40, 90 } << QList<double> { 120, 300 }
            << QStringList { QStringLiteral("sysfs"), QStringLiteral("nvml") };
        QTest::newRow("same GPU: first wins, gaps filled")
            << QList<GpuSample> { nvNoPower } << QList<GpuSample> { nvFromPdh } << QStringList { nv.id }
            << QList<double> { 90 } << QList<double> { 250 } << QStringList { QStringLiteral("pdh") };
        QTest::newRow("same GPU, nothing missing")
            << QList<GpuSample> { nv } << QList<GpuSample> { nvFromPdh } << QStringList { nv.id }
            << QList<double> { 90 } << QList<double> { 300 } << QStringList { QStringLiteral("nvml") };
        QTest::newRow("empty first source")
            << QList<GpuSample> {} << QList<GpuSample> { nvNoPower } << QStringList { nv.id } << QList<double> { 90 }
            << QList<double> { -1 } << QStringList { QString() };
    }
    void merge()
    {
        QFETCH(QList<GpuSample>, first);
        QFETCH(QList<GpuSample>, second);
        QFETCH(QStringList, ids);
        QFETCH(QList<double>, util);
        QFETCH(QList<double>, power);
        QFETCH(QStringList, powerSource);
        CompositeTelemetry c;
        c.add(QStringLiteral("a"), std::make_unique<FixedSource>(first, QStringList { QStringLiteral("one") }));
        c.add(QString(), std::make_unique<FixedSource>(second, QStringList { QStringLiteral("two") }));
        QCOMPARE(c.sourceCount(), 2);
        const QList<GpuSample> got = c.sample();
        QCOMPARE(got.size(), ids.size());
        for (int i = 0; i < got.size(); ++i) {
            QCOMPARE(got.at(i).id, ids.at(i));
            QCOMPARE(got.at(i).utilPercent.value_or(-1), util.at(i));
            QCOMPARE(got.at(i).powerW.value_or(-1), power.at(i));
            QCOMPARE(got.at(i).sourceOf.value(QStringLiteral("power_w")), powerSource.at(i));
            QVERIFY(!got.at(i).name.isEmpty());
        }
        QCOMPARE(c.takeWarnings(), (QStringList { QStringLiteral("a: one"), QStringLiteral("two") }));
        QCOMPARE(c.takeWarnings(), QStringList());
    }

    void factoryWithNothing()
    {
        TelemetryOptions o;
        o.sysfsRoot = QStringLiteral("/nonexistent-sysfs-root");
        o.nvmlLibrary = QStringLiteral("/nonexistent/libnvidia-ml.so.1");
        const TelemetrySetup setup = makeTelemetrySource(o);
        QCOMPARE(setup.gpuCount, 0);
        QVERIFY(setup.source);
        QVERIFY(setup.source->sample().isEmpty());
        QVERIFY(setup.warnings.isEmpty());
        QVERIFY2(setup.notes.join(QLatin1Char('\n')).contains(QStringLiteral("/nonexistent/libnvidia-ml.so.1")),
            qPrintable(setup.notes.join(QLatin1Char('\n'))));
    }

    void factorySysfs()
    {
#ifdef Q_OS_LINUX
        TelemetryOptions o;
        o.sysfsRoot = QStringLiteral(OGS_TEST_DATA "/sysfs/rx6900xt");
        o.nvml = false;
        const TelemetrySetup setup = makeTelemetrySource(o);
        QCOMPARE(setup.gpuCount, 1);
        const QList<GpuSample> s = setup.source->sample();
        QCOMPARE(s.size(), 1);
        QCOMPARE(s.at(0).id, QStringLiteral("0000:0c:00.0"));
#else
        QSKIP("sysfs is Linux only");
#endif
    }
};

QTEST_GUILESS_MAIN(TestCompositeTelemetry)
#include "tst_compositetelemetry.moc"

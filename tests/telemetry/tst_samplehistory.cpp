#include "telemetry/samplehistory.h"

#include <QTest>

using namespace ogs;

class TestSampleHistory final : public QObject {
    Q_OBJECT
private slots:
    void keepsTheNewestWithinCapacity()
    {
        SampleHistory h(3);
        QCOMPARE(h.size(), 0);
        for (qint64 t = 1; t <= 5; ++t) {
            GpuSample s;
            s.utilPercent = static_cast<double>(t);
            h.append(t * 1000, {s});
        }
        QCOMPARE(h.size(), 3);
        QCOMPARE(h.capacity(), 3);
        QCOMPARE(h.at(0).timeMs, qint64(3000));
        QCOMPARE(h.at(2).timeMs, qint64(5000));
        QCOMPARE(h.latest().gpus.first().utilPercent.value_or(0), 5.0);
        h.clear();
        QCOMPARE(h.size(), 0);
    }

    void oneHourAtOneHertzStaysBounded()
    {
        SampleHistory h; // default: one hour at 1 Hz
        for (qint64 t = 0; t < 4000; ++t)
            h.append(t, {GpuSample()});
        QCOMPARE(h.size(), 3600);
        QCOMPARE(h.at(0).timeMs, qint64(400));
    }
};

QTEST_GUILESS_MAIN(TestSampleHistory)
#include "tst_samplehistory.moc"

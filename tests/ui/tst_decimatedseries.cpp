#include "charts/decimatedseries.h"

#include <QTest>

using namespace ogs::ui;

class TestDecimatedSeries final : public QObject {
    Q_OBJECT
private slots:
    void boundedHoweverLongTheHistory()
    {
        DecimatedSeries s(3600 * 1000, 360); // one hour, 10 s buckets
        for (qint64 t = 0; t < 5 * 3600; ++t) // five hours at 1 Hz
            s.append(t * 1000, static_cast<double>(t % 100));
        QVERIFY(s.bucketCount() <= 361);
        QVERIFY(s.points().size() <= 4 * 361);
        QVERIFY(s.points().first().x() >= 4 * 3600 - 10); // only the last hour is kept
    }

    void peaksSurviveDecimation()
    {
        DecimatedSeries s(60 * 1000, 6); // 10 s buckets
        for (qint64 t = 0; t < 60; ++t)
            s.append(t * 1000, t == 23 ? 100.0 : (t == 37 ? -5.0 : 10.0));
        const QList<QPointF> pts = s.points();
        bool sawPeak = false, sawDip = false;
        for (const QPointF &p : pts) {
            sawPeak |= p.y() == 100.0 && p.x() == 23.0;
            sawDip |= p.y() == -5.0 && p.x() == 37.0;
        }
        QVERIFY(sawPeak);
        QVERIFY(sawDip);
        for (int i = 1; i < pts.size(); ++i)
            QVERIFY(pts.at(i).x() >= pts.at(i - 1).x()); // in time order
    }

    void olderTimesAreIgnored()
    {
        DecimatedSeries s(10000, 10);
        s.append(5000, 1);
        s.append(4000, 99);
        QCOMPARE(s.points().size(), 1);
        QCOMPARE(s.points().first().y(), 1.0);
    }

    void flatLineHasTwoEnds()
    {
        DecimatedSeries s(3600 * 1000, 360);
        for (qint64 t = 0; t < 5; ++t)
            s.append(t * 100, 3.0);
        QCOMPARE(s.points(), (QList<QPointF>{QPointF(0, 3), QPointF(0.4, 3)}));
    }
};

QTEST_MAIN(TestDecimatedSeries)
#include "tst_decimatedseries.moc"

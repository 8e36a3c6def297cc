#include "ollama/tokentimeline.h"

#include <QTest>

using namespace ogs;

/// Client-side rates from chunk arrival times (synthetic clocks: exact arithmetic).
class TestTokenTimeline final : public QObject {
    Q_OBJECT
private slots:
    void steadyStream()
    {
        TokenTimeline t(4);
        // First token at 250 ms, then one every 20 ms (50 tok/s); the final object carries no token.
        for (int i = 0; i < 11; ++i)
            t.addChunk(250'000'000LL + i * 20'000'000LL, 1);
        t.addChunk(470'000'000LL, 0);
        QCOMPARE(t.tokenCount(), 11);
        QCOMPARE(*t.ttftMs(), 250.0);
        QCOMPARE(*t.tokensPerSecond(), 50.0);
        QCOMPARE(t.rates().size(), 11);
        QCOMPARE(t.rates().first().instant, 0.0);
        QCOMPARE(t.rates().at(1).instant, 50.0);
        QCOMPARE(t.rates().last().smoothed, 50.0);
    }
    void burstIsSmoothed()
    {
        TokenTimeline t(4);
        const QList<qint64> ms { 100, 110, 120, 130, 230, 240 };
        for (qint64 v : ms)
            t.addChunk(v * 1'000'000LL, 1);
        // The 100 ms gap: instant 10 tok/s; the window of 4 chunks (120..240) holds 3 tokens after its first in 120 ms.
        QCOMPARE(t.rates().at(4).instant, 10.0);
        QVERIFY(qAbs(t.rates().at(5).smoothed - 3.0 / 0.120) < 1e-9);
        QVERIFY(qAbs(*t.tokensPerSecond() - 5.0 / 0.140) < 1e-9);
    }
    void multiTokenChunks()
    {
        TokenTimeline t;
        t.addChunk(10'000'000LL, 2);
        t.addChunk(30'000'000LL, 3);
        QCOMPARE(t.tokenCount(), 5);
        QCOMPARE(*t.tokensPerSecond(), 150.0); // 3 tokens after the first chunk over 20 ms
    }
    void notEnoughData()
    {
        TokenTimeline t;
        QVERIFY(!t.ttftMs());
        QVERIFY(!t.tokensPerSecond());
        t.addChunk(5, 1);
        QCOMPARE(*t.ttftMs(), 5e-6);
        QVERIFY(!t.tokensPerSecond());
        t.addChunk(5, 1); // same instant: no rate, no division by zero
        QVERIFY(!t.tokensPerSecond());
    }
};

QTEST_GUILESS_MAIN(TestTokenTimeline)
#include "tst_tokentimeline.moc"

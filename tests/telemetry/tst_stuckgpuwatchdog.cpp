#include "telemetry/stuckgpuwatchdog.h"

#include <QTest>

using namespace ogs;

namespace {

const QString kGpu = QStringLiteral("0000:03:00.0");

GpuSample reading(double util, int sclk, double power, int sclkMax = 3470)
{
    GpuSample s;
    s.id = kGpu;
    s.name = QStringLiteral("AMD Radeon RX 9060 XT");
    s.utilPercent = util;
    s.sclkMhz = sclk;
    s.sclkMaxMhz = sclkMax;
    s.sclkAtTop = sclk == sclkMax;
    s.powerW = power;
    return s;
}

OllamaActivity idle() { return {false, false}; }
OllamaActivity loaded() { return {true, true}; }

/// Feeds `seconds` one-second samples starting at `startS`; returns the alerts after the last.
QList<StuckGpuAlert> feed(StuckGpuWatchdog &w, int startS, int seconds, const GpuSample &s, const OllamaActivity &a,
                          const QList<ProcessGpuUsage> &procs = {})
{
    QList<StuckGpuAlert> alerts;
    for (int i = 0; i <= seconds; ++i)
        alerts = w.observe(qint64(startS + i) * 1000, {s}, a, procs);
    return alerts;
}

} // namespace

class TestStuckGpuWatchdog final : public QObject {
    Q_OBJECT
private slots:
    void stuckAfterUnloadAlertsAfterN()
    {
        StuckGpuWatchdog w;
        feed(w, 0, 5, reading(2, 500, 16), idle()); // learns ~16 W idle
        QCOMPARE(w.idleBaselineW(kGpu).value_or(0), 16.0);
        feed(w, 6, 20, reading(100, 3470, 80), loaded()); // inference: normal
        // Model unloaded, GPU stays at 100 % and max clock, 66 W: the seed's RDNA4 + ROCm bug.
        QVERIFY(feed(w, 27, 29, reading(100, 3470, 66), idle()).isEmpty()); // 29 s: not yet
        const QList<StuckGpuAlert> alerts = w.observe(57000, {reading(100, 3470, 66)}, idle());
        QCOMPARE(alerts.size(), 1);
        const StuckGpuAlert &a = alerts.first();
        QCOMPARE(a.gpuId, kGpu);
        QCOMPARE(a.durationMs, qint64(30000));
        QVERIFY(a.evidence.join(QLatin1Char(' ')).contains(QLatin1String("3470 MHz")));
        QVERIFY(a.evidence.join(QLatin1Char(' ')).contains(QLatin1String("66.0 W against 16.0 W")));
        QVERIFY(a.fixes.first().contains(QLatin1String("ROCR_VISIBLE_DEVICES=NOT_A_DEVICE")));
        QVERIFY(a.fixes.join(QLatin1Char(' ')).contains(QLatin1String("GPU_MAX_HW_QUEUES=1")));
        QVERIFY(a.fixes.join(QLatin1Char(' ')).contains(QLatin1String("OLLAMA_MAX_LOADED_MODELS=1")));
        QVERIFY(a.fixes.last().contains(QLatin1String("restart")));
        // Recovery (driver reload) clears it.
        QVERIFY(w.observe(58000, {reading(1, 500, 15)}, idle()).isEmpty());
    }

    void customThresholdAndRunnerGone()
    {
        StuckGpuWatchdog w(WatchdogConfig{90.0, 5000, 5.0});
        // No /api/ps answer, but the runner process is gone: that is idle too.
        const OllamaActivity noRunner{std::nullopt, false};
        QVERIFY(feed(w, 0, 4, reading(97, 3470, 60), noRunner).isEmpty());
        QCOMPARE(feed(w, 5, 0, reading(97, 3470, 60), noRunner).size(), 1);
    }

    void normalBehaviourDoesNotAlert_data()
    {
        QTest::addColumn<GpuSample>("sample");
        QTest::addColumn<OllamaActivity>("ollama");
        QTest::addColumn<bool>("gameRunning");
        // Vulkan after unload in the seed: 14-16 % busy, clock dropping to idle.
        QTest::newRow("Vulkan idle after unload") << reading(15, 1650, 28) << idle() << false;
        QTest::newRow("busy with a model loaded") << reading(100, 3470, 80) << loaded() << false;
        QTest::newRow("busy, clock not at top") << reading(100, 1800, 60) << idle() << false;
        QTest::newRow("busy, power at idle level") << reading(100, 3470, 17) << idle() << false;
        QTest::newRow("a game keeps it busy") << reading(99, 3470, 150) << idle() << true;
        QTest::newRow("Ollama state unknown") << reading(100, 3470, 66) << OllamaActivity{} << false;
        GpuSample raven = reading(100, 3470, 66);
        raven.utilReliable = false;
        QTest::newRow("Raven always reads 100 %") << raven << idle() << false;
    }
    void normalBehaviourDoesNotAlert()
    {
        QFETCH(GpuSample, sample);
        QFETCH(OllamaActivity, ollama);
        QFETCH(bool, gameRunning);
        StuckGpuWatchdog w;
        feed(w, 0, 5, reading(2, 500, 16), idle());
        QList<ProcessGpuUsage> procs;
        if (gameRunning) {
            ProcessGpuUsage game;
            game.pid = 4242;
            game.command = QStringLiteral("Cyberpunk2077.exe");
            game.pciAddress = kGpu;
            game.enginePercent = 97.0;
            procs.append(game);
        }
        QVERIFY(feed(w, 6, 120, sample, ollama, procs).isEmpty());
    }

    void missingReadingsCannotClearSuspicion()
    {
        // Without clock and power files only busy % and Ollama's state speak.
        StuckGpuWatchdog w(WatchdogConfig{90.0, 10000, 5.0});
        GpuSample bare;
        bare.id = kGpu;
        bare.utilPercent = 100;
        QCOMPARE(feed(w, 0, 10, bare, idle()).size(), 1);
    }

    void interruptionRestartsTheCount()
    {
        StuckGpuWatchdog w(WatchdogConfig{90.0, 10000, 5.0});
        feed(w, 0, 8, reading(100, 3470, 66), idle());
        w.observe(9000, {reading(100, 3470, 66)}, loaded()); // a model loaded again: legitimate
        QVERIFY(feed(w, 10, 9, reading(100, 3470, 66), idle()).isEmpty());
        QCOMPARE(feed(w, 20, 0, reading(100, 3470, 66), idle()).size(), 1);
    }
};

Q_DECLARE_METATYPE(ogs::GpuSample)
Q_DECLARE_METATYPE(ogs::OllamaActivity)

QTEST_GUILESS_MAIN(TestStuckGpuWatchdog)
#include "tst_stuckgpuwatchdog.moc"

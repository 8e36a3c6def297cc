#include "ollama/benchrunner.h"
#include "ollama/ollamaclient.h"
#include "ollamatestserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace ogs;
using ogs::test::OllamaTestServer;

/// Ollama restarting while the verify step (BenchRunner, behind `bench` and the wizard's test
/// prompt) runs: between two of its requests, and in the middle of the measured generation.
class TestVerifyRestart final : public QObject {
    Q_OBJECT
private:
    static OllamaClientOptions optionsFor(const QUrl &url)
    {
        OllamaClientOptions o;
        o.baseUrl = url;
        o.connectTimeoutMs = 3000;
        o.firstByteTimeoutMs = 5000;
        o.idleTimeoutMs = 5000;
        o.retryWindowMs = 5000; // a refused connection is retried while Ollama comes back
        o.retryIntervalMs = 100;
        return o;
    }

    static BenchOptions benchOptions(int tokens)
    {
        BenchOptions options;
        options.model = QStringLiteral("llama3.2");
        options.numPredict = tokens;
        return options;
    }

private slots:
    void restartBetweenRequests()
    {
        // Ollama goes down for 600 ms just as the measured generation is sent: the request is
        // refused, retried, and the step completes as if nothing happened.
        OllamaTestServer server(QStringLiteral(OGS_TEST_DATA "/ollama-api"));
        server.setTokenIntervalMs(2);
        QVERIFY(server.listen());
        OllamaClient client(optionsFor(server.url()));
        BenchRunner runner(&client, benchOptions(12));
        QSignalSpy finished(&runner, &BenchRunner::finished);
        bool restarted = false;
        connect(&runner, &BenchRunner::stageChanged, this, [&](const QString &stage) {
            if (!restarted && stage.startsWith(QLatin1String("Generating"))) {
                restarted = true;
                server.restart(600);
            }
        });
        runner.start();
        QVERIFY(finished.wait(20000));
        QVERIFY(restarted);
        const BenchReport &r = runner.report();
        QVERIFY2(r.gpu.ok(), qPrintable(r.gpu.error));
        QCOMPARE(r.gpu.timeline.tokenCount(), 12);
        QCOMPARE(r.gpu.stats.evalCount, qint64(12));
        QCOMPARE(finished.count(), 1);
    }

    void restartMidGeneration()
    {
        // Ollama dies while streaming the measured answer and comes back 600 ms later.
        OllamaTestServer server(QStringLiteral(OGS_TEST_DATA "/ollama-api"));
        server.setTokenIntervalMs(20);
        QVERIFY(server.listen());
        OllamaClient client(optionsFor(server.url()));
        BenchRunner runner(&client, benchOptions(40));
        QSignalSpy finished(&runner, &BenchRunner::finished);
        int samples = 0;
        connect(&runner, &BenchRunner::sampleMeasured, this, [&] {
            if (++samples == 3) {
                server.close(); // drops the open connection, as a crash would
                server.restart(600);
            }
        });
        runner.start();
        QVERIFY(finished.wait(20000));
        const BenchReport &r = runner.report();

        // What the user sees: a failed test prompt naming the cause, not a speed.
        QCOMPARE(r.verdict(), QStringLiteral("failed"));
        QVERIFY2(r.gpu.error.contains(QLatin1String("closed before the answer to /api/generate was complete")),
            qPrintable(r.gpu.error));
        QVERIFY2(r.gpu.error.contains(QLatin1String("crashed or restarted")), qPrintable(r.gpu.error));
        QVERIFY2(r.verdictText().startsWith(QLatin1String("The test prompt failed: ")), qPrintable(r.verdictText()));
        QVERIFY(!r.gpu.evalRate().has_value()); // no server figure from a cut-off run
        // Nothing lost: the tokens that did arrive are kept, finished came once, and once Ollama is
        // back the same client runs the step again to the end.
        QVERIFY(r.gpu.timeline.tokenCount() >= 3);
        QVERIFY(r.gpu.timeline.tokenCount() < 40);
        QCOMPARE(finished.count(), 1);
        QTest::qWait(50);
        QCOMPARE(finished.count(), 1);

        BenchRunner again(&client, benchOptions(8));
        QSignalSpy againFinished(&again, &BenchRunner::finished);
        again.start();
        QVERIFY(againFinished.wait(20000));
        QVERIFY2(again.report().gpu.ok(), qPrintable(again.report().gpu.error));
        QCOMPARE(again.report().gpu.timeline.tokenCount(), 8);
    }
};

QTEST_GUILESS_MAIN(TestVerifyRestart)
#include "tst_verifyrestart.moc"

#include "ollama/benchrunner.h"
#include "ollama/ollamaclient.h"
#include "ollamatestserver.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace ogs;
using ogs::test::OllamaTestServer;

/// The verify step end to end against the test server.
class TestBenchRunner final : public QObject {
    Q_OBJECT
private:
    static OllamaClientOptions optionsFor(const QUrl &url)
    {
        OllamaClientOptions o;
        o.baseUrl = url;
        o.connectTimeoutMs = 3000;
        o.firstByteTimeoutMs = 5000;
        o.idleTimeoutMs = 5000;
        return o;
    }

private slots:
    void gpuAndCpuBaseline()
    {
        OllamaTestServer server(QStringLiteral(OGS_TEST_DATA "/ollama-api"));
        server.setTokenIntervalMs(2);
        server.setCpuTokenIntervalMs(6);
        QVERIFY(server.listen());
        OllamaClient client(optionsFor(server.url()));
        BenchOptions options;
        options.model = QStringLiteral("llama3.2");
        options.numPredict = 24;
        options.cpuBaseline = true;
        options.expected = ExpectedRange { 1, 100000, QStringLiteral("test"), QString() };
        BenchRunner runner(&client, options);
        QSignalSpy finished(&runner, &BenchRunner::finished);
        QSignalSpy samples(&runner, &BenchRunner::sampleMeasured);
        QString streamedGpu;
        connect(&runner, &BenchRunner::textReceived, this, [&streamedGpu](const QString &run, const QString &text) {
            if (run == QLatin1String("gpu"))
                streamedGpu += text;
        });
        runner.start();
        QVERIFY(finished.wait(20000));
        const BenchReport &r = runner.report();
        QVERIFY2(r.gpu.ok(), qPrintable(r.gpu.error));
        QVERIFY(r.cpu.has_value());
        QVERIFY2(r.cpu->ok(), qPrintable(r.cpu->error));
        QCOMPARE(r.ollamaVersion, QStringLiteral("0.5.1"));
        QCOMPARE(r.gpu.timeline.tokenCount(), 24);
        QCOMPARE(r.cpu->timeline.tokenCount(), 24);
        QCOMPARE(samples.count(), 48);
        QCOMPARE(r.gpu.stats.evalCount, qint64(24));
        QCOMPARE(r.gpu.processor, QStringLiteral("100% GPU"));
        QCOMPARE(r.cpu->processor, QStringLiteral("100% CPU"));
        QVERIFY(
            r.gpu.ttftMs().has_value() && r.gpu.clientTokensPerSecond().has_value() && r.gpu.evalRate().has_value());
        QVERIFY(r.gpu.promptEvalRate().has_value());
        QCOMPARE(r.verdict(), QStringLiteral("ok"));
        QVERIFY(!r.gpu.response.isEmpty());
        QCOMPARE(streamedGpu, r.gpu.response); // the text as it streamed, chunk by chunk

        // The requests: version, GPU load (empty prompt), measured run, ps, unload, CPU load + run with num_gpu 0, ps,
        // unload.
        QStringList sequence;
        for (const auto &req : server.requests()) {
            QString s = req.path;
            const QJsonObject opts = req.body.value(QLatin1String("options")).toObject();
            if (req.path == QLatin1String("/api/generate")) {
                if (req.body.value(QLatin1String("keep_alive")).toVariant().toString() == QLatin1String("0"))
                    s += QStringLiteral(" unload");
                else if (req.body.value(QLatin1String("prompt")).toString().isEmpty())
                    s += QStringLiteral(" load");
                else
                    s += QStringLiteral(" run n=%1").arg(opts.value(QLatin1String("num_predict")).toInt());
                if (opts.contains(QLatin1String("num_gpu")))
                    s += QStringLiteral(" num_gpu=%1").arg(opts.value(QLatin1String("num_gpu")).toInt());
            }
            sequence << s;
        }
        QCOMPARE(sequence,
            (QStringList { QStringLiteral("/api/version"), QStringLiteral("/api/generate load"),
                QStringLiteral("/api/generate run n=24"), QStringLiteral("/api/ps"),
                QStringLiteral("/api/generate unload"), QStringLiteral("/api/generate load num_gpu=0"),
                QStringLiteral("/api/generate run n=24 num_gpu=0"), QStringLiteral("/api/ps"),
                QStringLiteral("/api/generate unload") }));
        QVERIFY(r.speedupTable().contains(QLatin1String("| Generation speed |")));
    }

    void partialOffloadIsSlowVerdictInput()
    {
        OllamaTestServer server(QStringLiteral(OGS_TEST_DATA "/ollama-api"));
        server.setTokenIntervalMs(1);
        server.setVramFraction(0.72);
        QVERIFY(server.listen());
        OllamaClient client(optionsFor(server.url()));
        BenchOptions options;
        options.model = QStringLiteral("llama3.2");
        options.numPredict = 5;
        BenchRunner runner(&client, options);
        QSignalSpy finished(&runner, &BenchRunner::finished);
        runner.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(runner.report().gpu.processor, QStringLiteral("28%/72% CPU/GPU"));
        // No expected range, but the split is called out rather than left "unknown" (issue 17).
        QCOMPARE(runner.report().verdict(), QStringLiteral("partial"));
    }

    void missingModel()
    {
        OllamaTestServer server(QStringLiteral(OGS_TEST_DATA "/ollama-api"));
        QVERIFY(server.listen());
        OllamaClient client(optionsFor(server.url()));
        BenchOptions options;
        options.model = QStringLiteral("nonexistent:7b");
        BenchRunner runner(&client, options);
        QSignalSpy finished(&runner, &BenchRunner::finished);
        runner.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(runner.report().verdict(), QStringLiteral("failed"));
        QVERIFY(runner.report().gpu.error.contains(QLatin1String("ollama pull nonexistent:7b")));
    }

    void notRunning()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        OllamaClient client(optionsFor(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))));
        BenchOptions options;
        options.model = QStringLiteral("llama3.2");
        BenchRunner runner(&client, options);
        QSignalSpy finished(&runner, &BenchRunner::finished);
        runner.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.count(), 1);
        QVERIFY(runner.report().gpu.error.contains(QLatin1String("not running")));
    }
};

QTEST_GUILESS_MAIN(TestBenchRunner)
#include "tst_benchrunner.moc"

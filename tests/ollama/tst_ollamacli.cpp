#include "ollamatestserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using ogs::test::OllamaTestServer;

/// The `ps`, `diagnose` and `bench` commands of the real binary, against the test server and against nothing.
class TestOllamaCli final : public QObject {
    Q_OBJECT
private:
    struct Result {
        int exitCode = -1;
        QString out;
        QString err;
    };
    /// Runs the binary without blocking the event loop, so the in-process test server can answer.
    static Result run(const QStringList &args, const QByteArray &stdinData = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OLLAMA_HOST"), QStringLiteral("127.0.0.1:1")); // never a real Ollama
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(OGS_APP_BINARY), args);
        if (!p.waitForStarted(5000))
            return {};
        if (!stdinData.isEmpty())
            p.write(stdinData);
        p.closeWriteChannel();
        QElapsedTimer t;
        t.start();
        while (p.state() != QProcess::NotRunning && t.elapsed() < 30000)
            QTest::qWait(10);
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished(1000);
            return {};
        }
        return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError()) };
    }
    static QString deadHost()
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return {};
        const QString host = QStringLiteral("127.0.0.1:%1").arg(probe.serverPort());
        probe.close();
        return host;
    }

private slots:
    void psTableAndJson()
    {
        OllamaTestServer server(QStringLiteral(OGS_TEST_DATA "/ollama-api"));
        server.setVramFraction(0.72);
        QVERIFY(server.listen());
        const QString host = server.url().toString();
        // Load a second model through the server, with 72% of it in VRAM.
        const Result bench = run({ QStringLiteral("bench"), QStringLiteral("--model"), QStringLiteral("llama3.2"),
            QStringLiteral("--host"), host, QStringLiteral("--num-predict"), QStringLiteral("3") });
        QCOMPARE(bench.exitCode, 0);
        const Result table = run({ QStringLiteral("ps"), QStringLiteral("--host"), host });
        QCOMPARE(table.exitCode, 0);
        const QStringList lines = table.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).startsWith(QLatin1String("NAME")));
        QVERIFY(lines.at(0).contains(QLatin1String("PROCESSOR")));
        QVERIFY(lines.at(1).startsWith(QLatin1String("mistral:latest")));
        QVERIFY(lines.at(1).contains(QLatin1String("2ae6f6dd7a3d")));
        QVERIFY(lines.at(2).contains(QLatin1String("28%/72% CPU/GPU")));
        QVERIFY(lines.at(2).contains(QLatin1String("2.0 GB")));
        const Result json = run({ QStringLiteral("ps"), QStringLiteral("--host"), host, QStringLiteral("--json") });
        QCOMPARE(json.exitCode, 0);
        const QJsonArray models
            = QJsonDocument::fromJson(json.out.toUtf8()).object().value(QLatin1String("models")).toArray();
        QCOMPARE(models.size(), 2);
        const QJsonObject m = models.at(1).toObject();
        QCOMPARE(m.value(QLatin1String("name")).toString(), QStringLiteral("llama3.2:latest"));
        QCOMPARE(m.value(QLatin1String("size_bytes")).toDouble(), 2019393189.0);
        QCOMPARE(m.value(QLatin1String("processor")).toString(), QStringLiteral("28%/72% CPU/GPU"));
        QCOMPARE(m.value(QLatin1String("context_length")).toInt(), 4096);
        QVERIFY(!m.value(QLatin1String("expires_at")).toString().isEmpty());
    }

    void notRunning_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("ps") << QStringList { QStringLiteral("ps") };
        QTest::newRow("ps --json") << QStringList { QStringLiteral("ps"), QStringLiteral("--json") };
        QTest::newRow("diagnose") << QStringList { QStringLiteral("diagnose"), QStringLiteral("--log"),
            QStringLiteral(OGS_TEST_DATA "/ollama-logs/ollama-8772-linux-rx6750-gfx1031-not-supported.log"),
            QStringLiteral("--host"), QStringLiteral("DEAD") };
        QTest::newRow("bench") << QStringList { QStringLiteral("bench"), QStringLiteral("--model"),
            QStringLiteral("llama3.2") };
    }
    void notRunning()
    {
        QFETCH(QStringList, args);
        args.replaceInStrings(QStringLiteral("DEAD"), deadHost());
        const Result r = run(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("Ollama is not running at")), qPrintable(r.err));
    }

    void diagnoseRealLog()
    {
        const Result r = run({ QStringLiteral("diagnose"), QStringLiteral("--json"), QStringLiteral("--log"),
            QStringLiteral(OGS_TEST_DATA "/ollama-logs/ollama-8743-linux-override-10.3.0-gfx1010-and-gfx1030.log") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray devices = o.value(QLatin1String("devices")).toArray();
        QCOMPARE(devices.size(), 2);
        QCOMPARE(devices.at(1).toObject().value(QLatin1String("compute")).toString(), QStringLiteral("gfx1030"));
        QCOMPARE(devices.at(1).toObject().value(QLatin1String("gfx_target")).toString(), QStringLiteral("gfx1030"));
        QCOMPARE(devices.at(1).toObject().value(QLatin1String("total_bytes")).toDouble(), 16.0 * 1024 * 1024 * 1024);
        // The excerpt ends with a restart cut off after its "server config" line: that run never reached GPU
        // discovery, so the earlier run (which has no config line) is the one diagnosed.
        QCOMPARE(o.value(QLatin1String("log")).toObject().value(QLatin1String("runs")).toInt(), 2);
        QCOMPARE(o.value(QLatin1String("log")).toObject().value(QLatin1String("run_used")).toInt(), 1);
        QVERIFY(o.value(QLatin1String("config")).toObject().isEmpty());
        QVERIFY(o.contains(QLatin1String("findings")));
    }

    void diagnoseStdinWithSettings()
    {
        const QByteArray log = "time=2026-08-01T10:00:00.000Z level=INFO source=routes.go:1951 msg=\"server config\" "
                               "env=\"map[OLLAMA_HOST:http://127.0.0.1:11434 OLLAMA_VULKAN:false]\"\n";
        const Result r
            = run({ QStringLiteral("diagnose"), QStringLiteral("--log"), QStringLiteral("-"), QStringLiteral("--os"),
                      QStringLiteral("linux"), QStringLiteral("--expect-setting"), QStringLiteral("OLLAMA_VULKAN=1") },
                log);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("settings-not-applied")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("OLLAMA_VULKAN=1 (server saw \"false\")")));
    }

    void benchJsonWithBaseline()
    {
        OllamaTestServer server(QStringLiteral(OGS_TEST_DATA "/ollama-api"));
        server.setTokenIntervalMs(2);
        server.setCpuTokenIntervalMs(8);
        QVERIFY(server.listen());
        QTemporaryDir dir;
        const QString prefix = dir.filePath(QStringLiteral("result"));
        const Result r = run({ QStringLiteral("bench"), QStringLiteral("--model"), QStringLiteral("llama3.2"),
            QStringLiteral("--host"), server.url().toString(), QStringLiteral("--num-predict"), QStringLiteral("12"),
            QStringLiteral("--cpu-baseline"), QStringLiteral("--json"), QStringLiteral("--save"), prefix });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QLatin1String("gpu")).toObject().value(QLatin1String("tokens_streamed")).toInt(), 12);
        QCOMPARE(o.value(QLatin1String("cpu")).toObject().value(QLatin1String("processor")).toString(),
            QStringLiteral("100% CPU"));
        QVERIFY(o.value(QLatin1String("speedup")).toObject().value(QLatin1String("generation")).toDouble() > 0);
        QVERIFY(QFile::exists(prefix + QStringLiteral(".json")));
        QFile csv(prefix + QStringLiteral(".csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count('\n'), 1 + 12 + 12);
    }

    void benchExpectedFromRecommendation()
    {
        OllamaTestServer server(QStringLiteral(OGS_TEST_DATA "/ollama-api"));
        server.setTokenIntervalMs(50); // 20 tok/s
        QVERIFY(server.listen());
        const Result r = run({ QStringLiteral("bench"), QStringLiteral("--model"), QStringLiteral("llama3.2"),
            QStringLiteral("--host"), server.url().toString(), QStringLiteral("--num-predict"), QStringLiteral("4"),
            QStringLiteral("--path"), QStringLiteral("vulkan"), QStringLiteral("--gpu"), QStringLiteral("1002:731f:c1"),
            QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonObject expected = o.value(QLatin1String("expected")).toObject();
        // The seed's table: RX 5700 XT, measured on Vulkan, 12-20 tok/s with coheara-medgemma-4b-q8.
        QCOMPARE(expected.value(QLatin1String("min_tokens_per_s")).toDouble(), 12.0);
        QCOMPARE(expected.value(QLatin1String("max_tokens_per_s")).toDouble(), 20.0);
        QVERIFY2(expected.value(QLatin1String("source")).toString().contains(QLatin1String("RX 5700 XT")),
            qPrintable(expected.value(QLatin1String("source")).toString()));
        QVERIFY(expected.value(QLatin1String("note")).toString().contains(QLatin1String("coheara-medgemma-4b-q8")));
        QVERIFY(QStringList({ QStringLiteral("ok"), QStringLiteral("slow"), QStringLiteral("fast") })
                    .contains(o.value(QLatin1String("verdict")).toString()));
    }

    void benchMissingModel()
    {
        OllamaTestServer server(QStringLiteral(OGS_TEST_DATA "/ollama-api"));
        QVERIFY(server.listen());
        const Result r = run({ QStringLiteral("bench"), QStringLiteral("--model"), QStringLiteral("qwen9:1b"),
            QStringLiteral("--host"), server.url().toString() });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("ollama pull qwen9:1b")), qPrintable(r.err));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("bench without model")
            << QStringList { QStringLiteral("bench") } << QStringLiteral("--model NAME is required");
        QTest::newRow("bad num-predict") << QStringList { QStringLiteral("bench"), QStringLiteral("--model"),
            QStringLiteral("m"), QStringLiteral("--num-predict"), QStringLiteral("0") }
                                         << QStringLiteral("--num-predict");
        QTest::newRow("bad expect") << QStringList { QStringLiteral("bench"), QStringLiteral("--model"),
            QStringLiteral("m"), QStringLiteral("--expect"), QStringLiteral("fast") }
                                    << QStringLiteral("--expect");
        QTest::newRow("bad host scheme") << QStringList { QStringLiteral("ps"), QStringLiteral("--host"),
            QStringLiteral("ftp://x") } << QStringLiteral("not an http");
        QTest::newRow("missing log") << QStringList { QStringLiteral("diagnose"), QStringLiteral("--log"),
            QStringLiteral("/no/such/file.log") }
                                     << QStringLiteral("--log: '/no/such/file.log' does not exist");
        QTest::newRow("log is a folder") << QStringList { QStringLiteral("diagnose"), QStringLiteral("--log"),
            QStringLiteral(OGS_TEST_DATA) } << QStringLiteral("is a folder, not a file");
        QTest::newRow("env status missing log") << QStringList { QStringLiteral("env"), QStringLiteral("status"),
            QStringLiteral("--log"), QStringLiteral("/no/such/server.log") }
                                                << QStringLiteral("--log: '/no/such/server.log' does not exist");
        QTest::newRow("unknown ollama action")
            << QStringList { QStringLiteral("ollama"), QStringLiteral("frob") }
            << QStringLiteral("unknown action 'frob' (expected status, plan, install, update or switch)");
        QTest::newRow("port out of range") << QStringList { QStringLiteral("ps"), QStringLiteral("--host"),
            QStringLiteral("127.0.0.1:99999") } << QStringLiteral("'99999' is not a port (1 to 65535)");
        QTest::newRow("port not a number") << QStringList { QStringLiteral("bench"), QStringLiteral("--model"),
            QStringLiteral("m"), QStringLiteral("--host"), QStringLiteral("http://localhost:abc") }
                                           << QStringLiteral("'abc' is not a port");
        QTest::newRow("unclosed ipv6") << QStringList { QStringLiteral("ps"), QStringLiteral("--host"),
            QStringLiteral("http://[::1:11434") } << QStringLiteral("no closing ']'");
        QTest::newRow("space in host") << QStringList { QStringLiteral("diagnose"), QStringLiteral("--host"),
            QStringLiteral("local host:11434") } << QStringLiteral("'local host' is not a host name");
        QTest::newRow("vram 0 in recommend") << QStringList { QStringLiteral("recommend"), QStringLiteral("--vram"),
            QStringLiteral("0") } << QStringLiteral("--vram: 0 is not allowed: a GPU with no memory");
        QTest::newRow("vram 0 in budget") << QStringList { QStringLiteral("budget"), QStringLiteral("--vram"),
            QStringLiteral("0"), QStringLiteral("--model-size"), QStringLiteral("4GB") }
                                          << QStringLiteral("--vram: 0 is not allowed");
        QTest::newRow("bad os") << QStringList { QStringLiteral("diagnose"), QStringLiteral("--os"),
            QStringLiteral("amiga") }
                                << QStringLiteral("--os");
        QTest::newRow("unknown path") << QStringList { QStringLiteral("bench"), QStringLiteral("--model"),
            QStringLiteral("m"), QStringLiteral("--path"), QStringLiteral("warp") }
                                      << QStringLiteral("--path");
        QTest::newRow("gpu without path") << QStringList { QStringLiteral("bench"), QStringLiteral("--model"),
            QStringLiteral("m"), QStringLiteral("--gpu"), QStringLiteral("gfx1031") }
                                          << QStringLiteral("--gpu needs --path");
        QTest::newRow("bad gpu") << QStringList { QStringLiteral("bench"), QStringLiteral("--model"),
            QStringLiteral("m"), QStringLiteral("--path"), QStringLiteral("vulkan"), QStringLiteral("--gpu"),
            QStringLiteral("RX 6700 XT") }
                                 << QStringLiteral("--gpu: 'RX 6700 XT'");
        QTest::newRow("path and expect") << QStringList { QStringLiteral("bench"), QStringLiteral("--model"),
            QStringLiteral("m"), QStringLiteral("--path"), QStringLiteral("vulkan"), QStringLiteral("--expect"),
            QStringLiteral("1-2") } << QStringLiteral("give one");
        QTest::newRow("stray argument") << QStringList { QStringLiteral("ps"), QStringLiteral("now") }
                                        << QStringLiteral("unexpected argument");
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Result r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestOllamaCli)
#include "tst_ollamacli.moc"

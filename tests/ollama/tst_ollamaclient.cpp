#include "ollama/ollamaclient.h"
#include "ollama/ollamatypes.h"
#include "ollamatestserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace ogs;
using ogs::test::Fault;
using ogs::test::OllamaTestServer;

Q_DECLARE_METATYPE(ogs::test::Fault)
Q_DECLARE_METATYPE(ogs::OllamaError::Kind)

/// The client against the test server: every endpoint, every chunking, every failure mode.
class TestOllamaClient final : public QObject {
    Q_OBJECT
private:
    static OllamaClientOptions optionsFor(const QUrl &url)
    {
        OllamaClientOptions o;
        o.baseUrl = url;
        o.connectTimeoutMs = 3000;
        o.firstByteTimeoutMs = 5000;
        o.idleTimeoutMs = 5000;
        o.startHint = QStringLiteral("run `ollama serve`");
        return o;
    }
    static QJsonObject generateRequest(int numPredict)
    {
        return { { QStringLiteral("model"), QStringLiteral("llama3.2") },
            { QStringLiteral("prompt"), QStringLiteral("Why is the sky blue?") },
            { QStringLiteral("options"), QJsonObject { { QStringLiteral("num_predict"), numPredict } } } };
    }
    static quint16 freePort()
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return 0;
        const quint16 port = probe.serverPort();
        probe.close();
        return port;
    }

private slots:
    void initTestCase() { qRegisterMetaType<ogs::OllamaError>(); }

    void jsonEndpoints()
    {
        OllamaTestServer server(QStringLiteral(OGS_TEST_DATA "/ollama-api"));
        QVERIFY2(server.listen(), qPrintable(server.errorString()));
        OllamaClient client(optionsFor(server.url()));

        OllamaCall *v = client.version();
        QVERIFY(v->wait());
        QCOMPARE(parseVersion(v->result()), QStringLiteral("0.5.1"));

        OllamaCall *t = client.tags();
        QVERIFY(t->wait());
        const QList<LocalModel> models = parseTags(t->result());
        QCOMPARE(models.size(), 2);
        QCOMPARE(models.at(1).name, QStringLiteral("llama3.2:latest"));
        QCOMPARE(models.at(1).sizeBytes, qint64(2019393189));
        QCOMPARE(models.at(1).quantization, QStringLiteral("Q4_K_M"));

        OllamaCall *s = client.show(QStringLiteral("llama3.2"));
        QVERIFY(s->wait());
        const ModelDetails d = parseShow(s->result());
        QCOMPARE(d.architecture, QStringLiteral("llama"));
        QCOMPARE(d.blockCount, std::optional<qint64>(32));
        QCOMPARE(d.headCountKv, std::optional<qint64>(8));
        QCOMPARE(d.contextLength, std::optional<qint64>(8192));
        QCOMPARE(d.capabilities, (QStringList { QStringLiteral("completion"), QStringLiteral("vision") }));

        OllamaCall *p = client.ps();
        QVERIFY(p->wait());
        const QList<RunningModel> running = parseRunningModels(p->result());
        QCOMPARE(running.size(), 1);
        QCOMPARE(running.at(0).sizeVramBytes, qint64(5137025024));
    }

    // Found by tests/fuzz/fuzz_ollamajson: a number beyond qint64 was cast from double (undefined
    // behaviour); it now reads as missing.
    void outOfRangeNumbers()
    {
        const QJsonObject tags = QJsonDocument::fromJson(
            R"({"models":[{"name":"a:latest","size":1.1e75},{"name":"b:latest","size":-1e300}]})").object();
        const QList<LocalModel> models = parseTags(tags);
        QCOMPARE(models.size(), 2);
        QCOMPARE(models.at(0).sizeBytes, qint64(0));
        QCOMPARE(models.at(1).sizeBytes, qint64(0));
        const QJsonObject done = QJsonDocument::fromJson(R"({"done":true,"eval_count":1e30,"eval_duration":5})").object();
        QCOMPARE(parseGenerateStats(done).evalCount, qint64(0));
        QVERIFY(!parseGenerateStats(done).evalRate().has_value());
        const QJsonObject ps = QJsonDocument::fromJson(
            R"({"models":[{"name":"m","size":1e19,"size_vram":9.3e18,"context_length":1e20}]})").object();
        const QList<RunningModel> running = parseRunningModels(ps);
        QCOMPARE(running.size(), 1);
        QCOMPARE(running.at(0).sizeBytes, qint64(0));
        QVERIFY(!running.at(0).contextLength.has_value());
    }

    void runningModelsOverride()
    {
        OllamaTestServer server(QStringLiteral(OGS_TEST_DATA "/ollama-api"));
        const QJsonArray models { QJsonObject { { QStringLiteral("name"), QStringLiteral("odd:1b") },
            { QStringLiteral("size"), 100 }, { QStringLiteral("size_vram"), 150 } } };
        server.setRunningModels(QJsonObject { { QStringLiteral("models"), models } });
        QVERIFY(server.listen());
        OllamaClient client(optionsFor(server.url()));
        OllamaCall *p = client.ps();
        QVERIFY(p->wait());
        const QList<RunningModel> running = parseRunningModels(p->result());
        QCOMPARE(running.size(), 1);
        QCOMPARE(running.at(0).name, QStringLiteral("odd:1b"));
        QCOMPARE(running.at(0).sizeVramBytes, qint64(150));
        QVERIFY(!running.at(0).expiresAt.isValid());
    }

    void generateStream_data()
    {
        QTest::addColumn<int>("writeChunkBytes");
        QTest::newRow("one write per object") << 0;
        QTest::newRow("1-byte pieces") << 1;
        QTest::newRow("3-byte pieces") << 3;
        QTest::newRow("17-byte pieces") << 17;
    }
    void generateStream()
    {
        QFETCH(int, writeChunkBytes);
        OllamaTestServer server(QStringLiteral(OGS_TEST_DATA "/ollama-api"));
        server.setTokenIntervalMs(2);
        server.setWriteChunkBytes(writeChunkBytes);
        QVERIFY(server.listen());
        OllamaClient client(optionsFor(server.url()));
        OllamaCall *call = client.generate(generateRequest(9));
        QStringList pieces;
        connect(call, &OllamaCall::objectReceived, this, [&pieces](const QJsonObject &o) {
            if (!o.value(QLatin1String("done")).toBool())
                pieces << o.value(QLatin1String("response")).toString();
        });
        QSignalSpy finished(call, &OllamaCall::finished);
        QVERIFY2(call->wait(), qPrintable(call->error().message));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(call->objectCount(), 10);
        const QStringList transcript = server.transcriptTokens();
        QCOMPARE(pieces.size(), 9);
        QCOMPARE(pieces.mid(0, 7), transcript);
        QCOMPARE(pieces.join(QString()), transcript.join(QString()) + transcript.mid(0, 2).join(QString()));
        const GenerateStats stats = parseGenerateStats(call->result());
        QCOMPARE(stats.doneReason, QStringLiteral("length"));
        QCOMPARE(stats.evalCount, qint64(9));
        QVERIFY(stats.evalDurationNs > 0);
        QVERIFY(stats.evalRate().has_value());
        QVERIFY(stats.promptEvalCount > 0);
        QCOMPARE(server.requests().last().body.value(QLatin1String("stream")).toBool(), true);
    }

    void transcriptFidelity()
    {
        // Without num_predict the server replays generate-stream.ndjson token for token; with "stream": false the
        // one object carries the same text as generate-nostream.json.
        OllamaTestServer server(QStringLiteral(OGS_TEST_DATA "/ollama-api"));
        server.setTokenIntervalMs(1);
        QVERIFY(server.listen());
        OllamaClient client(optionsFor(server.url()));
        const QJsonObject request { { QStringLiteral("model"), QStringLiteral("llama3.2") },
            { QStringLiteral("prompt"), QStringLiteral("Is the sky blue?") } };
        QFile nostream(QStringLiteral(OGS_TEST_DATA "/ollama-api/generate-nostream.json"));
        QVERIFY(nostream.open(QIODevice::ReadOnly));
        const QString expected
            = QJsonDocument::fromJson(nostream.readAll()).object().value(QLatin1String("response")).toString();
        QCOMPARE(expected, QStringLiteral("That's a fantastic question!"));

        QJsonObject single = request;
        single.insert(QStringLiteral("stream"), false);
        OllamaCall *one
            = client.request(QStringLiteral("POST"), QStringLiteral("/api/generate"), single, OllamaCall::Mode::Json);
        QVERIFY2(one->wait(), qPrintable(one->error().message));
        QCOMPARE(one->result().value(QLatin1String("response")).toString(), expected);
        QCOMPARE(one->result().value(QLatin1String("done_reason")).toString(), QStringLiteral("stop"));
        QVERIFY(one->result().value(QLatin1String("eval_count")).toInt() == 7);

        QJsonObject streamed = single;
        streamed.remove(QStringLiteral("stream"));
        QString text;
        OllamaCall *call = client.generate(streamed);
        connect(call, &OllamaCall::objectReceived, this,
            [&text](const QJsonObject &o) { text += o.value(QLatin1String("response")).toString(); });
        QVERIFY(call->wait());
        QCOMPARE(text, expected);
        QCOMPARE(call->objectCount(), 8); // 7 tokens and the final object
        QVERIFY(call->result().contains(QLatin1String("context"))); // fields of the api.md final object
    }

    void pullProgress()
    {
        OllamaTestServer server(QStringLiteral(OGS_TEST_DATA "/ollama-api"));
        server.setTokenIntervalMs(1);
        QVERIFY(server.listen());
        OllamaClient client(optionsFor(server.url()));
        OllamaCall *call = client.pull(QStringLiteral("qwen3:4b"));
        QList<PullProgress> progress;
        connect(call, &OllamaCall::objectReceived, this,
            [&progress](const QJsonObject &o) { progress << parsePullProgress(o); });
        QVERIFY2(call->wait(), qPrintable(call->error().message));
        QVERIFY(progress.size() >= 6);
        QCOMPARE(progress.first().status, QStringLiteral("pulling manifest"));
        QVERIFY(!progress.first().total.has_value());
        QCOMPARE(progress.at(1).digest, QStringLiteral("digestname"));
        QCOMPARE(progress.at(1).total, std::optional<qint64>(2142590208));
        QVERIFY(!progress.at(1).completed.has_value()); // completed arrives late
        qint64 last = -1;
        for (const PullProgress &p : std::as_const(progress)) {
            if (p.completed) {
                QVERIFY(*p.completed >= last);
                last = *p.completed;
            }
        }
        QCOMPARE(last, qint64(2142590208));
        QCOMPARE(progress.last().status, QStringLiteral("success"));
        OllamaCall *tags = client.tags();
        QVERIFY(tags->wait());
        bool found = false;
        for (const LocalModel &m : parseTags(tags->result()))
            found = found || m.name == QLatin1String("qwen3:4b");
        QVERIFY(found);
    }

    void loadAndUnload()
    {
        OllamaTestServer server(QStringLiteral(OGS_TEST_DATA "/ollama-api"));
        QVERIFY(server.listen());
        OllamaClient client(optionsFor(server.url()));
        OllamaCall *load = client.generate({ { QStringLiteral("model"), QStringLiteral("llama3.2") } });
        QVERIFY(load->wait());
        QCOMPARE(load->result().value(QLatin1String("done_reason")).toString(), QStringLiteral("load"));
        QVERIFY(server.loadedModels().contains(QStringLiteral("llama3.2:latest")));
        OllamaCall *unload = client.unload(QStringLiteral("llama3.2"));
        QVERIFY(unload->wait());
        QCOMPARE(unload->result().value(QLatin1String("done_reason")).toString(), QStringLiteral("unload"));
        QCOMPARE(server.requests().last().body.value(QLatin1String("keep_alive")).toInt(-1), 0);
        QVERIFY(!server.loadedModels().contains(QStringLiteral("llama3.2:latest")));
    }

    void failures_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<OllamaError::Kind>("kind");
        QTest::addColumn<QString>("messagePart");
        const QString gen = QStringLiteral("/api/generate");
        QTest::newRow("500") << gen << Fault::HttpError500 << OllamaError::Kind::HttpError
                             << QStringLiteral("the model failed to generate a response");
        QTest::newRow("error inside 200 stream") << gen << Fault::ErrorMidStream << OllamaError::Kind::ServerError
                                                 << QStringLiteral("an error was encountered while running the model");
        QTest::newRow("malformed line") << gen << Fault::MalformedJson << OllamaError::Kind::MalformedJson
                                        << QStringLiteral("not valid JSON");
        QTest::newRow("line over cap") << gen << Fault::OverlongLine << OllamaError::Kind::LineTooLong
                                       << QStringLiteral("without a line break");
        QTest::newRow("drop mid-stream") << gen << Fault::DropMidStream << OllamaError::Kind::StreamTruncated
                                         << QStringLiteral("closed before the answer");
        QTest::newRow("silent stream") << gen << Fault::Stall << OllamaError::Kind::IdleTimeout
                                       << QStringLiteral("stopped sending");
        QTest::newRow("no answer") << gen << Fault::NoResponse << OllamaError::Kind::FirstByteTimeout
                                   << QStringLiteral("stuck loading the model");
        // /api/ps loads nothing: a silent answer to it is a stuck server, not a model loading.
        QTest::newRow("ps no answer") << QStringLiteral("/api/ps") << Fault::NoResponse
                                      << OllamaError::Kind::FirstByteTimeout
                                      << QStringLiteral("accepted the connection but sent nothing for 0.4 s in answer "
                                                        "to /api/ps: Ollama may be stuck; restart it.");
        QTest::newRow("endless slow stream")
            << gen << Fault::EndlessStream << OllamaError::Kind::TotalTimeout << QStringLiteral("did not finish");
        QTest::newRow("tags malformed body") << QStringLiteral("/api/tags") << Fault::MalformedJson
                                             << OllamaError::Kind::MalformedJson << QStringLiteral("really Ollama");
        QTest::newRow("ps dropped body") << QStringLiteral("/api/tags") << Fault::DropMidStream
                                         << OllamaError::Kind::StreamTruncated << QStringLiteral("closed before");
        QTest::newRow("ps 500") << QStringLiteral("/api/ps") << Fault::HttpError500 << OllamaError::Kind::HttpError
                                << QStringLiteral("HTTP 500");
    }
    void failures()
    {
        QFETCH(QString, path);
        QFETCH(Fault, fault);
        QFETCH(OllamaError::Kind, kind);
        QFETCH(QString, messagePart);
        OllamaTestServer server(QStringLiteral(OGS_TEST_DATA "/ollama-api"));
        server.setTokenIntervalMs(5);
        server.setFault(path, fault, 2);
        QVERIFY(server.listen());
        OllamaClientOptions options = optionsFor(server.url());
        // Only the timeout under test is short, so a loaded machine cannot turn one timeout into another.
        options.firstByteTimeoutMs = fault == Fault::NoResponse ? 400 : 15000;
        options.idleTimeoutMs = fault == Fault::Stall ? 400 : 15000;
        options.totalTimeoutMs = fault == Fault::EndlessStream ? 1500 : 60000;
        options.maxLineBytes = 64 * 1024;
        OllamaClient client(options);
        OllamaCall *call = path == QLatin1String("/api/generate")
            ? client.generate(generateRequest(400))
            : client.request(QStringLiteral("GET"), path, {}, OllamaCall::Mode::Json);
        QSignalSpy failed(call, &OllamaCall::failed);
        QSignalSpy finished(call, &OllamaCall::finished);
        QVERIFY(!call->wait());
        QCOMPARE(call->error().kind, kind);
        QVERIFY2(call->error().message.contains(messagePart), qPrintable(call->error().message));
        if (path != QLatin1String("/api/generate"))
            QVERIFY2(!call->error().message.contains(QLatin1String("loading")), qPrintable(call->error().message));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(finished.count(), 1);
        if (fault == Fault::ErrorMidStream)
            QCOMPARE(call->objectCount(), 4); // the four tokens of error-midstream.ndjson came through first
        QTest::qWait(50);
        QCOMPARE(finished.count(), 1);
    }

    /// Issue #20: a redirect to another host is not followed (bench sent its prompt there, ps and
    /// status reported the other server's answers as Ollama's); the message says what happened.
    void crossHostRedirectIsNotFollowed()
    {
        OllamaTestServer configured(QStringLiteral(OGS_TEST_DATA "/ollama-api"));
        OllamaTestServer other(QStringLiteral(OGS_TEST_DATA "/ollama-api"));
        QVERIFY(configured.listen() && other.listen());
        QUrl elsewhere = other.url();
        elsewhere.setHost(QStringLiteral("localhost")); // another host name (and another port)
        elsewhere.setPath(QStringLiteral("/api/generate"));
        configured.setRedirect(QStringLiteral("/api/generate"), elsewhere);
        QUrl psElsewhere = other.url();
        psElsewhere.setPath(QStringLiteral("/api/ps"));
        configured.setRedirect(QStringLiteral("/api/ps"), psElsewhere); // same host name, other port
        OllamaClient client(optionsFor(configured.url()));

        OllamaCall *g = client.generate(generateRequest(4));
        QVERIFY(!g->wait());
        QCOMPARE(g->error().kind, OllamaError::Kind::Redirected);
        QVERIFY2(g->error().message.contains(QStringLiteral("redirected to another address (http://localhost:")),
            qPrintable(g->error().message));
        QVERIFY2(g->error().message.contains(QStringLiteral("not followed")), qPrintable(g->error().message));
        OllamaCall *p = client.ps();
        QVERIFY(!p->wait());
        QCOMPARE(p->error().kind, OllamaError::Kind::Redirected);
        QCOMPARE(errorKindKey(p->error().kind), QStringLiteral("redirected"));
        QVERIFY2(other.requests().isEmpty(), "the other server got a request");

        // The same host and port is followed (a path moved on the same server).
        QUrl moved = configured.url();
        moved.setPath(QStringLiteral("/api/version"));
        configured.setRedirect(QStringLiteral("/api/old-version"), moved);
        OllamaCall *v = client.request(QStringLiteral("GET"), QStringLiteral("/api/old-version"), {}, OllamaCall::Mode::Json);
        QVERIFY2(v->wait(), qPrintable(v->error().message));
        QVERIFY(v->result().contains(QStringLiteral("version")));
    }

    /// Issue #20: a redirect loop says "too many redirects" (it said "HTTP 100"-like statuses).
    void redirectLoopSaysSo()
    {
        OllamaTestServer server(QStringLiteral(OGS_TEST_DATA "/ollama-api"));
        QVERIFY(server.listen());
        QUrl self = server.url();
        self.setPath(QStringLiteral("/api/version"));
        server.setRedirect(QStringLiteral("/api/version"), self);
        OllamaClient client(optionsFor(server.url()));
        OllamaCall *v = client.version();
        QVERIFY(!v->wait());
        QCOMPARE(v->error().kind, OllamaError::Kind::Redirected);
        QVERIFY2(v->error().message.contains(QStringLiteral("too many redirects (a loop, or more than 5)")),
            qPrintable(v->error().message));
    }

    /// The wizard's and the commands' patient limits are for loading a model; a server that accepts the
    /// connection and then hangs is caught on /api/version within the quick limit, and says so.
    void hangingServerIsCaughtByTheQuickLimit()
    {
        OllamaTestServer server(QStringLiteral(OGS_TEST_DATA "/ollama-api"));
        server.setFault(QStringLiteral("/api/version"), Fault::NoResponse);
        QVERIFY(server.listen());
        OllamaClientOptions options = optionsFor(server.url());
        options.firstByteTimeoutMs = 300000; // as patient as a model load
        options.idleTimeoutMs = 60000;
        options.totalTimeoutMs = 10000; // without the quick limit, this would end it instead
        options.quickTimeoutMs = 300;
        OllamaClient client(options);
        OllamaCall *call = client.version();
        QVERIFY(!call->wait());
        QCOMPARE(call->error().kind, OllamaError::Kind::FirstByteTimeout);
        QVERIFY2(call->error().message.contains(QLatin1String("accepted the connection but sent nothing for 0.3 s")),
            qPrintable(call->error().message));
    }

    void modelNotFound()
    {
        OllamaTestServer server(QStringLiteral(OGS_TEST_DATA "/ollama-api"));
        QVERIFY(server.listen());
        OllamaClient client(optionsFor(server.url()));
        QJsonObject request = generateRequest(4);
        request.insert(QStringLiteral("model"), QStringLiteral("qwen9:1b"));
        OllamaCall *call = client.generate(request);
        QVERIFY(!call->wait());
        QCOMPARE(call->error().kind, OllamaError::Kind::ModelNotFound);
        QCOMPARE(call->error().httpStatus, 404);
        QVERIFY2(
            call->error().message.contains(QLatin1String("ollama pull qwen9:1b")), qPrintable(call->error().message));
    }

    void notRunning()
    {
        const quint16 port = freePort();
        QVERIFY(port != 0);
        OllamaClient client(optionsFor(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))));
        OllamaCall *call = client.version();
        QVERIFY(!call->wait());
        QCOMPARE(call->error().kind, OllamaError::Kind::NotRunning);
        QVERIFY2(call->error().message.contains(QLatin1String("not running")), qPrintable(call->error().message));
        QVERIFY(call->error().message.contains(QLatin1String("ollama serve")));
        QCOMPARE(call->attempts(), 1);
    }

    void connectTimeout()
    {
        // A listener that never accepts and whose kernel accept queue is full: the kernel drops further SYNs, so a
        // new connection stays in "connecting" (loopback only, nothing leaves the machine).
#ifndef Q_OS_LINUX
        QSKIP("relies on Linux dropping SYNs while the accept queue is full (Windows answers with a reset)");
#endif
        QTcpServer jammed;
        jammed.setListenBacklogSize(0);
        QVERIFY(jammed.listen(QHostAddress::LocalHost, 0));
        jammed.pauseAccepting();
        QList<QTcpSocket *> fillers;
        for (int i = 0; i < 8; ++i) {
            auto *s = new QTcpSocket(this);
            s->connectToHost(QHostAddress::LocalHost, jammed.serverPort());
            fillers << s;
        }
        QTest::qWait(200);
        OllamaClientOptions options = optionsFor(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(jammed.serverPort())));
        options.connectTimeoutMs = 300;
        OllamaClient client(options);
        OllamaCall *call = client.version();
        QVERIFY(!call->wait());
        QCOMPARE(call->error().kind, OllamaError::Kind::ConnectTimeout);
        QVERIFY2(call->error().message.contains(QLatin1String("No connection to Ollama")),
            qPrintable(call->error().message));
        qDeleteAll(fillers);
    }

    void retriesWhileRestarting()
    {
        OllamaTestServer server(QStringLiteral(OGS_TEST_DATA "/ollama-api"));
        QVERIFY(server.listen());
        server.restart(700);
        OllamaClientOptions options = optionsFor(server.url());
        options.retryWindowMs = 5000;
        options.retryIntervalMs = 100;
        OllamaClient client(options);
        OllamaCall *call = client.version();
        QVERIFY2(call->wait(), qPrintable(call->error().message));
        QVERIFY(call->attempts() > 1);
        QCOMPARE(parseVersion(call->result()), QStringLiteral("0.5.1"));
    }

    void retryWindowRunsOut()
    {
        const quint16 port = freePort();
        OllamaClientOptions options = optionsFor(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        options.retryWindowMs = 400;
        options.retryIntervalMs = 100;
        OllamaClient client(options);
        OllamaCall *call = client.version();
        QVERIFY(!call->wait());
        QCOMPARE(call->error().kind, OllamaError::Kind::NotRunning);
        QVERIFY(call->attempts() >= 2);
        QVERIFY(call->error().message.contains(QLatin1String("still refused")));
    }

    void cancelMidStream()
    {
        OllamaTestServer server(QStringLiteral(OGS_TEST_DATA "/ollama-api"));
        server.setTokenIntervalMs(5);
        QVERIFY(server.listen());
        OllamaClient client(optionsFor(server.url()));
        OllamaCall *call = client.generate(generateRequest(1000));
        connect(call, &OllamaCall::objectReceived, call, [call] {
            if (call->objectCount() == 3)
                call->cancel();
        });
        QSignalSpy finished(call, &OllamaCall::finished);
        QVERIFY(!call->wait());
        QCOMPARE(call->error().kind, OllamaError::Kind::Cancelled);
        QCOMPARE(call->objectCount(), 3);
        QTest::qWait(50);
        QCOMPARE(finished.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestOllamaClient)
#include "tst_ollamaclient.moc"

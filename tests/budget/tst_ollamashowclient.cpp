#include "budget/modelcatalogue.h"
#include "budget/ollamashowclient.h"

#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace ogs;

namespace {

/// A loopback stand-in for Ollama: answers /api/show and /api/tags from fixtures and records requests.
class FakeOllama final : public QObject {
public:
    explicit FakeOllama(QByteArray show, QByteArray tags, int showStatus = 200)
        : m_show(std::move(show))
        , m_tags(std::move(tags))
        , m_showStatus(showStatus)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection())
                connect(s, &QTcpSocket::readyRead, this, [this, s] { handle(s); });
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    QStringList requests;
    QByteArray lastBody;

private:
    void handle(QTcpSocket *s)
    {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        const int end = buf.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buf.left(end);
        qsizetype length = 0;
        for (const QByteArray &line : head.split('\n'))
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        if (buf.size() < end + 4 + length)
            return;
        const QList<QByteArray> requestLine = head.split('\n').first().split(' ');
        const QString path = QString::fromLatin1(requestLine.value(1));
        requests << QString::fromLatin1(requestLine.value(0)) + QLatin1Char(' ') + path;
        lastBody = buf.mid(end + 4, length);
        int status = 404;
        QByteArray body = "{\"error\":\"not found\"}";
        if (path == QLatin1String("/api/show")) {
            status = m_showStatus;
            body = m_show;
        } else if (path == QLatin1String("/api/tags")) {
            status = 200;
            body = m_tags;
        }
        s->write("HTTP/1.1 " + QByteArray::number(status)
            + " X\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        s->disconnectFromHost();
    }

    QTcpServer m_server;
    QByteArray m_show;
    QByteArray m_tags;
    int m_showStatus;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(OGS_TEST_DATA "/budget/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestOllamaShowClient final : public QObject {
    Q_OBJECT

private slots:
    void describesFromShowAndTags();
    void sizeMissingFromTags();
    void serverError();
    void normalizeHost_data();
    void normalizeHost();
};

void TestOllamaShowClient::describesFromShowAndTags()
{
    FakeOllama server(fixture("show-llama3-8b.json"),
        "{\"models\":[{\"name\":\"llama3:latest\",\"model\":\"llama3:latest\",\"size\":4661224676}]}");
    OllamaShowClient client(server.url(), ModelCatalogue::builtin().globalEvery(), 5000);
    QString error;
    const std::optional<ModelDescription> d = client.describe(QStringLiteral("llama3"), &error);
    QVERIFY2(d, qPrintable(error));
    QCOMPARE(d->arch.architecture, QStringLiteral("llama"));
    QCOMPARE(d->arch.blockCount, 32);
    QCOMPARE(d->arch.headCountKv.value(0), 8);
    QCOMPARE(d->arch.keyLength, 128);
    QCOMPARE(d->arch.vocabSize, qint64(128256));
    QCOMPARE(d->quantization, QStringLiteral("Q4_0"));
    QCOMPARE(d->sizeBytes, std::optional<qint64>(4661224676));
    QCOMPARE(server.requests, (QStringList { QStringLiteral("POST /api/show"), QStringLiteral("GET /api/tags") }));
}

void TestOllamaShowClient::sizeMissingFromTags()
{
    FakeOllama server(fixture("show-llama3-8b.json"), "{\"models\":[]}");
    OllamaShowClient client(server.url(), {}, 5000);
    QString error;
    const std::optional<ModelDescription> d = client.describe(QStringLiteral("llama3:8b"), &error);
    QVERIFY(d);
    QVERIFY(!d->sizeBytes);
    QCOMPARE(server.lastBody, QByteArray());
}

void TestOllamaShowClient::serverError()
{
    FakeOllama server("{\"error\":\"model 'nope' not found\"}", "{}", 404);
    OllamaShowClient client(server.url(), {}, 5000);
    QString error;
    QVERIFY(!client.describe(QStringLiteral("nope"), &error));
    QVERIFY2(error.contains(QLatin1String("not found")), qPrintable(error));
    // A model Ollama lacks: what to do about it, not only the status.
    QVERIFY2(error.contains(QLatin1String("`ollama pull nope`")) && error.contains(QLatin1String("--model-size")),
        qPrintable(error));
}

void TestOllamaShowClient::normalizeHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("url");
    QTest::newRow("default") << QString() << QStringLiteral("http://127.0.0.1:11434");
    QTest::newRow("host-port") << QStringLiteral("localhost:11434") << QStringLiteral("http://localhost:11434");
    QTest::newRow("bind-all") << QStringLiteral("0.0.0.0") << QStringLiteral("http://127.0.0.1:11434");
    QTest::newRow("url") << QStringLiteral("http://172.22.48.1:11434/") << QStringLiteral("http://172.22.48.1:11434");
    QTest::newRow("https") << QStringLiteral("https://ollama.example") << QStringLiteral("https://ollama.example:443");
    QTest::newRow("ftp") << QStringLiteral("ftp://x") << QString();
}

void TestOllamaShowClient::normalizeHost()
{
    QFETCH(QString, host);
    QFETCH(QString, url);
    QCOMPARE(OllamaShowClient::normalizeHost(host).toString(), url);
}

QTEST_GUILESS_MAIN(TestOllamaShowClient)
#include "tst_ollamashowclient.moc"

#include "ollama/ollamaclient.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace ogs;

/// A misbehaving server on loopback that streams two good objects and then a 10 MB line with no
/// line break, with the client's default limits (1 MiB per line).
class TestHugeLine final : public QObject {
    Q_OBJECT
private slots:
    void tenMegabyteLine()
    {
        constexpr qsizetype kLine = 10 * 1000 * 1000;
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        connect(&server, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                if (!socket->readAll().contains("\r\n\r\n") || socket->property("answered").toBool())
                    return;
                socket->setProperty("answered", true);
                QByteArray body = "{\"model\":\"m\",\"response\":\"a\",\"done\":false}\n"
                                  "{\"model\":\"m\",\"response\":\"b\",\"done\":false}\n"
                                  "{\"model\":\"m\",\"response\":\"";
                body.append(QByteArray(kLine, 'x'));
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/x-ndjson\r\nConnection: close\r\n"
                              "Content-Length: "
                    + QByteArray::number(body.size()) + "\r\n\r\n");
                socket->write(body);
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            });
        });
        OllamaClientOptions options;
        options.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()));
        OllamaClient client(options); // default caps
        OllamaCall *call = client.generate(
            { { QStringLiteral("model"), QStringLiteral("m") }, { QStringLiteral("prompt"), QStringLiteral("hi") } });
        QSignalSpy finished(call, &OllamaCall::finished);
        QVERIFY(!call->wait());
        QCOMPARE(call->error().kind, OllamaError::Kind::LineTooLong);
        QVERIFY2(
            call->error().message.contains(QLatin1String("Ollama sent more than 1024 KiB without a line break in the "
                                                         "answer to /api/generate; the answer was abandoned.")),
            qPrintable(call->error().message));
        // Nothing lost: the two objects before the long line came through; finished came once.
        QCOMPARE(call->objectCount(), 2);
        QCOMPARE(finished.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestHugeLine)
#include "tst_hugeline.moc"

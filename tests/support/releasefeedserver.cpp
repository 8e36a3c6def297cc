#include "releasefeedserver.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace ogs::test {

namespace {

QByteArray header(int status, const QByteArray &reason, qint64 length, const QByteArray &extra = QByteArray())
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Length: " + QByteArray::number(length)
        + "\r\nContent-Type: application/octet-stream\r\nConnection: close\r\n" + extra + "\r\n";
}

QString fileName(const QString &path)
{
    return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
}

} // namespace

ReleaseFeedServer::ReleaseFeedServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ReleaseFeedServer::onNewConnection);
}

ReleaseFeedServer::~ReleaseFeedServer() = default;

bool ReleaseFeedServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl ReleaseFeedServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path));
}

void ReleaseFeedServer::setFile(const QString &path, const QByteArray &body)
{
    m_files.insert(path, body);
}

void ReleaseFeedServer::setFault(const QString &path, FeedFault fault)
{
    m_faults.insert(path, fault);
}

void ReleaseFeedServer::setSlowPace(int bytes, int intervalMs)
{
    m_slowBytes = bytes;
    m_slowIntervalMs = intervalMs;
}

QString ReleaseFeedServer::sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

void ReleaseFeedServer::publishRelease(
    const QString &feedPath, const QString &tag, const QStringList &assetPaths, bool digests)
{
    QJsonArray assets;
    for (const QString &p : assetPaths) {
        QJsonObject a { { QStringLiteral("name"), fileName(p) },
            { QStringLiteral("browser_download_url"), url(p).toString() },
            { QStringLiteral("size"), static_cast<double>(m_files.value(p).size()) } };
        if (digests)
            a.insert(QStringLiteral("digest"), QString(QStringLiteral("sha256:") + sha256Of(m_files.value(p))));
        assets.append(a);
    }
    const QJsonObject feed { { QStringLiteral("tag_name"), tag }, { QStringLiteral("name"), tag },
        { QStringLiteral("assets"), assets } };
    setFile(feedPath, QJsonDocument(feed).toJson());
}

QByteArray ReleaseFeedServer::checksumList(const QStringList &assetPaths) const
{
    QByteArray text;
    for (const QString &p : assetPaths)
        text += sha256Of(m_files.value(p)).toLatin1() + "  ./" + fileName(p).toUtf8() + '\n';
    return text;
}

void ReleaseFeedServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        auto buffer = std::make_shared<QByteArray>();
        auto answered = std::make_shared<bool>(false);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer, answered] {
            if (*answered) {
                socket->readAll();
                return;
            }
            *buffer += socket->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> requestLine = buffer->left(buffer->indexOf("\r\n")).split(' ');
            *answered = true;
            const QString path = QString::fromUtf8(requestLine.value(1));
            m_requested << path;
            respond(socket, path);
        });
    }
}

void ReleaseFeedServer::respond(QTcpSocket *socket, const QString &requested)
{
    QString path = requested;
    if (path == QLatin1String("/api/version") && !m_ollamaVersion.isEmpty()) {
        const QByteArray body = QJsonDocument(QJsonObject { { QStringLiteral("version"), m_ollamaVersion } }).toJson();
        socket->write(header(200, "OK", body.size()) + body);
        socket->disconnectFromHost();
        return;
    }
    if (path.startsWith(QLatin1String("/mirror/")))
        path = path.mid(7);
    const FeedFault fault = requested.startsWith(QLatin1String("/mirror/")) ? FeedFault::None : m_faults.value(path);
    if (!m_files.contains(path) || fault == FeedFault::NotFound) {
        const QByteArray body = "not found\n";
        socket->write(header(404, "Not Found", body.size()) + body);
        socket->disconnectFromHost();
        return;
    }
    QByteArray body = m_files.value(path);
    switch (fault) {
    case FeedFault::RedirectLoop:
        socket->write(header(302, "Found", 0, "Location: " + path.toUtf8() + "\r\n"));
        socket->disconnectFromHost();
        return;
    case FeedFault::RedirectOtherHost:
    case FeedFault::RedirectSameHost: {
        const QByteArray location = fault == FeedFault::RedirectOtherHost
            ? QStringLiteral("http://localhost:%1/mirror%2").arg(port()).arg(path).toUtf8()
            : QByteArray("/mirror") + path.toUtf8();
        socket->write(header(302, "Found", 0, "Location: " + location + "\r\n"));
        socket->disconnectFromHost();
        return;
    }
    case FeedFault::Deflate: {
        const QByteArray packed = qCompress(body).mid(4); // zlib stream without Qt's length prefix
        socket->write(header(200, "OK", packed.size(), "Content-Encoding: deflate\r\n") + packed);
        socket->disconnectFromHost();
        return;
    }
    case FeedFault::Corrupt:
        if (!body.isEmpty())
            body[body.size() / 2] = static_cast<char>(body.at(body.size() / 2) ^ 0x5a);
        break;
    case FeedFault::Truncated:
        body.truncate(body.size() / 2);
        break;
    case FeedFault::DropMidBody:
        socket->write(header(200, "OK", body.size()) + body.left(body.size() / 2));
        socket->flush();
        QTimer::singleShot(50, socket, [socket] { socket->abort(); });
        return;
    case FeedFault::Slow: {
        socket->write(header(200, "OK", body.size()));
        auto timer = new QTimer(socket);
        auto offset = std::make_shared<qsizetype>(0);
        connect(timer, &QTimer::timeout, socket, [this, socket, timer, body, offset] {
            socket->write(body.mid(*offset, m_slowBytes));
            *offset += m_slowBytes;
            if (*offset >= body.size()) {
                timer->stop();
                socket->disconnectFromHost();
            }
        });
        timer->start(m_slowIntervalMs);
        return;
    }
    default:
        break;
    }
    socket->write(header(200, "OK", body.size()) + body);
    socket->disconnectFromHost();
}

} // namespace ogs::test

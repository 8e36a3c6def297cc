// The downloader's own rules: TLS errors are reported and never ignored, limits and stalls end a
// download, a bad address or folder is a clear error, and no failure leaves a file behind.
#include "getollama/download.h"
#include "releasefeedserver.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTcpServer>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ogs;
using ogs::test::FeedFault;
using ogs::test::ReleaseFeedServer;

namespace {

/// A loopback HTTPS server with a self-signed certificate for 127.0.0.1 and localhost (trusted only
/// by this test process): each path answers a redirect to a fixed address or a small body.
class TlsRedirectServer final : public QObject {
public:
    bool start(const QString &dir)
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty() || !QSslSocket::supportsSsl())
            return false;
        const QString key = dir + QStringLiteral("/redirect-key.pem");
        const QString cert = dir + QStringLiteral("/redirect-cert.pem");
        QProcess make;
        make.setStandardOutputFile(QProcess::nullDevice());
        make.setStandardErrorFile(QProcess::nullDevice());
        make.start(openssl, { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost") });
        if (!make.waitForFinished(60000) || make.exitCode() != 0)
            return false;
        QFile certFile(cert);
        QFile keyFile(key);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return false;
        m_cert = QSslCertificate(certFile.readAll());
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(m_cert);
        config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
        m_server.setSslConfiguration(config);
        connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    /// The client side trusts the certificate: only this process, only while the test runs.
    QSslConfiguration trusting() const
    {
        QSslConfiguration c = QSslConfiguration::defaultConfiguration();
        c.addCaCertificate(m_cert);
        return c;
    }
    QUrl url(const QString &host, const QString &path) const
    {
        return QUrl(QStringLiteral("https://%1:%2%3").arg(host).arg(m_server.serverPort()).arg(path));
    }
    void redirect(const QString &path, const QUrl &to) { m_redirects.insert(path, to); }
    void setFile(const QString &path, const QByteArray &body) { m_files.insert(path, body); }

private:
    void serve(QTcpSocket *socket)
    {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            m_pending[socket] += socket->readAll();
            if (!m_pending[socket].contains("\r\n\r\n"))
                return;
            const QString path = QString::fromLatin1(m_pending.take(socket).split(' ').value(1));
            QByteArray answer;
            if (m_redirects.contains(path)) {
                answer = "HTTP/1.1 302 Found\r\nLocation: " + m_redirects.value(path).toEncoded()
                    + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
            } else {
                const QByteArray body = m_files.value(path, "not found\n");
                answer = (m_files.contains(path) ? "HTTP/1.1 200 OK" : "HTTP/1.1 404 Not Found")
                    + QByteArray("\r\nContent-Length: ") + QByteArray::number(body.size())
                    + "\r\nConnection: close\r\n\r\n" + body;
            }
            socket->write(answer);
            socket->disconnectFromHost();
        });
    }

    QSslServer m_server;
    QSslCertificate m_cert;
    QHash<QString, QUrl> m_redirects;
    QHash<QString, QByteArray> m_files;
    QHash<QTcpSocket *, QByteArray> m_pending;
};

} // namespace

class TestDownload final : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;

    QString target() const { return m_dir.path() + QStringLiteral("/dl/file.bin"); }
    QStringList leftovers() const { return QDir(m_dir.path() + QStringLiteral("/dl")).entryList(QDir::Files | QDir::Hidden); }

    QString fetch(const QUrl &url, const DownloadOptions &options, const QString &sha = QString())
    {
        Download d(&m_nam, url, target(), sha, options);
        d.start();
        return d.wait() ? QString() : d.error();
    }

private slots:
    void init() { QDir(m_dir.path() + QStringLiteral("/dl")).removeRecursively(); }

    void tlsErrorsAreReported()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            QSKIP("openssl is not installed (needed to make a self-signed certificate)");
        const QString key = m_dir.path() + QStringLiteral("/key.pem");
        const QString cert = m_dir.path() + QStringLiteral("/cert.pem");
        QCOMPARE(QProcess::execute(openssl, { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                                QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                                                QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("2"),
                                                QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1") }),
            0);
        QFile certFile(cert);
        QFile keyFile(key);
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(certFile.readAll()));
        config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
        QSslServer server;
        server.setSslConfiguration(config);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const QString error = fetch(QUrl(QStringLiteral("https://127.0.0.1:%1/OllamaSetup.exe").arg(server.serverPort())), {});
        QVERIFY2(error.contains(QStringLiteral("TLS certificate problem")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("self"), Qt::CaseInsensitive), qPrintable(error));
        QVERIFY(leftovers().isEmpty());
    }

    void stallsAndLimits()
    {
        ReleaseFeedServer server;
        QVERIFY(server.listen());
        server.setFile(QStringLiteral("/big"), QByteArray(64 * 1024, 'x'));
        DownloadOptions small;
        small.maxBytes = 1000;
        QString error = fetch(server.url(QStringLiteral("/big")), small);
        QVERIFY2(error.contains(QStringLiteral("larger than 1000 bytes; refused")), qPrintable(error));
        QVERIFY(leftovers().isEmpty());

        server.setFault(QStringLiteral("/big"), FeedFault::Slow);
        server.setSlowPace(1024, 1000);
        DownloadOptions impatient;
        impatient.idleTimeoutMs = 300;
        error = fetch(server.url(QStringLiteral("/big")), impatient);
        QVERIFY2(error.contains(QStringLiteral("no data for 0.3 s")), qPrintable(error));
        QVERIFY(leftovers().isEmpty());
    }

    void inMemoryAndReplace()
    {
        ReleaseFeedServer server;
        QVERIFY(server.listen());
        server.setFile(QStringLiteral("/feed"), "{\"tag_name\": \"v1\"}");
        Download feed(&m_nam, server.url(QStringLiteral("/feed")), QString(), QString(), {});
        feed.start();
        QVERIFY(feed.wait());
        QCOMPARE(feed.body(), QByteArray("{\"tag_name\": \"v1\"}"));
        QCOMPARE(feed.sha256(), ReleaseFeedServer::sha256Of(feed.body()));

        // A compressed answer: Content-Length counts compressed bytes; the body is what counts.
        const QByteArray json = QByteArray("{\"tag_name\": \"v1\", \"assets\": []}").repeated(50);
        server.setFile(QStringLiteral("/packed"), json);
        server.setFault(QStringLiteral("/packed"), FeedFault::Deflate);
        Download packed(&m_nam, server.url(QStringLiteral("/packed")), QString(), QString(), {});
        packed.start();
        QVERIFY2(packed.wait(), qPrintable(packed.error()));
        QCOMPARE(packed.body(), json);

        // An older file of the same name is replaced only by a verified one.
        QDir().mkpath(m_dir.path() + QStringLiteral("/dl"));
        QFile old(target());
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
        old.close();
        server.setFile(QStringLiteral("/new"), "new");
        QVERIFY(!fetch(server.url(QStringLiteral("/new")), {}, QString(64, QLatin1Char('f'))).isEmpty());
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("old"));
        old.close();
        QCOMPARE(fetch(server.url(QStringLiteral("/new")), {}, ReleaseFeedServer::sha256Of("new")), QString());
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("new"));
        QCOMPARE(leftovers(), QStringList { QStringLiteral("file.bin") });
    }

    void systemProxyButNotForLoopback()
    {
        ReleaseFeedServer server;
        QVERIFY(server.listen());
        server.setFile(QStringLiteral("/feed"), "{}");
        QTcpServer deadProxy;
        QVERIFY(deadProxy.listen(QHostAddress::LocalHost, 0));
        const quint16 proxyPort = deadProxy.serverPort();
        const QByteArray proxy = "http://127.0.0.1:" + QByteArray::number(proxyPort);
        deadProxy.close();
        qputenv("http_proxy", proxy);
        qputenv("https_proxy", proxy);
        QNetworkAccessManager nam;
        useSystemProxy(&nam);
        Download d(&nam, server.url(QStringLiteral("/feed")), QString(), QString(), {});
        d.start();
        const bool ok = d.wait();
#if defined(Q_OS_LINUX)
        const QList<QNetworkProxy> world
            = nam.proxyFactory()->queryProxy(QNetworkProxyQuery(QUrl(QStringLiteral("https://github.com/ollama"))));
#endif
        qunsetenv("http_proxy");
        qunsetenv("https_proxy");
        QVERIFY2(ok, qPrintable(d.error()));
        QCOMPARE(d.body(), QByteArray("{}"));
#if defined(Q_OS_LINUX)
        QVERIFY(!world.isEmpty());
        QCOMPARE(world.first().type(), QNetworkProxy::HttpProxy);
        QCOMPARE(world.first().port(), proxyPort);
#endif
    }

    /// Issue #20: every hop is judged against the hop before it. Fails before the fix: the second
    /// hop (https → plain http on the same host) was followed.
    void redirectsAreJudgedAtEveryHop()
    {
        TlsRedirectServer tls;
        if (!tls.start(m_dir.path()))
            QSKIP("no TLS backend or no openssl (needed to make a self-signed certificate)");
        QSslConfiguration::setDefaultConfiguration(tls.trusting());
        ReleaseFeedServer plain;
        QVERIFY(plain.listen());
        plain.setFile(QStringLiteral("/install.sh"), "#!/bin/sh\necho planted\n");
        tls.setFile(QStringLiteral("/install.sh"), "#!/bin/sh\necho real\n");
        // https → https on the same host is fine (and proves the test trusts the certificate).
        tls.redirect(QStringLiteral("/same"), tls.url(QStringLiteral("127.0.0.1"), QStringLiteral("/install.sh")));
        QCOMPARE(fetch(tls.url(QStringLiteral("127.0.0.1"), QStringLiteral("/same")), {}), QString());
        // First hop https → https, second hop https → http on the same host.
        tls.redirect(QStringLiteral("/hop1"), tls.url(QStringLiteral("127.0.0.1"), QStringLiteral("/hop2")));
        tls.redirect(QStringLiteral("/hop2"), plain.url(QStringLiteral("/install.sh")));
        QString error = fetch(tls.url(QStringLiteral("127.0.0.1"), QStringLiteral("/hop1")), {});
        QVERIFY2(error.contains(QStringLiteral("redirected from https to http://127.0.0.1")), qPrintable(error));
        QVERIFY(plain.requestedPaths().isEmpty());
        // A direct downgrade.
        tls.redirect(QStringLiteral("/down"), plain.url(QStringLiteral("/install.sh")));
        error = fetch(tls.url(QStringLiteral("127.0.0.1"), QStringLiteral("/down")), {});
        QVERIFY2(error.contains(QStringLiteral("redirected from https to http://")), qPrintable(error));
        // Another host at the second hop: 127.0.0.1 → 127.0.0.1 → localhost.
        tls.redirect(QStringLiteral("/away1"), tls.url(QStringLiteral("127.0.0.1"), QStringLiteral("/away2")));
        tls.redirect(QStringLiteral("/away2"), tls.url(QStringLiteral("localhost"), QStringLiteral("/install.sh")));
        error = fetch(tls.url(QStringLiteral("127.0.0.1"), QStringLiteral("/away1")), {});
        QVERIFY2(error.contains(QStringLiteral("redirected to another host (https://localhost:")), qPrintable(error));
        // An allowed host, then from there to a third one.
        DownloadOptions allowLocalhost;
        allowLocalhost.allowedRedirectHosts = { QStringLiteral("localhost") };
        QCOMPARE(fetch(tls.url(QStringLiteral("127.0.0.1"), QStringLiteral("/away1")), allowLocalhost), QString());
        QVERIFY(leftovers().contains(QStringLiteral("file.bin")));
        QSslConfiguration::setDefaultConfiguration(QSslConfiguration());
    }

    /// Issue #20: a redirect loop says so (it said "HTTP 302" / a status that meant nothing).
    void redirectLoopSaysTooManyRedirects()
    {
        ReleaseFeedServer server;
        QVERIFY(server.listen());
        server.setFile(QStringLiteral("/loop"), "x");
        server.setFault(QStringLiteral("/loop"), FeedFault::RedirectLoop);
        const QString error = fetch(server.url(QStringLiteral("/loop")), {});
        QVERIFY2(error.contains(QStringLiteral("too many redirects (a loop, or more than 5)")), qPrintable(error));
        QVERIFY(leftovers().isEmpty());
    }

    void badAddressesAndFolders()
    {
        QString error = fetch(QUrl(QStringLiteral("ftp://127.0.0.1/x")), {});
        QVERIFY2(error.contains(QStringLiteral("not an http(s) address")), qPrintable(error));
        QFile blocker(m_dir.path() + QStringLiteral("/blocker"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        Download d(&m_nam, QUrl(QStringLiteral("http://127.0.0.1:1/x")), blocker.fileName() + QStringLiteral("/sub/file"),
            QString(), {});
        d.start();
        QVERIFY(!d.wait());
        QVERIFY2(d.error().contains(QStringLiteral("cannot create the download folder")), qPrintable(d.error()));
        QVERIFY(!fetch(QUrl(QStringLiteral("http://127.0.0.1:1/x")), {}).isEmpty());
        QVERIFY(leftovers().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDownload)
#include "tst_download.moc"

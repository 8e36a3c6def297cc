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

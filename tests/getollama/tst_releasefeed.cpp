// The release feed (GitHub releases API shape), checksum files and feed addresses.
#include "getollama/releasefeed.h"

#include <QTest>

using namespace ogs;

namespace {

/// JSON written with single quotes (moc does not read raw string literals).
QByteArray json(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

} // namespace

class TestReleaseFeed final : public QObject {
    Q_OBJECT
private slots:
    void parsesGithubRelease()
    {
        const QByteArray feed = json("{'tag_name': 'v0.13.1', 'assets': ["
            "{'name': 'OllamaSetup.exe', 'browser_download_url': 'https://github.com/ollama/ollama/releases/download/v0.13.1/OllamaSetup.exe',"
            "'size': 1200, 'digest': 'sha256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'},"
            "{'name': 'sha256sum.txt', 'browser_download_url': 'https://github.com/ollama/ollama/releases/download/v0.13.1/sha256sum.txt'}]}");
        QString error;
        const auto r = parseRelease(feed, &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->tag, QStringLiteral("v0.13.1"));
        QVERIFY(r->version);
        QCOMPARE(r->version->toString(), QStringLiteral("0.13.1"));
        QCOMPARE(r->assets.size(), 2);
        QVERIFY(r->windowsInstaller());
        QCOMPARE(r->windowsInstaller()->size, qint64(1200));
        QCOMPARE(r->windowsInstaller()->sha256, QString(64, QLatin1Char('a')));
        QVERIFY(r->checksumList());
        QCOMPARE(r->checksumList()->name, QStringLiteral("sha256sum.txt"));
    }

    void picksAnInstallerByName()
    {
        const QByteArray feed = json("{'tag_name': 'v0.12.6', 'assets': ["
            "{'name': 'ollama-windows-amd64.zip', 'browser_download_url': 'https://example.org/a.zip'},"
            "{'name': 'Ollama-For-AMD-Setup.exe', 'browser_download_url': 'https://example.org/s.exe'}]}");
        QString error;
        const auto r = parseRelease(feed, &error);
        QVERIFY(r);
        QVERIFY(r->windowsInstaller());
        QCOMPARE(r->windowsInstaller()->name, QStringLiteral("Ollama-For-AMD-Setup.exe"));
        QVERIFY(!r->checksumList());
        QVERIFY(r->windowsInstaller()->sha256.isEmpty());
    }

    void refusesBadFeeds_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("<html>rate limited</html>") << QStringLiteral("not JSON");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("not a JSON object");
        QTest::newRow("no tag") << QByteArray(json("{'assets': []}")) << QStringLiteral("no tag_name");
        QTest::newRow("no assets") << QByteArray(json("{'tag_name': 'v1.0.0'}")) << QStringLiteral("no assets");
        QTest::newRow("asset without url")
            << QByteArray(json("{'tag_name': 'v1.0.0', 'assets': [{'name': 'x.exe'}]}")) << QStringLiteral("download address");
    }
    void refusesBadFeeds()
    {
        QFETCH(QByteArray, document);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!parseRelease(document, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void parsesChecksumLists()
    {
        const QString a(64, QLatin1Char('a'));
        const QString b(64, QLatin1Char('B'));
        const QByteArray text = (a + QStringLiteral("  ./OllamaSetup.exe\n") + b + QStringLiteral(" *dist/ollama-linux-amd64.tgz\r\n")
            + QStringLiteral("garbage line\n") + QStringLiteral("1234  short.txt\n"))
                                    .toUtf8();
        const QMap<QString, QString> sums = parseChecksumList(text);
        QCOMPARE(sums.size(), 2);
        QCOMPARE(sums.value(QStringLiteral("OllamaSetup.exe")), a);
        QCOMPARE(sums.value(QStringLiteral("ollama-linux-amd64.tgz")), b.toLower());
        QCOMPARE(parseChecksumFile((b + QStringLiteral("  OllamaSetup.exe\n")).toUtf8()), b.toLower());
        QCOMPARE(parseChecksumFile("not a hash\n"), QString());
    }

    void feedAddresses()
    {
        QCOMPARE(releaseFeedUrl(OllamaBuild::Official).toString(),
            QStringLiteral("https://api.github.com/repos/ollama/ollama/releases/latest"));
        QCOMPARE(releaseFeedUrl(OllamaBuild::OllamaForAmd).toString(),
            QStringLiteral("https://api.github.com/repos/likelovewant/ollama-for-amd/releases/latest"));
        QCOMPARE(releaseFeedUrl(OllamaBuild::Official, OllamaVersion::parse(QStringLiteral("0.12.11"))).toString(),
            QStringLiteral("https://api.github.com/repos/ollama/ollama/releases/tags/v0.12.11"));
        QCOMPARE(buildFromKey(QStringLiteral("ollama-for-amd")), std::optional(OllamaBuild::OllamaForAmd));
        QVERIFY(!buildFromKey(QStringLiteral("fork")));
    }
};

QTEST_GUILESS_MAIN(TestReleaseFeed)
#include "tst_releasefeed.moc"

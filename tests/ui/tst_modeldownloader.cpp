#include "ollamatestserver.h"

#include "widgets/modeldownloader.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace ogs;
using namespace ogs::ui;
using ogs::test::Fault;
using ogs::test::OllamaTestServer;

namespace {

const QString kModel = QStringLiteral("coheara-medgemma-4b-q8");

template <class T> T *child(const QWidget &w, const char *name)
{
    auto *c = w.findChild<T *>(QLatin1String(name));
    if (!c)
        qFatal("no child %s", name);
    return c;
}

} // namespace

/// The Model page's download row against the loopback Ollama: installed or not from /api/tags,
/// the pull stream's progress, cancel, and failures with their message.
class TestModelDownloader final : public QObject {
    Q_OBJECT
private slots:
    void installedModelNeedsNoDownload()
    {
        OllamaTestServer server(QStringLiteral(OGS_TEST_DATA "/ollama-api"));
        QVERIFY(server.listen());
        ModelDownloader d;
        d.setOllamaUrl(server.url());
        d.show();
        d.setModel(QStringLiteral("llama3.2")); // tags.json has llama3.2:latest
        QTRY_COMPARE(d.state(), ModelDownloader::State::Installed);
        QVERIFY(!child<QPushButton>(d, "downloadButton")->isVisible());
        QVERIFY(d.installedModels().contains(QStringLiteral("deepseek-r1:latest")));
        QVERIFY(child<QLabel>(d, "modelInstallStatus")->text().contains(QLatin1String("is installed")));
    }

    void missingModelDownloadsWithProgressAndRefreshes()
    {
        OllamaTestServer server(QStringLiteral(OGS_TEST_DATA "/ollama-api"));
        server.setTokenIntervalMs(40);
        QVERIFY(server.listen());
        ModelDownloader d;
        d.setOllamaUrl(server.url());
        d.show();
        d.setModel(kModel);
        QTRY_COMPARE(d.state(), ModelDownloader::State::Missing);
        auto *download = child<QPushButton>(d, "downloadButton");
        auto *progress = child<QProgressBar>(d, "pullProgress");
        QVERIFY(download->isVisible());
        QVERIFY(!progress->isVisible());
        QSignalSpy refreshed(&d, &ModelDownloader::installedModelsChanged);
        QList<int> values;
        connect(progress, &QProgressBar::valueChanged, this, [&values](int v) { values << v; });
        QTest::mouseClick(download, Qt::LeftButton);
        QCOMPARE(d.state(), ModelDownloader::State::Downloading);
        QVERIFY(progress->isVisible());
        QVERIFY(child<QPushButton>(d, "cancelDownloadButton")->isVisible());
        QTRY_COMPARE(d.state(), ModelDownloader::State::Installed);
        // completed/total of the layer: 0, ¼, ½, ¾, all, as the stream reported it
        QVERIFY2(values.contains(250) && values.contains(500) && values.contains(750) && values.contains(1000),
            qPrintable(QString::number(values.size())));
        QVERIFY(refreshed.count() >= 1);
        QVERIFY(d.isInstalled(kModel));
        QVERIFY(!download->isVisible());
        bool pulled = false;
        for (const auto &r : server.requests())
            pulled = pulled
                || (r.path == QLatin1String("/api/pull") && r.body.value(QLatin1String("model")).toString() == kModel);
        QVERIFY(pulled);
    }

    void cancelStopsTheDownload()
    {
        OllamaTestServer server(QStringLiteral(OGS_TEST_DATA "/ollama-api"));
        QVERIFY(server.listen());
        server.setFault(QStringLiteral("/api/pull"), Fault::Stall, 3); // a slow mirror: progress, then nothing
        ModelDownloader d;
        d.setOllamaUrl(server.url());
        d.show();
        d.setModel(kModel);
        QTRY_COMPARE(d.state(), ModelDownloader::State::Missing);
        child<QPushButton>(d, "downloadButton")->click();
        auto *progress = child<QProgressBar>(d, "pullProgress");
        QTRY_VERIFY(progress->maximum() > 0 && progress->value() > 0);
        child<QPushButton>(d, "cancelDownloadButton")->click();
        QTRY_COMPARE(d.state(), ModelDownloader::State::Missing);
        QVERIFY(child<QLabel>(d, "modelInstallStatus")->text().contains(QLatin1String("cancelled")));
        QVERIFY(!server.loadedModels().contains(kModel));
        QVERIFY(child<QPushButton>(d, "downloadButton")->isVisible()); // can try again
    }

    void failuresAreShownWithTheirCause_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("expected");
        QTest::newRow("http 500") << int(Fault::HttpError500) << QStringLiteral("500");
        QTest::newRow("dropped connection") << int(Fault::DropMidStream) << QStringLiteral("closed");
    }

    void failuresAreShownWithTheirCause()
    {
        QFETCH(int, fault);
        QFETCH(QString, expected);
        OllamaTestServer server(QStringLiteral(OGS_TEST_DATA "/ollama-api"));
        QVERIFY(server.listen());
        server.setFault(QStringLiteral("/api/pull"), Fault(fault), 2);
        ModelDownloader d;
        d.setOllamaUrl(server.url());
        d.show();
        d.setModel(kModel);
        QTRY_COMPARE(d.state(), ModelDownloader::State::Missing);
        child<QPushButton>(d, "downloadButton")->click();
        QTRY_COMPARE(d.state(), ModelDownloader::State::Failed);
        const QString text = child<QLabel>(d, "modelInstallStatus")->text();
        QVERIFY2(
            text.contains(QLatin1String("failed")) && text.contains(expected, Qt::CaseInsensitive), qPrintable(text));
        QVERIFY(child<QPushButton>(d, "downloadButton")->text().contains(QLatin1String("again")));
        QVERIFY(!d.isInstalled(kModel));
    }

    void ollamaNotRunning()
    {
        ModelDownloader d;
        d.setOllamaUrl(QUrl(QStringLiteral("http://127.0.0.1:1")));
        d.setModel(kModel);
        QTRY_COMPARE(d.state(), ModelDownloader::State::Unreachable);
        QVERIFY(child<QLabel>(d, "modelInstallStatus")->text().contains(QLatin1String("Could not ask Ollama")));
    }
};

QTEST_MAIN(TestModelDownloader)
#include "tst_modeldownloader.moc"

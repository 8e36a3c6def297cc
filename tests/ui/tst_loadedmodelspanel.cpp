#include "ollamatestserver.h"

#include "i18n/translator.h"
#include "monitor/loadedmodelspanel.h"
#include "monitor/monitorwindow.h"

#include <QAction>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace ogs;
using namespace ogs::ui;
using ogs::test::OllamaTestServer;

/// The monitor's "models Ollama has loaded", polled from a loopback Ollama.
class TestLoadedModelsPanel final : public QObject {
    Q_OBJECT
private slots:
    void englishPlurals_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("system");
        QTest::newRow("system en_US") << QString() << QStringLiteral("en_US");
        QTest::newRow("system en_GB") << QString() << QStringLiteral("en_GB");
        QTest::newRow("--lang en over German") << QStringLiteral("en") << QStringLiteral("de_DE");
        QTest::newRow("system Italian (not shipped: English)") << QString() << QStringLiteral("it_IT");
    }

    /// English says "1 model" and "2 models", not "1 model(s)": its plural forms come from
    /// translations/ollama-gpu-setup_en.ts, loaded as the app loads a translation.
    void englishPlurals()
    {
        QFETCH(QString, lang);
        QFETCH(QString, system);
        QCOMPARE(installTranslator(*QCoreApplication::instance(), lang, QLocale(system)), QString()); // English
        OllamaTestServer server(QStringLiteral(OGS_TEST_DATA "/ollama-api"));
        QVERIFY(server.listen());
        QFile file(QStringLiteral(OGS_TEST_DATA "/ollama-api/ps.json")); // one model: mistral
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject ps = QJsonDocument::fromJson(file.readAll()).object();
        server.setRunningModels(ps);
        LoadedModelsPanel panel;
        panel.setOllamaUrl(server.url());
        const auto *status = panel.findChild<QLabel *>(QStringLiteral("loadedModelsStatus"));
        const QString at = server.url().toString();
        panel.poll();
        QTRY_COMPARE(status->text(), QStringLiteral("1 model loaded at %1:").arg(at));
        QJsonArray models = ps.value(QStringLiteral("models")).toArray();
        QJsonObject second = models.first().toObject();
        second.insert(QStringLiteral("name"), QStringLiteral("llama3.2:latest"));
        second.insert(QStringLiteral("model"), QStringLiteral("llama3.2:latest"));
        models.append(second);
        ps.insert(QStringLiteral("models"), models);
        server.setRunningModels(ps);
        panel.poll();
        QTRY_COMPARE(status->text(), QStringLiteral("2 models loaded at %1:").arg(at));
        installTranslator(*QCoreApplication::instance(), QString(), QLocale(QStringLiteral("C")));
    }

    void showsTheTranscriptsLoadedModel()
    {
        OllamaTestServer server(QStringLiteral(OGS_TEST_DATA "/ollama-api"));
        QVERIFY(server.listen());
        // ps.json as Ollama sent it: mistral, fully in VRAM, until 2024-06-04T14:38:31
        QFile ps(QStringLiteral(OGS_TEST_DATA "/ollama-api/ps.json"));
        QVERIFY(ps.open(QIODevice::ReadOnly));
        server.setRunningModels(QJsonDocument::fromJson(ps.readAll()).object());
        LoadedModelsPanel panel;
        panel.setClock([] { return QDateTime::fromString(QStringLiteral("2024-06-04T14:34:31-07:00"), Qt::ISODate); });
        panel.setOllamaUrl(server.url());
        QSignalSpy loaded(&panel, &LoadedModelsPanel::modelLoadedChanged);
        panel.poll();
        QTRY_COMPARE(loaded.count(), 1);
        QCOMPARE(panel.modelLoaded(), std::optional<bool>(true));
        QTableWidget *t = panel.table();
        QCOMPARE(t->rowCount(), 1);
        QCOMPARE(t->item(0, 0)->text(), QStringLiteral("mistral:latest"));
        QCOMPARE(t->item(0, 2)->text(), QStringLiteral("100% GPU"));
        QCOMPARE(t->item(0, 4)->text(), QStringLiteral("4 minutes from now"));
    }

    void followsTheServerAndTellsWhetherAModelIsLoaded()
    {
        OllamaTestServer server(QStringLiteral(OGS_TEST_DATA "/ollama-api"));
        server.setVramFraction(0.25);
        QVERIFY(server.listen());
        OllamaClientOptions options;
        options.baseUrl = server.url();
        OllamaClient client(options);
        QVERIFY(client.unload(QStringLiteral("mistral:latest"))->wait()); // loaded when the transcript was taken
        LoadedModelsPanel panel;
        panel.setOllamaUrl(server.url());
        QSignalSpy updated(&panel, &LoadedModelsPanel::updated);
        panel.start(50);
        QTRY_COMPARE(panel.modelLoaded(), std::optional<bool>(false));
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("loadedModelsStatus"))
                    ->text()
                    .contains(QLatin1String("No model is loaded")));
        QVERIFY(!panel.table()->isVisibleTo(&panel));

        // A model gets loaded (the server's own state, 25 % in VRAM): the next poll shows it.
        QJsonObject load { { QStringLiteral("model"), QStringLiteral("llama3.2") },
            { QStringLiteral("stream"), false } };
        QVERIFY(client.request(QStringLiteral("POST"), QStringLiteral("/api/generate"), load, OllamaCall::Mode::Json)
                    ->wait());
        QTRY_COMPARE(panel.modelLoaded(), std::optional<bool>(true));
        QTRY_COMPARE(panel.table()->rowCount(), 1);
        QCOMPARE(panel.table()->item(0, 0)->text(), QStringLiteral("llama3.2:latest"));
        QCOMPARE(panel.table()->item(0, 2)->text(), QStringLiteral("75%/25% CPU/GPU"));
        QVERIFY(panel.table()->item(0, 4)->text().endsWith(QLatin1String("from now")));
        QVERIFY(updated.count() >= 2);

        server.close(); // Ollama stopped: no server, no model
        QTRY_COMPARE(panel.modelLoaded(), std::optional<bool>(false));
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("loadedModelsStatus"))
                    ->text()
                    .contains(QLatin1String("does not answer")));
        panel.stop();
    }

    void monitorWindowHasThePanelAndAnAboutBox()
    {
        OllamaTestServer server(QStringLiteral(OGS_TEST_DATA "/ollama-api"));
        QVERIFY(server.listen());
        MonitorWindow w;
        w.show();
        w.watchOllama(server.url(), 100);
        QCOMPARE(w.loadedModels()->ollamaUrl(), server.url());
        QTRY_COMPARE(w.loadedModels()->table()->rowCount(), 1);
        auto *about = w.findChild<QAction *>(QStringLiteral("aboutAction"));
        QVERIFY(about);
        about->trigger();
        auto *box = w.findChild<QMessageBox *>(QStringLiteral("aboutBox"));
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral(OGS_VERSION)));
        w.loadedModels()->stop();
    }
};

QTEST_MAIN(TestLoadedModelsPanel)
#include "tst_loadedmodelspanel.moc"

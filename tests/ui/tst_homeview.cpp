#include "ollamatestserver.h"
#include "wizardfixture.h"

#include "home/homeview.h"

#include "env/envjournal.h"
#include "ollama/ollamaclient.h"

#include <QJsonArray>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>

using namespace ogs;
using namespace ogs::ui;
using namespace ogs::ui::test;
using ogs::test::OllamaTestServer;

namespace {

/// The transcript's server starts with mistral loaded; these tests start from an idle Ollama.
void unloadAll(const OllamaTestServer &server)
{
    OllamaClientOptions options;
    options.baseUrl = server.url();
    OllamaClient client(options);
    QVERIFY(client.unload(QStringLiteral("mistral:latest"))->wait());
}

QPushButton *button(const HomeView &home, const char *name)
{
    auto *b = home.findChild<QPushButton *>(QLatin1String(name));
    if (!b)
        qFatal("no button %s", name);
    return b;
}

} // namespace

class TestHomeView final : public QObject {
    Q_OBJECT
private slots:
    void showsTheAppliedSetupAndTheLogWhenNoModelIsLoaded()
    {
        WizardFixture fx("rdna1-rx5700xt");
        OllamaTestServer server(QStringLiteral(OGS_TEST_DATA "/ollama-api"));
        QVERIFY(server.listen());
        server.setRunningModels(QJsonObject { { QStringLiteral("models"), QJsonArray() } });
        fx.completeSetup(server.url(), QStringLiteral("llama3.2"));
        fx.writeServerLog("ollama-11557-linux-rx7700s-gfx1102-igpu-skipped.log");
        HomeView home(fx.config);
        home.show();
        const QString setup = home.setupText();
        QVERIFY2(setup.contains(QLatin1String("OLLAMA_VULKAN=1")), qPrintable(setup));
        QVERIFY(setup.contains(fx.config.envRoots.home + QStringLiteral("/.bashrc")));
        QVERIFY(setup.contains(QLatin1String("Vulkan")));
        QVERIFY(setup.contains(QLatin1String("env undo")));
        QVERIFY2(setup.contains(QLatin1String(", applied)")), qPrintable(setup));
        QTRY_VERIFY(home.checkText().contains(QLatin1String("no model is loaded")));
        QTRY_VERIFY2(home.checkText().contains(QLatin1String("computes on")), qPrintable(home.checkText()));
        QVERIFY(home.checkText().contains(QLatin1String("rocm")));
        QVERIFY(button(home, "loadModelButton")->isEnabled());
    }

    void logSaysCpuWhenNoGpuWasUsable()
    {
        WizardFixture fx("rdna1-rx5700xt");
        OllamaTestServer server(QStringLiteral(OGS_TEST_DATA "/ollama-api"));
        QVERIFY(server.listen());
        server.setRunningModels(QJsonObject { { QStringLiteral("models"), QJsonArray() } });
        fx.completeSetup(server.url(), QStringLiteral("llama3.2"));
        fx.writeServerLog("ollama-8772-linux-rx6750-gfx1031-not-supported.log");
        HomeView home(fx.config);
        QTRY_VERIFY2(
            home.checkText().contains(QLatin1String("computes on the processor")), qPrintable(home.checkText()));
    }

    void loadingTheModelShowsItsSplit()
    {
        WizardFixture fx("rdna1-rx5700xt");
        OllamaTestServer server(QStringLiteral(OGS_TEST_DATA "/ollama-api"));
        QVERIFY(server.listen());
        unloadAll(server);
        fx.completeSetup(server.url(), QStringLiteral("llama3.2"));
        HomeView home(fx.config);
        home.show();
        QTRY_VERIFY(!home.isChecking());
        QVERIFY(home.checkText().contains(QLatin1String("no model is loaded")));
        button(home, "loadModelButton")->click();
        QTRY_VERIFY2(
            home.checkText().contains(QLatin1String("Yes: Ollama runs on the GPU")), qPrintable(home.checkText()));
        QVERIFY(home.checkText().contains(QLatin1String("llama3.2:latest: <b>100% GPU</b>")));

        server.setVramFraction(0.5);
        button(home, "recheckButton")->click();
        QTRY_VERIFY2(home.checkText().contains(QLatin1String("Not entirely")), qPrintable(home.checkText()));
        QVERIFY(home.checkText().contains(QLatin1String("50%/50% CPU/GPU")));
    }

    void aModelThatIsNotInstalledSaysSo()
    {
        WizardFixture fx("rdna1-rx5700xt");
        OllamaTestServer server(QStringLiteral(OGS_TEST_DATA "/ollama-api"));
        QVERIFY(server.listen());
        fx.completeSetup(server.url(), QStringLiteral("coheara-medgemma-4b-q8"));
        HomeView home(fx.config);
        QTRY_VERIFY(!home.isChecking());
        button(home, "loadModelButton")->click();
        QTRY_VERIFY2(home.checkText().contains(QLatin1String("Could not load")), qPrintable(home.checkText()));
        // MedGemma is built locally (issue 17): the hint is the seed's build command, not a dead pull.
        QVERIFY2(home.checkText().contains(QLatin1String("./setup-medgemma.sh --variant q8")), qPrintable(home.checkText()));
        QVERIFY(!home.checkText().contains(QLatin1String("ollama pull coheara")));
    }

    void ollamaNotRunning()
    {
        WizardFixture fx("rdna1-rx5700xt");
        fx.completeSetup(QUrl(QStringLiteral("http://127.0.0.1:1")), QStringLiteral("llama3.2"));
        HomeView home(fx.config);
        QTRY_VERIFY2(home.checkText().contains(QLatin1String("does not answer")), qPrintable(home.checkText()));
    }

    void undoneSetupIsNoticed()
    {
        WizardFixture fx("rdna1-rx5700xt");
        fx.completeSetup(QUrl(QStringLiteral("http://127.0.0.1:1")), QStringLiteral("llama3.2"));
        QVERIFY(EnvJournal(fx.config.stateDir, nullptr, [] { return QDateTime::currentDateTimeUtc(); }).undo(false).ok);
        HomeView home(fx.config);
        QVERIFY2(home.setupText().contains(QLatin1String("holds no settings of ours")), qPrintable(home.setupText()));
    }

    void buttonsAskForTheMonitorTheWizardAndAbout()
    {
        WizardFixture fx("rdna1-rx5700xt");
        fx.completeSetup(QUrl(QStringLiteral("http://127.0.0.1:1")), QStringLiteral("llama3.2"));
        HomeView home(fx.config);
        home.show();
        QVERIFY(QTest::qWaitForWindowExposed(&home));
        QSignalSpy monitor(&home, &HomeView::openMonitorRequested);
        QSignalSpy setup(&home, &HomeView::runSetupRequested);
        home.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&home));
        QTest::keyClick(&home, Qt::Key_M, Qt::AltModifier); // "Open the GPU &monitor", by keyboard
        QTRY_COMPARE(monitor.count(), 1); // a mnemonic clicks after a short animation
        QTest::keyClick(&home, Qt::Key_R, Qt::AltModifier); // "&Run setup again"
        QTRY_COMPARE(setup.count(), 1);
        button(home, "openMonitorButton")->click();
        QCOMPARE(monitor.count(), 2);
        for (QPushButton *b : home.findChildren<QPushButton *>())
            QVERIFY2(!b->accessibleName().isEmpty(), qPrintable(b->objectName()));
        button(home, "aboutButton")->click();
        auto *about = home.findChild<QMessageBox *>(QStringLiteral("aboutBox"));
        QVERIFY(about);
        QVERIFY(about->text().contains(QStringLiteral(OGS_VERSION)));
    }
};

QTEST_MAIN(TestHomeView)
#include "tst_homeview.moc"

// The wizard's Apply to the Windows user environment restarts Ollama's tray app through the
// session's WindowsOllamaControl (a double here: its "tray app" writes the server log from the
// registry it reads, as Ollama does), then waits for the server and confirms from the log.
#include "wizarddriver.h"
#include "wizardfixture.h"

#include "env/windowsollamacontrol.h"
#include "memoryregistry.h"
#include "ollamatestserver.h"
#include "wizard/serverrestart.h"
#include "wizard/setupsession.h"
#include "wizard/setupwizard.h"

#include <QComboBox>
#include <QLabel>
#include <QMetaObject>
#include <QMutex>
#include <QPushButton>
#include <QSignalSpy>

using namespace ogs;
using namespace ogs::ui;
using namespace ogs::ui::test;
using ogs::test::MemoryRegistry;
using ogs::test::OllamaTestServer;

namespace {

/// Ollama on Windows as the restart sees it: processes that run until stopped, and a tray app
/// that, when started, reads the user environment into its server log and brings the server up.
class FakeOllamaApp final : public WindowsOllamaControl {
public:
    FakeOllamaApp(MemoryRegistry *registry, QString logFile, OllamaTestServer *server)
        : m_registry(registry)
        , m_logFile(std::move(logFile))
        , m_server(server)
    {
    }
    QStringList runningProcesses(QString *) override
    {
        QMutexLocker lock(&m_mutex);
        m_calls << QStringLiteral("list");
        return running;
    }
    bool stopAll(int, QString *error) override
    {
        QMutexLocker lock(&m_mutex);
        m_calls << QStringLiteral("stop");
        if (!stopError.isEmpty()) {
            *error = stopError;
            return false;
        }
        running.clear();
        return true;
    }
    bool startDetached(const QString &program, QString *) override
    {
        QMutexLocker lock(&m_mutex);
        m_calls << QStringLiteral("start ") + program;
        running = QStringList { QStringLiteral("ollama app.exe"), QStringLiteral("ollama.exe") };
        QStringList env { QStringLiteral("OLLAMA_HOST:http://127.0.0.1:11434") };
        const auto values = m_registry->values.value(RegistryScope::User);
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            env << it.key() + QLatin1Char(':') + it.value().data;
        QFile log(m_logFile);
        if (!log.open(QIODevice::Append))
            return false;
        log.write("time=2026-12-01T06:00:00.000+01:00 level=INFO source=routes.go:1187 msg=\"server config\" env=\"map["
            + env.join(QLatin1Char(' ')).toUtf8() + "]\"\n");
        log.close();
        OllamaTestServer *server = m_server;
        QMetaObject::invokeMethod(
            server, [server] { server->restart(400); }, Qt::BlockingQueuedConnection);
        return true;
    }
    QStringList calls() const
    {
        QMutexLocker lock(&m_mutex);
        return m_calls;
    }

    QStringList running;
    QString stopError;

private:
    MemoryRegistry *m_registry;
    QString m_logFile;
    OllamaTestServer *m_server;
    mutable QMutex m_mutex;
    QStringList m_calls;
};

QString label(const SetupWizard &wizard, const char *name)
{
    const auto *l = wizard.findChild<QLabel *>(QLatin1String(name));
    return l ? l->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
}

} // namespace

class TestWindowsRestart final : public QObject {
    Q_OBJECT
    std::unique_ptr<OllamaTestServer> m_server;
    std::unique_ptr<WizardFixture> m_fx;
    std::shared_ptr<MemoryRegistry> m_registry;
    std::unique_ptr<FakeOllamaApp> m_app;
    QString m_tray;

    /// A Windows session: the registry targets, %LOCALAPPDATA% with Ollama installed under it.
    void windowsSession(bool installed = true)
    {
        m_fx = std::make_unique<WizardFixture>("rdna1-rx5700xt");
        SessionConfig &c = m_fx->config;
        const QString local = m_fx->dir.filePath(QStringLiteral("AppData/Local"));
        QVERIFY(QDir().mkpath(local + QStringLiteral("/Programs/Ollama")));
        QVERIFY(QDir().mkpath(local + QStringLiteral("/Ollama")));
        m_tray = local + QStringLiteral("/Programs/Ollama/ollama app.exe");
        if (installed) {
            for (const QString &exe : { QStringLiteral("ollama.exe"), QStringLiteral("ollama app.exe") }) {
                QFile f(local + QStringLiteral("/Programs/Ollama/") + exe);
                QVERIFY(f.open(QIODevice::WriteOnly));
                f.write("MZ");
            }
        }
        m_registry = std::make_shared<MemoryRegistry>();
        m_app = std::make_unique<FakeOllamaApp>(
            m_registry.get(), local + QStringLiteral("/Ollama/server.log"), m_server.get());
        m_app->running = QStringList { QStringLiteral("ollama app.exe"), QStringLiteral("ollama.exe") };
        c.windows = true;
        c.registry = m_registry;
        c.windowsOllama = m_app.get();
        c.ollamaLocator.localAppData = local;
        c.logs.os = QStringLiteral("windows");
        c.logs.localAppData = local;
        c.ollamaUrl = m_server->url();
        c.restartWaitMs = 10000;
    }

    /// Welcome → scan → path → model → apply, with the Windows user environment chosen.
    void reachApply(SetupWizard &wizard, SetupSession &session)
    {
        ogs::ui::test::reachApply(wizard, session, QStringLiteral("windows-user"));
        if (QTest::currentTestFailed())
            return;
        QVERIFY(wizard.findChild<QPushButton *>(QStringLiteral("applyButton"))->isEnabled());
    }

    void apply(SetupWizard &wizard, SetupSession &session)
    {
        QSignalSpy restarted(&session, &SetupSession::restartFinished);
        QTest::keyClick(&wizard, Qt::Key_A, Qt::AltModifier); // "&Apply"
        QTRY_COMPARE(restarted.size(), 1);
        QVERIFY(session.hasApplied());
        QVERIFY(wizard.currentPage()->isComplete());
    }

private slots:
    void init()
    {
        m_server = std::make_unique<OllamaTestServer>(QStringLiteral(OGS_TEST_DATA "/ollama-api"));
        QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    }
    void cleanup()
    {
        m_app.reset();
        m_fx.reset();
        m_server.reset();
    }

    /// The page says the tray app will be restarted; Apply writes the registry, stops the tray
    /// app and the server, starts the tray app, waits for the server and confirms from its log.
    void applyRestartsTheTrayAppAndConfirms()
    {
        windowsSession();
        SetupSession session(m_fx->config);
        SetupWizard wizard(&session);
        reachApply(wizard, session);
        const QString tray = QDir::toNativeSeparators(m_tray);
        QVERIFY2(
            label(wizard, "planNotes")
                .contains(QStringLiteral("After applying, Ollama is restarted so it reads the new "
                                         "variables: ollama app.exe and ollama.exe are stopped and %1 is started again")
                              .arg(tray)),
            qPrintable(label(wizard, "planNotes")));
        QVERIFY(m_app->calls().isEmpty()); // planned, not done

        apply(wizard, session);
        QVERIFY(!m_registry->values.value(RegistryScope::User).isEmpty());
        QCOMPARE(m_app->calls(),
            (QStringList { QStringLiteral("list"), QStringLiteral("stop"), QStringLiteral("start ") + m_tray }));
        const ServerRestart::Outcome &o = session.restart()->outcome();
        QVERIFY(o.app);
        QCOMPARE(o.app->outcome, WindowsAppRestart::Outcome::Restarted);
        QVERIFY(o.restarted);
        QVERIFY(o.manualStep.isEmpty());
        QVERIFY2(o.answered, qPrintable(o.error));
        QCOMPARE(o.confirmed, std::optional<bool>(true));
        QVERIFY(!o.expected.isEmpty());
        QVERIFY(o.logSource.endsWith(QLatin1String("/Ollama/server.log")));
        const QString status = label(wizard, "restartStatus");
        QVERIFY2(
            status.contains(QStringLiteral("Stopped Ollama (ollama app.exe, ollama.exe) and started %1.").arg(tray)),
            qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("✔ Restarted Ollama; it answers again (version")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("✔ Its log confirms the settings: ")), qPrintable(status));
        QVERIFY(!status.contains(QLatin1String("Restart Ollama yourself")));
    }

    /// Not running: only started, and said so.
    void notRunningIsStarted()
    {
        windowsSession();
        m_app->running.clear();
        SetupSession session(m_fx->config);
        SetupWizard wizard(&session);
        reachApply(wizard, session);
        apply(wizard, session);
        QCOMPARE(m_app->calls(), (QStringList { QStringLiteral("list"), QStringLiteral("start ") + m_tray }));
        const QString status = label(wizard, "restartStatus");
        QVERIFY2(status.contains(
                     QStringLiteral("Ollama was not running; started %1.").arg(QDir::toNativeSeparators(m_tray))),
            qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("✔ Started Ollama; it answers (version")), qPrintable(status));
        QCOMPARE(session.restart()->outcome().confirmed, std::optional<bool>(true));
    }

    /// A process that cannot be stopped: nothing is started, the page says why and what to do.
    void stopDeniedLeavesTheManualStep()
    {
        windowsSession();
        m_app->stopError = QStringLiteral("cannot stop ollama.exe (pid 4242): error 5 (Access is denied.)");
        SetupSession session(m_fx->config);
        SetupWizard wizard(&session);
        reachApply(wizard, session);
        apply(wizard, session);
        QCOMPARE(m_app->calls(), (QStringList { QStringLiteral("list"), QStringLiteral("stop") }));
        const ServerRestart::Outcome &o = session.restart()->outcome();
        QVERIFY(!o.restarted);
        QVERIFY(!o.answered);
        QCOMPARE(o.manualStep, ServerRestart::manualStep(EnvTarget::WindowsUser, m_fx->config));
        const QString status = label(wizard, "restartStatus");
        QVERIFY2(status.contains(QStringLiteral(
                     "⚠ Could not stop Ollama: cannot stop ollama.exe (pid 4242): error 5 (Access is denied.). "
                     "Nothing was started.")),
            qPrintable(status));
        QVERIFY2(status.contains(QLatin1String("<b>Restart Ollama yourself</b>")), qPrintable(status));
        QVERIFY(status.contains(QLatin1String("Quit Ollama from its icon in the notification area")));
    }

    /// Ollama's app is not installed where it is looked for: the page says so before Apply, and
    /// the running server is left alone.
    void missingTrayAppStopsNothing()
    {
        windowsSession(false);
        m_app->running = QStringList { QStringLiteral("ollama.exe") };
        SetupSession session(m_fx->config);
        SetupWizard wizard(&session);
        reachApply(wizard, session);
        QVERIFY2(label(wizard, "planNotes")
                     .contains(QStringLiteral(
                         "After applying: Ollama's app is not at %1, so it cannot be restarted from here.")
                                   .arg(QDir::toNativeSeparators(m_tray))),
            qPrintable(label(wizard, "planNotes")));
        apply(wizard, session);
        QCOMPARE(m_app->calls(), QStringList { QStringLiteral("list") });
        QCOMPARE(m_app->running, QStringList { QStringLiteral("ollama.exe") });
        QCOMPARE(session.restart()->outcome().app->outcome, WindowsAppRestart::Outcome::NotInstalled);
        QVERIFY(
            label(wizard, "restartStatus").contains(QLatin1String("so it was not restarted; nothing was stopped.")));
    }

    /// No control (Linux, or a machine where none is given): the registry apply says how to restart by hand.
    void withoutAControlTheUserRestarts()
    {
        windowsSession();
        m_fx->config.windowsOllama = nullptr;
        SetupSession session(m_fx->config);
        SetupWizard wizard(&session);
        reachApply(wizard, session);
        QVERIFY2(label(wizard, "planNotes").contains(QLatin1String("After applying: Quit Ollama from its icon")),
            qPrintable(label(wizard, "planNotes")));
        apply(wizard, session);
        QVERIFY(m_app->calls().isEmpty());
        QVERIFY(!session.restart()->outcome().app);
        QVERIFY(label(wizard, "restartStatus").contains(QLatin1String("<b>Restart Ollama yourself</b>")));
    }
};

QTEST_MAIN(TestWindowsRestart)
#include "tst_windowsrestart.moc"

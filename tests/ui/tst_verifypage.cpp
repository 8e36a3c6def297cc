#include "recordingrunner.h"
#include "wizarddriver.h"
#include "wizardfixture.h"

#include "charts/rollingchart.h"
#include "ollamatestserver.h"
#include "widgets/speeduptable.h"
#include "wizard/serverrestart.h"
#include "wizard/setupsession.h"
#include "wizard/setupwizard.h"
#include "wizard/verifysession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QMetaObject>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTextBrowser>

using namespace ogs;
using namespace ogs::ui;
using namespace ogs::ui::test;
using ogs::test::Fault;
using ogs::test::OllamaTestServer;

namespace {

/// Welcome → scan → path → model → apply (to the chosen target) → verify, as a user would.
void reachVerify(SetupWizard &wizard, SetupSession &session, const QString &target = QStringLiteral("bashrc"))
{
    reachApply(wizard, session, target);
    if (QTest::currentTestFailed())
        return;
    if (wizard.findChild<QPushButton *>(QStringLiteral("applyButton"))->isEnabled()) {
        QTest::keyClick(&wizard, Qt::Key_A, Qt::AltModifier); // "&Apply"
        QTRY_VERIFY(session.hasApplied());
    }
    QTRY_VERIFY(wizard.currentPage()->isComplete()); // applied and the restart step finished
    next(wizard, SetupWizard::VerifyPageId);
    auto *model = wizard.findChild<QComboBox *>(QStringLiteral("verifyModelCombo"));
    QTRY_VERIFY(!session.verify()->installedModels().isEmpty());
    QTRY_COMPARE(model->currentText(), session.verify()->installedModels().constFirst());
}

void runTest(SetupWizard &wizard)
{
    QTest::keyClick(&wizard, Qt::Key_R, Qt::AltModifier); // "&Run the test"
}

QString label(const SetupWizard &wizard, const char *name)
{
    const auto *l = wizard.findChild<QLabel *>(QLatin1String(name));
    return l ? l->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
}

QString log(const char *name)
{
    return QStringLiteral(OGS_TEST_DATA "/ollama-logs/") + QLatin1String(name);
}

/// A journalctl line in the format Ollama's slog handler writes under systemd.
QByteArray serverConfigJournal(const QByteArray &env)
{
    return "Dec 01 06:00:00 host ollama[4242]: time=2026-12-01T06:00:00.000Z level=INFO source=routes.go:1187 "
           "msg=\"server config\" env=\"map["
        + env + "]\"\n";
}

} // namespace

class TestVerifyPage final : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_server = std::make_unique<OllamaTestServer>(QStringLiteral(OGS_TEST_DATA "/ollama-api"));
        m_server->setTokenIntervalMs(8);
        m_server->setCpuTokenIntervalMs(16);
        QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    }

    /// QWizard builds every page at start: the charts (QtCharts, the page's costliest part) wait
    /// for the first visit, then sit between the response text and the numbers, where they were.
    void chartsAreBuiltOnTheFirstVisit()
    {
        WizardFixture fx("rdna1-rx5700xt");
        fx.config.ollamaUrl = m_server->url();
        SetupSession session(fx.config);
        SetupWizard wizard(&session);
        QVERIFY(wizard.findChildren<RollingChart *>().isEmpty());
        reachVerify(wizard, session);
        auto *rate = wizard.findChild<RollingChart *>(QStringLiteral("rateChart"));
        auto *gpu = wizard.findChild<RollingChart *>(QStringLiteral("gpuBusyChart"));
        QVERIFY(rate && gpu);
        QCOMPARE(wizard.findChildren<RollingChart *>().size(), 2);
        QTRY_VERIFY(rate->isVisible() && gpu->isVisible());
        auto *text = wizard.findChild<QPlainTextEdit *>(QStringLiteral("responseText"));
        QVERIFY(rate->mapTo(&wizard, QPoint(0, 0)).y() > text->mapTo(&wizard, QPoint(0, 0)).y());
        QCOMPARE(rate->mapTo(&wizard, QPoint(0, 0)).y(), gpu->mapTo(&wizard, QPoint(0, 0)).y()); // side by side
        wizard.back();
        wizard.next(); // a second visit builds nothing more
        QCOMPARE(wizard.findChildren<RollingChart *>().size(), 2);
    }

    /// The prompt streams into the page, both charts get points, the numbers and the split are
    /// filled in, the verdict is given; with the CPU baseline the speedup table appears.
    void streamsMeasuresAndJudges()
    {
        WizardFixture fx("rdna1-rx5700xt");
        fx.config.ollamaUrl = m_server->url();
        SetupSession session(fx.config);
        SetupWizard wizard(&session);
        reachVerify(wizard, session);
        QVERIFY2(label(wizard, "restartStatus").contains(QLatin1String("ollama serve")),
            qPrintable(label(wizard, "restartStatus")));

        auto *text = wizard.findChild<QPlainTextEdit *>(QStringLiteral("responseText"));
        auto *rate = wizard.findChild<RollingChart *>(QStringLiteral("rateChart"));
        auto *gpu = wizard.findChild<RollingChart *>(QStringLiteral("gpuBusyChart"));
        auto *run = wizard.findChild<QPushButton *>(QStringLiteral("runTestButton"));
        QSignalSpy done(session.verify(), &VerifySession::finished);
        runTest(wizard);
        QTRY_VERIFY(session.verify()->isRunning()); // a mnemonic clicks the button after its press animation
        QVERIFY(!wizard.currentPage()->isComplete()); // no leaving while it runs
        QVERIFY(!run->isEnabled());
        const QString firstTokens = m_server->transcriptTokens().mid(0, 3).join(QString());
        QTRY_VERIFY2(text->toPlainText().startsWith(firstTokens), qPrintable(text->toPlainText()));
        QTRY_VERIFY(rate->pointCount(0) > 0); // live, before the run ends
        QTRY_COMPARE(done.size(), 1);
        QVERIFY(gpu->pointCount(0) > 0);
        QVERIFY(run->isEnabled());
        QVERIFY(wizard.currentPage()->isComplete());
        const BenchReport &r = session.verify()->report();
        QVERIFY2(r.gpu.ok(), qPrintable(r.gpu.error));
        QCOMPARE(text->toPlainText(), r.gpu.response);
        QCOMPARE(session.benchReport(), r.toJson()); // the summary's report gets the same numbers
        QVERIFY(label(wizard, "ttftLabel").endsWith(QLatin1String(" ms")));
        QVERIFY(label(wizard, "rateLabel").endsWith(QLatin1String(" tok/s")));
        QVERIFY(label(wizard, "promptRateLabel").endsWith(QLatin1String(" tok/s")));
        QCOMPARE(label(wizard, "processorSplitLabel"), QStringLiteral("100% GPU"));
        const QString verdict = label(wizard, "verdictLabel");
        QVERIFY2(verdict.contains(QLatin1String("tok/s")), qPrintable(verdict));
        QVERIFY(r.verdict() != QLatin1String("failed") && r.verdict() != QLatin1String("cpu"));
        QCOMPARE(wizard.findChild<QGroupBox *>(QStringLiteral("diagnosisBox"))->isVisible(),
            session.verify()->needsDiagnosis());
        screenshot(&wizard, QStringLiteral("verify-gpu"));

        auto *cpu = wizard.findChild<QCheckBox *>(QStringLiteral("cpuBaselineCheck"));
        QTest::keyClick(&wizard, Qt::Key_C, Qt::AltModifier); // "Compare with the &CPU"
        QTRY_VERIFY(cpu->isChecked());
        runTest(wizard);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 2, 20000);
        QVERIFY(session.verify()->report().cpu);
        QVERIFY(rate->pointCount(1) > 0);
        auto *table = wizard.findChild<SpeedupTable *>(QStringLiteral("speedupTable"));
        QVERIFY(table->isVisible());
        QVERIFY2(table->item(1, 2)->text().endsWith(QStringLiteral("×")), qPrintable(table->item(1, 2)->text()));
        QVERIFY(text->toPlainText().contains(QLatin1String("on the CPU")));
        // The CPU run really asked for num_gpu 0.
        bool cpuRequest = false;
        for (const ogs::test::RecordedRequest &q : m_server->requests())
            cpuRequest
                = cpuRequest || q.body.value(QLatin1String("options")).toObject().value(QLatin1String("num_gpu")) == 0;
        QVERIFY(cpuRequest);
        screenshot(&wizard, QStringLiteral("verify-cpu-baseline"));
        next(wizard, SetupWizard::SummaryPageId);
        QVERIFY(wizard.findChild<QTextBrowser *>(QStringLiteral("summaryText"))
                    ->toPlainText()
                    .contains(QLatin1String("tok/s, 100% GPU")));
    }

    /// The model sits in system memory: the verdict says so, the findings come from the server
    /// log, one click shows a fix's plan, a second writes it; "next path" goes back to Apply.
    void cpuSplitDiagnosesAndFixes()
    {
        m_server->setVramFraction(0);
        WizardFixture fx("rdna1-rx5700xt");
        fx.config.ollamaUrl = m_server->url();
        fx.config.ollamaLog = log("ollama-8772-linux-rx6750-gfx1031-not-supported.log");
        SetupSession session(fx.config);
        SetupWizard wizard(&session);
        reachVerify(wizard, session);
        const std::optional<PathId> before = session.selectedPath();
        QSignalSpy diagnosed(session.verify(), &VerifySession::diagnosisReady);
        runTest(wizard);
        QTRY_COMPARE(diagnosed.size(), 1);
        QTest::qWait(50);
        screenshot(&wizard, QStringLiteral("verify-diagnosis"));
        QCOMPARE(label(wizard, "processorSplitLabel"), QStringLiteral("100% CPU"));
        QVERIFY2(label(wizard, "verdictLabel").contains(QLatin1String("runs on the CPU")),
            qPrintable(label(wizard, "verdictLabel")));
        QVERIFY(wizard.findChild<QGroupBox *>(QStringLiteral("diagnosisBox"))->isVisible());
        QVERIFY(label(wizard, "logSourceLabel").contains(QLatin1String("8772")));

        const QList<VerifyFinding> &findings = session.verify()->findings();
        int gfx = -1;
        for (int i = 0; i < findings.size(); ++i) {
            if (findings.at(i).finding.id == QLatin1String("gpu-unsupported-gfx"))
                gfx = i;
        }
        QVERIFY(gfx >= 0);
        QVERIFY(
            label(wizard, qPrintable(QStringLiteral("findingText_%1").arg(gfx))).contains(QLatin1String("gfx1031")));
        bool onCpu = false;
        for (const VerifyFinding &f : findings)
            onCpu = onCpu || f.finding.id == QLatin1String("model-on-cpu"); // from the /api/ps split
        QVERIFY(onCpu);

        auto *apply = wizard.findChild<QPushButton *>(QStringLiteral("applyFixButton_%1").arg(gfx));
        QVERIFY(apply);
        QVERIFY(apply->accessibleName().contains(QLatin1String("HSA_OVERRIDE_GFX_VERSION=10.3.0")));
        apply->click();
        auto *diff = wizard.findChild<QPlainTextEdit *>(QStringLiteral("fixDiff"));
        QVERIFY(diff->isVisible());
        QVERIFY2(diff->toPlainText().contains(QLatin1String("+export HSA_OVERRIDE_GFX_VERSION='10.3.0'")),
            qPrintable(diff->toPlainText()));
        QVERIFY(!fx.homeFile(".bashrc").contains("HSA_OVERRIDE_GFX_VERSION")); // shown, not written
        QTest::qWait(50);
        screenshot(&wizard, QStringLiteral("verify-fix-plan"));
        const QSize size = wizard.size();
        wizard.resize(900, 1300); // everything at once, for looking at
        QTest::qWait(50);
        screenshot(&wizard, QStringLiteral("verify-diagnosis-full"));
        wizard.resize(size);
        QTest::keyClick(&wizard, Qt::Key_W, Qt::AltModifier); // "&Write this fix"
        QTRY_VERIFY(fx.homeFile(".bashrc").contains("export HSA_OVERRIDE_GFX_VERSION='10.3.0'"));
        QVERIFY(fx.homeFile(".bashrc").contains("export OLLAMA_VULKAN='1'")); // the path's settings stay
        QTRY_VERIFY2(label(wizard, "fixStatus").contains(QLatin1String("Restart Ollama yourself")),
            qPrintable(label(wizard, "fixStatus")));

        auto *nextPath = wizard.findChild<QPushButton *>(QStringLiteral("nextPathButton"));
        QVERIFY(nextPath->isVisible());
        const PathAdvice *expected = session.nextPath();
        QVERIFY(expected);
        const PathId nextId = expected->id;
        QTest::keyClick(&wizard, Qt::Key_P, Qt::AltModifier); // "Try the next-ranked &path"
        QTRY_COMPARE(wizard.currentId(), int(SetupWizard::ApplyPageId));
        QCOMPARE(wizard.currentId(), int(SetupWizard::ApplyPageId));
        QCOMPARE(session.selectedPath(), nextId);
        QVERIFY(session.selectedPath() != before);
        auto *planDiff = wizard.findChild<QPlainTextEdit *>(QStringLiteral("diffView"));
        QVERIFY(!planDiff->toPlainText()
                     .isEmpty()); // the Apply page planned the new path (here: processor only, nothing to write)
    }

    /// Ollama is still restarting when the test runs (the apply step just restarted it): the
    /// refused connection is retried and the run succeeds once the server is back.
    void serverStillRestartingIsWaitedFor()
    {
        WizardFixture fx("rdna1-rx5700xt");
        fx.config.ollamaUrl = m_server->url();
        SetupSession session(fx.config);
        SetupWizard wizard(&session);
        reachVerify(wizard, session);
        QSignalSpy done(session.verify(), &VerifySession::finished);
        m_server->restart(500); // down now, listening again in 0.5 s (the retry window is 1.5 s)
        runTest(wizard);
        QTRY_COMPARE(done.size(), 1);
        const BenchReport &r = session.verify()->report();
        QVERIFY2(r.gpu.ok(), qPrintable(r.gpu.error));
    }

    /// The server answers the generation with an error: the page says so and diagnoses the log.
    void serverErrorFails()
    {
        m_server->setFault(QStringLiteral("/api/generate"), Fault::HttpError500);
        WizardFixture fx("rdna1-rx5700xt");
        fx.config.ollamaUrl = m_server->url();
        fx.config.ollamaLog = log("ollama-for-amd-134-windows-rx6700xt-v0.30-cpu-offloaded-0-of-33.log");
        SetupSession session(fx.config);
        SetupWizard wizard(&session);
        reachVerify(wizard, session);
        QSignalSpy diagnosed(session.verify(), &VerifySession::diagnosisReady);
        runTest(wizard);
        QTRY_COMPARE(diagnosed.size(), 1);
        QCOMPARE(session.verify()->report().verdict(), QStringLiteral("failed"));
        QVERIFY2(
            label(wizard, "verdictLabel").contains(QLatin1String("failed")), qPrintable(label(wizard, "verdictLabel")));
        QVERIFY(!session.verify()->findings().isEmpty());
        QTRY_VERIFY(wizard.findChild<QWidget *>(QStringLiteral("finding_0"))
                        ->isVisible()); // rebuilt rows replace old ones later
        QVERIFY(wizard.currentPage()->isComplete()); // a failed check does not trap the user
    }

    void cancelStopsTheRun()
    {
        m_server->setTokenIntervalMs(150);
        WizardFixture fx("rdna1-rx5700xt");
        fx.config.ollamaUrl = m_server->url();
        SetupSession session(fx.config);
        SetupWizard wizard(&session);
        reachVerify(wizard, session);
        auto *text = wizard.findChild<QPlainTextEdit *>(QStringLiteral("responseText"));
        QSignalSpy done(session.verify(), &VerifySession::finished);
        runTest(wizard);
        QTRY_VERIFY(!text->toPlainText().isEmpty());
        QTest::qWait(600);
        screenshot(&wizard, QStringLiteral("verify-running"));
        QTest::keyClick(&wizard, Qt::Key_S, Qt::AltModifier); // "&Stop"
        QTRY_COMPARE(done.size(), 1);
        QVERIFY(session.verify()->wasCancelled());
        QVERIFY(!session.verify()->isRunning());
        QVERIFY(label(wizard, "verdictLabel").contains(QLatin1String("cancelled")));
        QVERIFY(!wizard.findChild<QGroupBox *>(QStringLiteral("diagnosisBox"))->isVisible());
        QCOMPARE(wizard.currentId(), int(SetupWizard::VerifyPageId));
        QVERIFY(wizard.currentPage()->isComplete());
    }

    /// Apply to the systemd drop-in: daemon-reload and restart through the runner, the server is
    /// down for a moment and answers again, and its journal confirms the setting.
    void applyRestartsTheServiceAndConfirms()
    {
        RecordingRunner runner;
        runner.journal
            = serverConfigJournal("HSA_OVERRIDE_GFX_VERSION: OLLAMA_HOST:http://127.0.0.1:11434 OLLAMA_VULKAN:true");
        OllamaTestServer *server = m_server.get();
        runner.onRestart = [server] {
            QMetaObject::invokeMethod(
                server, [server] { server->restart(400); }, Qt::BlockingQueuedConnection);
        };
        WizardFixture fx("rdna1-rx5700xt");
        fx.config.ollamaUrl = m_server->url();
        fx.config.runner = &runner;
        fx.config.restartWaitMs = 10000;
        SetupSession session(fx.config);
        SetupWizard wizard(&session);
        QSignalSpy restarted(&session, &SetupSession::restartFinished);
        reachVerify(wizard, session, QStringLiteral("systemd"));
        QCOMPARE(restarted.size(), 1);
        QFile dropIn(
            fx.config.envRoots.root + QStringLiteral("/etc/systemd/system/ollama.service.d/ollama-gpu-setup.conf"));
        QVERIFY(dropIn.open(QIODevice::ReadOnly));
        QVERIFY(dropIn.readAll().contains("Environment=\"OLLAMA_VULKAN=1\""));
        const QList<QStringList> calls = runner.calls();
        const int reload = calls.indexOf({ QStringLiteral("systemctl"), QStringLiteral("daemon-reload") });
        const int restart
            = calls.indexOf({ QStringLiteral("systemctl"), QStringLiteral("restart"), QStringLiteral("ollama") });
        QVERIFY(reload >= 0 && restart > reload);
        QVERIFY(calls.indexOf({ QStringLiteral("journalctl"), QStringLiteral("-u"), QStringLiteral("ollama"),
                    QStringLiteral("--no-pager"), QStringLiteral("-n"), QStringLiteral("20000") })
            > restart);
        const ServerRestart::Outcome &o = session.restart()->outcome();
        QVERIFY(o.restarted);
        QVERIFY2(o.answered, qPrintable(o.error));
        QCOMPARE(o.confirmed, std::optional<bool>(true));
        wizard.back();
        QVERIFY2(
            label(wizard, "restartStatus").contains(QLatin1String("Its log confirms the settings: OLLAMA_VULKAN=1")),
            qPrintable(label(wizard, "restartStatus")));
        QVERIFY(label(wizard, "restartStatus").contains(QLatin1String("Ran systemctl restart ollama")));
        screenshot(&wizard, QStringLiteral("apply-restarted"));
    }

    /// The service does not come back: the wait can be stopped, and the page says what happened.
    void stopWaitingForARestart()
    {
        RecordingRunner runner;
        OllamaTestServer *server = m_server.get();
        runner.onRestart = [server] {
            QMetaObject::invokeMethod(
                server, [server] { server->close(); }, Qt::BlockingQueuedConnection);
        };
        WizardFixture fx("rdna1-rx5700xt");
        fx.config.ollamaUrl = m_server->url();
        fx.config.runner = &runner;
        fx.config.restartWaitMs = 60000;
        SetupSession session(fx.config);
        SetupWizard wizard(&session);
        reachApply(wizard, session, QStringLiteral("systemd"));
        QSignalSpy restarted(&session, &SetupSession::restartFinished);
        wizard.findChild<QPushButton *>(QStringLiteral("applyButton"))->click();
        auto *stop = wizard.findChild<QPushButton *>(QStringLiteral("stopWaitingButton"));
        QTRY_VERIFY(label(wizard, "restartStatus").contains(QLatin1String("Waiting for Ollama")));
        QVERIFY(stop->isVisible());
        QVERIFY(session.isBusy());
        QVERIFY(!wizard.currentPage()->isComplete());
        stop->click();
        QTRY_COMPARE(restarted.size(), 1); // long before the 60 s wait is over
        QVERIFY(!session.isBusy());
        QVERIFY(!stop->isVisible());
        QVERIFY(!session.restart()->outcome().answered);
        QVERIFY2(label(wizard, "restartStatus").contains(QLatin1String("does not answer")),
            qPrintable(label(wizard, "restartStatus")));
        QVERIFY(wizard.currentPage()->isComplete());
    }

    /// The journal shows the server came back without the setting: said plainly.
    void restartWithoutTheSettingIsReported()
    {
        RecordingRunner runner;
        runner.journal = serverConfigJournal("OLLAMA_HOST:http://127.0.0.1:11434 OLLAMA_VULKAN:false");
        WizardFixture fx("rdna1-rx5700xt");
        fx.config.ollamaUrl = m_server->url();
        fx.config.runner = &runner;
        SetupSession session(fx.config);
        SetupWizard wizard(&session);
        reachVerify(wizard, session, QStringLiteral("systemd"));
        QCOMPARE(session.restart()->outcome().confirmed, std::optional<bool>(false));
        QVERIFY(session.restart()->outcome().missing.contains(QStringLiteral("OLLAMA_VULKAN=1")));
        wizard.back();
        QVERIFY(label(wizard, "restartStatus").contains(QLatin1String("did not get: OLLAMA_VULKAN=1")));
    }

    /// No GPU, processor-only path: running on the CPU is the expected result, not a failure.
    void processorOnlyPathIsNotAFailure()
    {
        m_server->setVramFraction(0);
        WizardFixture fx("empty-does-not-exist");
        fx.config.ollamaUrl = m_server->url();
        SetupSession session(fx.config);
        SetupWizard wizard(&session);
        reachVerify(wizard, session);
        QCOMPARE(session.selectedPath(), std::optional<PathId>(PathId::Cpu));
        QSignalSpy done(session.verify(), &VerifySession::finished);
        runTest(wizard);
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(label(wizard, "processorSplitLabel"), QStringLiteral("100% CPU"));
        QVERIFY2(label(wizard, "verdictLabel").contains(QLatin1String("on the processor, as chosen")),
            qPrintable(label(wizard, "verdictLabel")));
        QVERIFY(!session.verify()->needsDiagnosis());
        QVERIFY(!wizard.findChild<QGroupBox *>(QStringLiteral("diagnosisBox"))->isVisible());
    }

    /// WSL2: the test prompt goes to the Windows host chosen on the WSL2 page, not to localhost.
    void wslHostIsWhereItRuns()
    {
        WizardFixture fx("rdna1-rx5700xt", Platform::Wsl2);
        SetupSession session(fx.config); // config.ollamaUrl refuses connections
        session.setWslHost(m_server->url().toString());
        QCOMPARE(session.ollamaUrl(), m_server->url());
        QSignalSpy listed(session.verify(), &VerifySession::modelsListed);
        session.verify()->listModels();
        QTRY_COMPARE(listed.size(), 1);
        QVERIFY2(session.verify()->installedModels().contains(QStringLiteral("llama3.2:latest")),
            qPrintable(session.verify()->modelsError()));
    }

private:
    std::unique_ptr<OllamaTestServer> m_server;
};

QTEST_MAIN(TestVerifyPage)
#include "tst_verifypage.moc"

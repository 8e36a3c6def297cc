#include "wizardfixture.h"

#include "wizard/setupsession.h"
#include "wizard/summarypage.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QTextBrowser>
#include <QWizard>

using namespace ogs;
using namespace ogs::ui;
using namespace ogs::ui::test;

namespace {

/// The summary page alone in a wizard, after a real scan of the fixture tree.
struct SummaryFixture {
    WizardFixture fx { "rdna1-rx5700xt" };
    std::unique_ptr<SetupSession> session;
    QWizard wizard;
    SummaryPage *page = nullptr;

    void open()
    {
        session = std::make_unique<SetupSession>(fx.config);
        session->startScan();
        QTRY_VERIFY(session->hasScan());
        page = new SummaryPage(session.get());
        wizard.addPage(page);
        wizard.show(); // initializePage: marks the setup complete and reads Ollama's log
    }
};

} // namespace

class TestSummaryPage final : public QObject {
    Q_OBJECT
private slots:
    void reportHasEverythingABugReportNeeds()
    {
        SummaryFixture s;
        s.fx.writeServerLog("ollama-11557-linux-rx7700s-gfx1102-igpu-skipped.log");
        s.open();
        QJsonObject bench { { QStringLiteral("model"), QStringLiteral("coheara-medgemma-4b-q8") },
            { QStringLiteral("eval_rate"), 42.5 }, { QStringLiteral("processor"), QStringLiteral("100% GPU") } };
        s.session->setBenchReport(bench);
        QTRY_VERIFY(s.session->hasLogExcerpt());
        const QString report = s.page->reportText();
        QVERIFY(report.startsWith(QStringLiteral("ollama-gpu-setup " OGS_VERSION " report")));
        QVERIFY(report.contains(QLatin1String("== Detection ==")));
        QVERIFY(report.contains(QLatin1String("AMD Radeon RX 5700 XT")));
        QVERIFY(report.contains(QLatin1String("== Recommendation ==")));
        QVERIFY(report.contains(QLatin1String("set OLLAMA_VULKAN=1"))); // the changes the path makes
        QVERIFY(report.contains(QLatin1String("applied=no")));
        QVERIFY(report.contains(QLatin1String("\"eval_rate\": 42.5")));
        QVERIFY(report.contains(
            QLatin1String("source=") + s.fx.config.envRoots.home + QLatin1String("/.ollama/logs/server.log")));
        QVERIFY2(report.contains(QLatin1String("msg=\"inference compute\" id=0 library=rocm")), qPrintable(report));
        QVERIFY(!report.contains(QLatin1String("# source:"))); // only the lines that matter

        const QString path = s.fx.dir.filePath(QStringLiteral("report.txt"));
        QVERIFY(s.page->saveReport(path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(f.readAll()).contains(QLatin1String("inference compute")));
        QVERIFY(!s.page->saveReport(s.fx.dir.filePath(QStringLiteral("no/such/dir/report.txt"))));

        s.wizard.findChild<QPushButton *>(QStringLiteral("copyReportButton"))->click();
        QVERIFY(QGuiApplication::clipboard()->text().contains(QLatin1String("== Ollama log ==")));
    }

    /// A log given explicitly (the one the verify step diagnosed) is the one the report quotes.
    void explicitLogIsTheOneQuoted()
    {
        SummaryFixture s;
        s.fx.config.ollamaLog
            = QStringLiteral(OGS_TEST_DATA "/ollama-logs/ollama-11557-linux-rx7700s-gfx1102-igpu-skipped.log");
        s.open();
        QTRY_VERIFY(s.session->hasLogExcerpt());
        const QString report = s.page->reportText();
        QVERIFY2(report.contains(QLatin1String("source=") + s.fx.config.ollamaLog), qPrintable(report));
        QVERIFY(report.contains(QLatin1String("msg=\"inference compute\" id=0 library=rocm")));
    }

    void withoutALogTheReportSaysWhereItLooked()
    {
        SummaryFixture s;
        s.open();
        QTRY_VERIFY(s.session->hasLogExcerpt());
        const QString report = s.page->reportText();
        QVERIFY2(report.contains(QLatin1String("== Bench ==\nnot run")), qPrintable(report));
        QVERIFY(report.contains(QLatin1String("no log found (looked at: nothing)")));
        QVERIFY(s.session->setupComplete());
    }

    void openMonitorButtonAsksForTheMonitor()
    {
        SummaryFixture s;
        s.open();
        QSignalSpy spy(s.page, &SummaryPage::openMonitorRequested);
        s.wizard.findChild<QPushButton *>(QStringLiteral("openMonitorButton"))->click();
        QCOMPARE(spy.count(), 1);
    }
};

QTEST_MAIN(TestSummaryPage)
#include "tst_summarypage.moc"

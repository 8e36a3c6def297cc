#include "wizardfixture.h"

#include "report/unzip.h"

#include "wizard/setupsession.h"
#include "wizard/summarypage.h"

#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QTextBrowser>
#include <QWizard>

using namespace ogs;
using namespace ogs::ui;
using namespace ogs::ui::test;
using ogs::test::Unzip;

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

    /// The button writes a real zip (judged by unzip): its files, report.txt exactly reportText(), the
    /// bench, the log lines and only the OLLAMA_*/GPU variables; a path that cannot be written is reported.
    void saveBundleWritesTheDiagnosticBundle()
    {
        SummaryFixture s;
        const QDateTime when(QDate(2026, 3, 1), QTime(9, 42, 31));
        s.fx.config.clock = [when] { return when; };
        s.fx.config.environment.insert(QStringLiteral("OLLAMA_HOST"), QStringLiteral("127.0.0.1:11500"));
        s.fx.config.environment.insert(QStringLiteral("OLLAMA_API_KEY"), QStringLiteral("sk-secret"));
        s.fx.config.environment.insert(QStringLiteral("HSA_OVERRIDE_GFX_VERSION"), QStringLiteral("10.3.0"));
        s.fx.config.environment.insert(QStringLiteral("HOME"), QStringLiteral("/home/alex"));
        s.fx.config.environment.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("aws-secret"));
        s.fx.writeServerLog("ollama-11557-linux-rx7700s-gfx1102-igpu-skipped.log");
        s.open();
        s.session->setBenchReport({ { QStringLiteral("model"), QStringLiteral("coheara-medgemma-4b-q8") },
            { QStringLiteral("eval_rate"), 42.5 } });
        QTRY_VERIFY(s.session->hasLogExcerpt());

        const QString zip = s.fx.dir.filePath(QStringLiteral("bundle.zip"));
        QString suggested;
        s.page->setFileChooser([&](const QString &name) {
            suggested = name;
            return zip;
        });
        auto *button = s.wizard.findChild<QPushButton *>(QStringLiteral("saveBundleButton"));
        QVERIFY(button);
        QVERIFY(!button->accessibleName().isEmpty());
        button->click();
        QCOMPARE(suggested, QStringLiteral("ollama-gpu-setup-bundle-20260301-0942.zip"));
        auto *text = s.wizard.findChild<QTextBrowser *>(QStringLiteral("summaryText"));
        QVERIFY2(text->toPlainText().contains(QStringLiteral("Diagnostic bundle saved to ") + zip),
            qPrintable(text->toPlainText()));

        QVERIFY2(Unzip::run({ QStringLiteral("-t"), zip }).exitCode == 0,
            Unzip::run({ QStringLiteral("-t"), zip }).out.constData());
        const QStringList names { QStringLiteral("README.txt"), QStringLiteral("report.txt"),
            QStringLiteral("detection.json"), QStringLiteral("recommendation.json"), QStringLiteral("budget.json"),
            QStringLiteral("changes.json"), QStringLiteral("bench.json"), QStringLiteral("findings.json"),
            QStringLiteral("environment.json"), QStringLiteral("ollama-log.txt") };
        QCOMPARE(Unzip::names(zip), names);
        QCOMPARE(QString::fromUtf8(Unzip::content(zip, QStringLiteral("report.txt"))), s.page->reportText());
        QVERIFY(Unzip::content(zip, QStringLiteral("README.txt"))
                    .startsWith(QByteArray("ollama-gpu-setup " OGS_VERSION " diagnostic bundle\nCollected "
                        + when.toUTC().toString(Qt::ISODate).toUtf8() + " by the setup wizard.\n")));
        QVERIFY(Unzip::content(zip, QStringLiteral("detection.json")).contains("AMD Radeon RX 5700 XT"));
        const auto json = [&](const char *name) {
            return QJsonDocument::fromJson(Unzip::content(zip, QLatin1String(name))).object();
        };
        QCOMPARE(json("bench.json").value(QStringLiteral("eval_rate")).toDouble(), 42.5);
        const QJsonObject session = json("changes.json").value(QStringLiteral("session")).toObject();
        QCOMPARE(session.value(QStringLiteral("applied")).toBool(true), false);
        QCOMPARE(session.value(QStringLiteral("set")).toObject().value(QStringLiteral("OLLAMA_VULKAN")).toString(),
            QStringLiteral("1"));
        const QJsonObject env = json("environment.json").value(QStringLiteral("variables")).toObject();
        QCOMPARE(env.keys(),
            (QStringList { QStringLiteral("HSA_OVERRIDE_GFX_VERSION"), QStringLiteral("OLLAMA_API_KEY"),
                QStringLiteral("OLLAMA_HOST") }));
        QCOMPARE(env.value(QStringLiteral("OLLAMA_API_KEY")).toString(), QStringLiteral("(hidden)"));
        QVERIFY(!Unzip::run({ QStringLiteral("-p"), zip }).out.contains("secret"));
        QVERIFY(Unzip::content(zip, QStringLiteral("findings.json")).contains("\"id\": \"igpu-skipped\""));
        const QByteArray log = Unzip::content(zip, QStringLiteral("ollama-log.txt"));
        QVERIFY2(log.contains("msg=\"inference compute\" id=0 library=rocm"), log.constData());

        // Cancelled: nothing written. A folder that does not exist: the error names the file.
        QVERIFY(QFile::remove(zip));
        s.page->setFileChooser([](const QString &) { return QString(); });
        button->click();
        QVERIFY(!QFile::exists(zip));
        const QString bad = s.fx.dir.filePath(QStringLiteral("no/such/dir/bundle.zip"));
        s.page->setFileChooser([&](const QString &) { return bad; });
        button->click();
        QVERIFY2(
            text->toPlainText().contains(QStringLiteral("Could not save the diagnostic bundle: cannot write ") + bad),
            qPrintable(text->toPlainText()));
    }

    /// "Save report…" writes exactly reportText(); over an existing file it replaces it whole; a
    /// path that cannot be written leaves nothing behind and the error names the file.
    void saveReportWritesTheReport()
    {
        SummaryFixture s;
        s.open();
        auto *button = s.wizard.findChild<QPushButton *>(QStringLiteral("saveReportButton"));
        auto *text = s.wizard.findChild<QTextBrowser *>(QStringLiteral("summaryText"));
        QVERIFY(button && text);
        const QString path = s.fx.dir.filePath(QStringLiteral("report.txt"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write(QByteArray(100000, 'x'));
        old.close();
        QString suggested;
        s.page->setFileChooser([&](const QString &name) {
            suggested = name;
            return path;
        });
        button->click();
        QCOMPARE(suggested, QStringLiteral("ollama-gpu-setup-report.txt"));
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(saved.readAll()), s.page->reportText());
        QVERIFY2(text->toPlainText().contains(QStringLiteral("Report saved to ") + QDir::toNativeSeparators(path)),
            qPrintable(text->toPlainText()));

        const QString bad = s.fx.dir.filePath(QStringLiteral("no/such/dir/report.txt"));
        s.page->setFileChooser([&](const QString &) { return bad; });
        button->click();
        QVERIFY(!QFileInfo::exists(bad));
        QVERIFY2(text->toPlainText().contains(QStringLiteral("Could not save the report: cannot write ")
                     + QDir::toNativeSeparators(bad) + QStringLiteral(": ")),
            qPrintable(text->toPlainText()));
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

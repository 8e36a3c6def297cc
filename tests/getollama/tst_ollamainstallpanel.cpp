// The wizard's Ollama panel: the status and the decision without the network, then plan → confirm →
// download → verify → (recorded) install with progress, cancel and the script shown before it runs.
#include "recordingrunner.h"
#include "releasefeedserver.h"
#include "widgets/ollamainstallpanel.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ogs;
using ogs::test::FeedFault;
using ogs::test::ReleaseFeedServer;
using ogs::ui::OllamaInstallPanel;

class TestOllamaInstallPanel final : public QObject {
    Q_OBJECT
    std::unique_ptr<ReleaseFeedServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    FixedUninstallRegistry m_registry { {} };
    QByteArray m_exe;

    QString downloads() const { return m_dir->path() + QStringLiteral("/downloads"); }

    InstallRequest windowsRequest() const
    {
        InstallRequest r;
        r.goal.platform = Platform::Windows;
        r.locator.platform = Platform::Windows;
        r.locator.localAppData = m_dir->path() + QStringLiteral("/AppData/Local");
        r.locator.registry = &m_registry;
        r.feedUrl = m_server->url(QStringLiteral("/feed"));
        r.plan.downloadDir = downloads();
        r.plan.serverUrl = m_server->url(QString());
        r.plan.waitTimeoutMs = 3000;
        return r;
    }

private slots:
    void init()
    {
        m_server = std::make_unique<ReleaseFeedServer>();
        QVERIFY(m_server->listen());
        m_dir = std::make_unique<QTemporaryDir>();
        m_exe = QByteArray(512 * 1024, 'x');
        m_server->setFile(QStringLiteral("/d/OllamaSetup.exe"), m_exe);
        m_server->setFile(QStringLiteral("/d/sha256sum.txt"), m_server->checksumList({ QStringLiteral("/d/OllamaSetup.exe") }));
        m_server->publishRelease(QStringLiteral("/feed"), QStringLiteral("v0.13.1"),
            { QStringLiteral("/d/OllamaSetup.exe"), QStringLiteral("/d/sha256sum.txt") });
        m_server->setOllamaVersion(QStringLiteral("0.13.1"));
    }

    void installsOnWindows()
    {
        RecordingRunner runner;
        OllamaInstallPanel panel(windowsRequest(), &runner);
        panel.setAutoConfirm(true);
        QSignalSpy status(&panel, &OllamaInstallPanel::statusChanged);
        InstallGoal goal;
        goal.platform = Platform::Windows;
        goal.path = PathId::Vulkan;
        panel.setGoal(goal);
        QTRY_VERIFY(status.count() > 0);
        QVERIFY2(panel.statusText().contains(QStringLiteral("Ollama is not installed.")), qPrintable(panel.statusText()));
        QVERIFY(panel.statusText().contains(QStringLiteral("The server answers.")));
        QVERIFY(!m_server->requestedPaths().contains(QStringLiteral("/feed"))); // no network for the status
        auto *button = panel.findChild<QPushButton *>(QStringLiteral("ollamaInstallButton"));
        QVERIFY(button && !button->isHidden());
        QCOMPARE(button->text(), QStringLiteral("&Install Ollama…"));
        QVERIFY(!button->accessibleName().isEmpty());

        QSignalSpy finished(&panel, &OllamaInstallPanel::installFinished);
        button->click();
        QVERIFY(panel.isBusy());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(panel.lastConfirmation().contains(QStringLiteral("/VERYSILENT")));
        QCOMPARE(runner.calls.size(), 1);
        QCOMPARE(runner.calls.first().first(), downloads() + QStringLiteral("/OllamaSetup.exe"));
        QVERIFY(!panel.isBusy());
    }

    void declinedPlanDownloadsNothing()
    {
        RecordingRunner runner;
        OllamaInstallPanel panel(windowsRequest(), &runner);
        panel.setAutoConfirm(false);
        QSignalSpy finished(&panel, &OllamaInstallPanel::installFinished);
        panel.startInstall();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("nothing was changed")));
        QVERIFY(!m_server->requestedPaths().contains(QStringLiteral("/d/OllamaSetup.exe")));
        QVERIFY(runner.calls.isEmpty());
    }

    void cancelStopsTheDownload()
    {
        m_server->setFault(QStringLiteral("/d/OllamaSetup.exe"), FeedFault::Slow);
        m_server->setSlowPace(2048, 20);
        RecordingRunner runner;
        OllamaInstallPanel panel(windowsRequest(), &runner);
        panel.setAutoConfirm(true);
        QSignalSpy finished(&panel, &OllamaInstallPanel::installFinished);
        panel.startInstall();
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(downloads() + QStringLiteral("/OllamaSetup.exe.part")), 10000);
        panel.findChild<QPushButton *>(QStringLiteral("ollamaCancelButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY2(finished.first().at(1).toString().contains(QStringLiteral("cancelled")), qPrintable(finished.first().at(1).toString()));
        QVERIFY(QDir(downloads()).entryList(QDir::Files | QDir::Hidden).isEmpty());
        QVERIFY(runner.calls.isEmpty());
    }

    void linuxScriptIsShown()
    {
        m_server->setFile(QStringLiteral("/install.sh"), "#!/bin/sh\necho hello from the script\n");
        InstallRequest r;
        r.locator.root = m_dir->path();
        r.plan.downloadDir = downloads();
        r.plan.scriptUrl = m_server->url(QStringLiteral("/install.sh"));
        r.plan.serverUrl = m_server->url(QString());
        r.plan.os = parseOsRelease("ID=debian\n");
        r.plan.pkexecProgram = QStringLiteral("pkexec");
        RecordingRunner runner;
        OllamaInstallPanel panel(r, &runner);
        panel.setAutoConfirm(true);
        QSignalSpy finished(&panel, &OllamaInstallPanel::installFinished);
        panel.startInstall();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY2(panel.lastConfirmation().contains(QStringLiteral("echo hello from the script")), qPrintable(panel.lastConfirmation()));
        QVERIFY(panel.lastConfirmation().contains(ReleaseFeedServer::sha256Of("#!/bin/sh\necho hello from the script\n")));
        QCOMPARE(runner.calls.size(), 1);
        QCOMPARE(runner.calls.first().first(), QStringLiteral("pkexec"));
    }
};

QTEST_MAIN(TestOllamaInstallPanel)
#include "tst_ollamainstallpanel.moc"

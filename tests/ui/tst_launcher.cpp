#include "wizardfixture.h"

#include "home/homeview.h"
#include "home/launcher.h"
#include "monitor/monitorwindow.h"
#include "wizard/setupwizard.h"

#include <QPushButton>

using namespace ogs;
using namespace ogs::ui;
using namespace ogs::ui::test;

namespace {

MonitorSessionOptions fixtureMonitor(const WizardFixture &fx)
{
    MonitorSessionOptions o;
    o.sysfsRoot = QStringLiteral(OGS_TEST_DATA "/sysfs/rdna4-rx9060xt");
    o.procRoot = fx.dir.filePath(QStringLiteral("proc"));
    o.nvmlLibrary = fx.dir.filePath(QStringLiteral("none.so"));
    o.intervalMs = 200;
    o.ollamaUrl = fx.config.ollamaUrl;
    return o;
}

} // namespace

/// The GUI module's launch: first the wizard, later the home view; both reach the monitor.
class TestLauncher final : public QObject {
    Q_OBJECT
private slots:
    void firstLaunchOpensTheWizard()
    {
        WizardFixture fx("rdna1-rx5700xt");
        Launcher launcher(fx.config, fixtureMonitor(fx));
        launcher.start();
        QVERIFY(launcher.wizard()->isVisible());
        QVERIFY(!launcher.home());
        QCOMPARE(launcher.wizard()->currentId(), int(SetupWizard::WelcomePageId));
    }

    void summaryOpensTheMonitorWindow()
    {
        WizardFixture fx("rdna1-rx5700xt");
        Launcher launcher(fx.config, fixtureMonitor(fx));
        launcher.start();
        QVERIFY(!launcher.monitor());
        emit launcher.wizard()->openMonitorRequested(); // what the summary's button sends (tst_summarypage)
        QVERIFY(launcher.monitor());
        MonitorWindow *w = launcher.monitor()->window();
        QVERIFY(w->isVisible());
        QTRY_VERIFY(w->history().size() >= 2); // sampling the fixture GPU
        emit launcher.wizard()->openMonitorRequested();
        QCOMPARE(launcher.monitor()->window(), w); // one monitor window
    }

    void laterLaunchOpensTheHomeViewAndRunsSetupAgain()
    {
        WizardFixture fx("rdna1-rx5700xt");
        fx.completeSetup(fx.config.ollamaUrl, QStringLiteral("llama3.2"));
        Launcher launcher(fx.config, fixtureMonitor(fx));
        launcher.start();
        QVERIFY(launcher.home());
        QVERIFY(launcher.home()->isVisible());
        QVERIFY(!launcher.wizard()->isVisible());

        launcher.home()->findChild<QPushButton *>(QStringLiteral("openMonitorButton"))->click();
        QVERIFY(launcher.monitor() && launcher.monitor()->window()->isVisible());

        launcher.home()->findChild<QPushButton *>(QStringLiteral("runSetupButton"))->click();
        QVERIFY(launcher.wizard()->isVisible());
        QCOMPARE(launcher.wizard()->currentId(), int(SetupWizard::WelcomePageId));
        QVERIFY(!launcher.home()->isVisible());
    }
};

QTEST_MAIN(TestLauncher)
#include "tst_launcher.moc"

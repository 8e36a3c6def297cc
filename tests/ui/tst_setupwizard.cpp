#include "wizard/setupsession.h"
#include "wizard/setupwizard.h"

#include <QAbstractButton>
#include <QDir>
#include <QLabel>
#include <QTableWidget>
#include <QTest>

using namespace ogs;
using namespace ogs::ui;

namespace {

DetectOptions fixture(const char *tree)
{
    DetectOptions o;
    o.sysfsRoot = QStringLiteral(OGS_TEST_DATA "/sysfs/") + QLatin1String(tree);
    o.sources = {QStringLiteral("sysfs")};
    o.platformRoots.procRoot = o.sysfsRoot + QStringLiteral("/none");
    o.platformRoots.devRoot = o.sysfsRoot + QStringLiteral("/none");
    o.platformRoots.etcRoot = o.sysfsRoot + QStringLiteral("/none");
    o.platformRoots.forceLinuxChecks = true;
    return o;
}

/// Saves what a person would see, for the README and for looking at (OGS_SCREENSHOT_DIR).
void screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("OGS_SCREENSHOT_DIR");
    if (!dir.isEmpty() && QDir().mkpath(dir))
        QVERIFY(w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

} // namespace

class TestSetupWizard final : public QObject {
    Q_OBJECT
private slots:
    void welcomeThenScan()
    {
        SetupSession session(fixture("dgpu-with-apu"));
        SetupWizard wizard(&session);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(SetupWizard::WelcomePageId));
        screenshot(&wizard, QStringLiteral("wizard-1-welcome"));
        wizard.button(QWizard::NextButton)->click();
        QCOMPARE(wizard.currentId(), int(SetupWizard::ScanPageId));
        QTRY_VERIFY(session.hasScan());
        auto *table = wizard.findChild<QTableWidget *>(QStringLiteral("gpuTable"));
        QVERIFY(table);
        QTRY_COMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("AMD Radeon RX 7800 XT"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("gfx1101"));
        QCOMPARE(table->item(1, 3)->text(), QStringLiteral("integrated"));
        QVERIFY(wizard.currentPage()->isComplete());
        screenshot(&wizard, QStringLiteral("wizard-2-scan"));
    }

    void noGpuSaysSo()
    {
        SetupSession session(fixture("empty-does-not-exist"));
        SetupWizard wizard(&session);
        wizard.show();
        wizard.button(QWizard::NextButton)->click();
        QTRY_VERIFY(session.hasScan());
        auto *findings = wizard.findChild<QLabel *>(QStringLiteral("findingsLabel"));
        QTRY_VERIFY(findings->text().contains(QLatin1String("No graphics card was found")));
    }

    void keyboardOnly()
    {
        SetupSession session(fixture("rdna1-rx5700xt"));
        SetupWizard wizard(&session);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTest::keyClick(&wizard, Qt::Key_N, Qt::AltModifier); // "&Next >" mnemonic
        QTRY_COMPARE(wizard.currentId(), int(SetupWizard::ScanPageId));
        QTRY_VERIFY(wizard.currentPage()->isComplete());
    }
};

QTEST_MAIN(TestSetupWizard)
#include "tst_setupwizard.moc"

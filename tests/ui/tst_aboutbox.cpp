#include "wizardfixture.h"

#include "widgets/aboutbox.h"
#include "wizard/setupsession.h"
#include "wizard/setupwizard.h"

#include <QAbstractButton>
#include <QMessageBox>

using namespace ogs;
using namespace ogs::ui;
using namespace ogs::ui::test;

/// Issue #7: the About box shows the version CMake's project(VERSION) sets, the one --version prints.
class TestAboutBox final : public QObject {
    Q_OBJECT
private slots:
    void textHasTheProjectVersion()
    {
        QVERIFY(aboutText().contains(QStringLiteral("Ollama GPU Setup " OGS_VERSION)));
        QVERIFY(aboutText().contains(QString::fromLatin1(qVersion())));
    }

    void wizardButtonOpensIt()
    {
        WizardFixture fx("rdna1-rx5700xt");
        SetupSession session(fx.config);
        SetupWizard wizard(&session);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QAbstractButton *about = wizard.button(QWizard::CustomButton1);
        QVERIFY(about->isVisible());
        QCOMPARE(about->objectName(), QStringLiteral("aboutButton"));
        QVERIFY(!about->accessibleName().isEmpty());
        QVERIFY(about->text().contains(QLatin1Char('&'))); // a mnemonic
        about->click();
        auto *box = wizard.findChild<QMessageBox *>(QStringLiteral("aboutBox"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible()); // non-blocking: the wizard's event loop keeps running
        QVERIFY(box->text().contains(QStringLiteral(OGS_VERSION)));
        box->button(QMessageBox::Close)->click();
        QTRY_VERIFY(!wizard.findChild<QMessageBox *>(QStringLiteral("aboutBox")));
    }
};

QTEST_MAIN(TestAboutBox)
#include "tst_aboutbox.moc"

// The wizard's path page shows what Ollama needs for the chosen path, from fixture roots only.
#include "ui/wizardfixture.h"

#include "widgets/ollamainstallpanel.h"
#include "wizard/setupsession.h"
#include "wizard/setupwizard.h"

#include <QAbstractButton>
#include <QListWidget>
#include <QPushButton>

using namespace ogs;
using namespace ogs::ui;
using namespace ogs::ui::test;

class TestWizardOllama final : public QObject {
    Q_OBJECT
private slots:
    void noPanelWithoutConfig()
    {
        WizardFixture fx("dgpu-with-apu");
        SetupSession session(fx.config);
        SetupWizard wizard(&session);
        QVERIFY(!wizard.findChild<OllamaInstallPanel *>());
    }

    void pathPageShowsTheDecision()
    {
#if defined(Q_OS_WIN)
        QSKIP("the fixtures are Linux installs (shell scripts as ollama)");
#endif
        WizardFixture fx("dgpu-with-apu");
        // An Ollama 0.11.4 in the fixture root: too old for Vulkan, fine for ROCm.
        const QString exe = fx.dir.filePath(QStringLiteral("root/usr/bin/ollama"));
        QDir().mkpath(QFileInfo(exe).absolutePath());
        QFile f(exe);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\necho 'ollama version is 0.11.4'\n");
        f.close();
        f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
        InstallRequest install;
        install.locator.root = fx.dir.filePath(QStringLiteral("root"));
        install.plan.downloadDir = fx.dir.filePath(QStringLiteral("downloads"));
        install.plan.serverUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
        install.plan.os = parseOsRelease("ID=arch\n");
        fx.config.ollamaInstall = install;

        SetupSession session(fx.config);
        SetupWizard wizard(&session);
        wizard.show();
        wizard.button(QWizard::NextButton)->click();
        QTRY_VERIFY(wizard.currentPage()->isComplete());
        wizard.button(QWizard::NextButton)->click();
        QCOMPARE(wizard.currentId(), int(SetupWizard::PathPageId));
        auto *panel = wizard.findChild<OllamaInstallPanel *>();
        QVERIFY(panel);
        auto *paths = wizard.findChild<QListWidget *>(QStringLiteral("pathList"));
        int vulkan = -1;
        int rocm = -1;
        for (int i = 0; i < paths->count(); ++i) {
            const QString key = paths->item(i)->data(Qt::UserRole).toString();
            if (key == QLatin1String("vulkan"))
                vulkan = i;
            if (key == QLatin1String("rocm"))
                rocm = i;
        }
        QVERIFY(vulkan >= 0 && rocm >= 0);
        paths->setCurrentRow(vulkan);
        QTRY_VERIFY2(panel->statusText().contains(QStringLiteral("Ollama 0.11.4 has no Vulkan backend; 0.12.11 or newer does.")),
            qPrintable(panel->statusText()));
        auto *button = panel->findChild<QPushButton *>(QStringLiteral("ollamaInstallButton"));
        QVERIFY(!button->isHidden());
        QCOMPARE(button->text(), QStringLiteral("&Update Ollama…"));
        paths->setCurrentRow(rocm);
        QTRY_VERIFY2(panel->statusText().contains(QStringLiteral("fits the rocm path")), qPrintable(panel->statusText()));
        QVERIFY(button->isHidden());
    }
};

QTEST_MAIN(TestWizardOllama)
#include "tst_wizardollama.moc"

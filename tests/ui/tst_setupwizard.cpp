#include "wizarddriver.h"
#include "wizardfixture.h"

#include "widgets/budgetbar.h"
#include "widgets/connectiontester.h"
#include "wizard/modelpage.h"
#include "wizard/setupsession.h"
#include "wizard/setupwizard.h"

#include "budget/modelcatalogue.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QTableWidget>
#include <QTextBrowser>

using namespace ogs;
using namespace ogs::ui;
using namespace ogs::ui::test;

namespace {

void scan(SetupWizard &wizard)
{
    next(wizard, SetupWizard::ScanPageId);
    QTRY_VERIFY(wizard.currentPage()->isComplete());
}

} // namespace

class TestSetupWizard final : public QObject {
    Q_OBJECT
private slots:
    void welcomeThenScan()
    {
        WizardFixture fx("dgpu-with-apu");
        SetupSession session(fx.config);
        SetupWizard wizard(&session);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(SetupWizard::WelcomePageId));
        scan(wizard);
        auto *table = wizard.findChild<QTableWidget *>(QStringLiteral("gpuTable"));
        QVERIFY(table);
        QTRY_COMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("AMD Radeon RX 7800 XT"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("gfx1101"));
        QCOMPARE(table->item(1, 3)->text(), QStringLiteral("integrated"));
    }

    void scanShowsOllama_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("cli");
        QTest::addColumn<QString>("expected");
        QTest::newRow("running") << QStringLiteral("0.12.11") << QStringLiteral("ollama version is 0.12.11")
                                 << QStringLiteral(
                                        "Ollama <b>0.12.11</b> is installed and running at http://127.0.0.1:1.");
        QTest::newRow("installed, stopped")
            << QString() << QStringLiteral("ollama version is 0.11.4")
            << QStringLiteral(
                   "Ollama <b>0.11.4</b> is installed but not running (nothing answers at http://127.0.0.1:1).");
        QTest::newRow("not found") << QString() << QString()
                                   << QStringLiteral(
                                          "Ollama was <b>not found</b>: nothing answers at http://127.0.0.1:1");
    }

    /// The scan page says whether Ollama is installed and running, which version, the ROCm
    /// targets its install ships and whether the system has ROCm.
    void scanShowsOllama()
    {
        QFETCH(QString, server);
        QFETCH(QString, cli);
        QFETCH(QString, expected);
        WizardFixture fx("rdna1-rx5700xt");
        fx.config.advice.version.reset();
        fx.config.advice.serverVersion = [server]() { return OllamaVersion::parse(server); };
        fx.config.advice.runner = [cli](const QString &, const QStringList &) -> std::optional<QString> {
            return cli.isEmpty() ? std::nullopt : std::optional<QString>(cli);
        };
        SetupSession session(fx.config);
        SetupWizard wizard(&session);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        scan(wizard);
        auto *ollama = wizard.findChild<QLabel *>(QStringLiteral("ollamaLabel"));
        QVERIFY(ollama);
        QTRY_VERIFY(!ollama->text().isEmpty());
        const QString text = ollama->text();
        QVERIFY2(text.startsWith(expected), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("ships ROCm kernels for: gfx1030, gfx1100, gfx1101, gfx1200.")),
            qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("ROCm runtime on the system: not installed")), qPrintable(text));
    }

    void noGpuSaysSo()
    {
        WizardFixture fx("empty-does-not-exist");
        SetupSession session(fx.config);
        SetupWizard wizard(&session);
        wizard.show();
        wizard.button(QWizard::NextButton)->click();
        QTRY_VERIFY(session.hasScan());
        auto *findings = wizard.findChild<QLabel *>(QStringLiteral("findingsLabel"));
        QTRY_VERIFY(findings->text().contains(QLatin1String("No graphics card was found")));
        auto *ollama = wizard.findChild<QLabel *>(QStringLiteral("ollamaLabel"));
        QVERIFY2(!ollama->text().contains(QLatin1String("ROCm runtime")), qPrintable(ollama->text())); // AMD only
        next(wizard, SetupWizard::PathPageId);
        auto *paths = wizard.findChild<QListWidget *>(QStringLiteral("pathList"));
        QVERIFY(paths->count() >= 1);
        QVERIFY(paths->item(0)->text().contains(QLatin1String("Processor only")));
    }

    /// RX 5700 XT (gfx1010, not shipped by ROCm): Vulkan first; the user looks at another
    /// path, comes back, sizes the model, applies to ~/.bashrc, undoes, applies again.
    void endToEndApplyAndUndo()
    {
        WizardFixture fx("rdna1-rx5700xt");
        SetupSession session(fx.config);
        SetupWizard wizard(&session);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        scan(wizard);
        next(wizard, SetupWizard::PathPageId);

        auto *paths = wizard.findChild<QListWidget *>(QStringLiteral("pathList"));
        auto *details = wizard.findChild<QTextBrowser *>(QStringLiteral("pathDetails"));
        QVERIFY(paths->count() >= 2);
        QCOMPARE(paths->currentRow(), 0);
        QVERIFY2(paths->item(0)->text().contains(QLatin1String("Vulkan")), qPrintable(paths->item(0)->text()));
        QVERIFY(details->toPlainText().contains(QLatin1String("OLLAMA_VULKAN=1")));
        paths->setFocus();
        QTest::keyClick(paths, Qt::Key_Down);
        QCOMPARE(paths->currentRow(), 1);
        QVERIFY(session.selectedPath() != PathId::Vulkan);
        QVERIFY2(details->toPlainText().contains(QLatin1String("Why it ranks below Vulkan")),
            qPrintable(details->toPlainText()));
        QTest::keyClick(paths, Qt::Key_Up);
        QCOMPARE(session.selectedPath(), PathId::Vulkan);
        next(wizard, SetupWizard::ModelPageId); // not WSL: the WSL2 page is skipped

        auto *model = wizard.findChild<QComboBox *>(QStringLiteral("modelCombo"));
        auto *slider = wizard.findChild<QSlider *>(QStringLiteral("contextSlider"));
        auto *processor = wizard.findChild<QLabel *>(QStringLiteral("processorLabel"));
        auto *bar = wizard.findChild<BudgetBar *>(QStringLiteral("budgetBar"));
        // Only models `ollama pull` can fetch; the default is the largest that fits this 8 GB card.
        QCOMPARE(model->count(), static_cast<int>(ModelCatalogue::builtin().libraryModels().size()));
        const QString suggested = model->currentData().toString();
        QVERIFY2(ModelCatalogue::builtin().find(suggested) && ModelCatalogue::builtin().find(suggested)->library,
            qPrintable(suggested));
        QVERIFY(processor->text().contains(QLatin1String("100% GPU")));
        QCOMPARE(bar->segments().size(), 4);
        QVERIFY(bar->segments().at(0).bytes > 4'000'000'000LL);
        const qint64 kvBefore = bar->segments().at(1).bytes;
        QCOMPARE(session.context(), 4096);
        slider->setFocus();
        QTest::keyClick(slider, Qt::Key_Right); // 8192 tokens
        QCOMPARE(session.context(), 8192);
        QVERIFY(bar->segments().at(1).bytes > kvBefore); // the KV cache grows with the context
        model->setCurrentIndex(model->findData(QStringLiteral("qwen3:14b"))); // 9.3 GB: does not fit in 8 GB
        QVERIFY2(processor->text().contains(QLatin1String("CPU/GPU")), qPrintable(processor->text()));
        auto *useSuggested = wizard.findChild<QPushButton *>(QStringLiteral("useSuggestedButton"));
        QVERIFY(useSuggested->isVisible());
        useSuggested->click(); // the largest library model that fits at the 8192 tokens chosen above
        QVERIFY(session.model() != QLatin1String("qwen3:14b"));
        QVERIFY2(processor->text().contains(QLatin1String("100% GPU")), qPrintable(processor->text()));
        next(wizard, SetupWizard::ApplyPageId);

        auto *target = wizard.findChild<QComboBox *>(QStringLiteral("targetCombo"));
        auto *reason = wizard.findChild<QLabel *>(QStringLiteral("targetReason"));
        auto *diff = wizard.findChild<QPlainTextEdit *>(QStringLiteral("diffView"));
        auto *apply = wizard.findChild<QPushButton *>(QStringLiteral("applyButton"));
        auto *undo = wizard.findChild<QPushButton *>(QStringLiteral("undoButton"));
        QCOMPARE(target->currentData().toString(), QStringLiteral("bashrc"));
        QVERIFY(!reason->text().isEmpty());
        QVERIFY(diff->toPlainText().contains(QLatin1String("+export OLLAMA_VULKAN=")));
        QVERIFY(diff->toPlainText().contains(QLatin1String("OLLAMA_CONTEXT_LENGTH")));
        QVERIFY(!wizard.currentPage()->isComplete()); // nothing applied yet
        QVERIFY(fx.homeFile(".bashrc").isEmpty()); // and nothing written by showing the diff

        apply->click();
        QTRY_VERIFY(session.hasApplied());
        QTRY_VERIFY(wizard.currentPage()->isComplete());
        const QByteArray bashrc = fx.homeFile(".bashrc");
        QVERIFY2(bashrc.contains("export OLLAMA_VULKAN='1'"), bashrc.constData());
        QVERIFY(bashrc.contains("export OLLAMA_CONTEXT_LENGTH='8192'"));
        QVERIFY(undo->isEnabled());

        undo->click();
        QTRY_VERIFY(!session.hasApplied());
        QTRY_VERIFY(!session.isBusy());
        QVERIFY(!fx.homeFile(".bashrc").contains("OLLAMA_VULKAN"));
        QVERIFY(diff->toPlainText().contains(QLatin1String("+export OLLAMA_VULKAN=")));

        target->setCurrentIndex(target->findData(QStringLiteral("profile")));
        QVERIFY(diff->toPlainText().contains(QLatin1String(".profile")));
        apply->click();
        QTRY_VERIFY(session.hasApplied());
        QVERIFY(fx.homeFile(".profile").contains("export OLLAMA_VULKAN='1'"));
        next(wizard, SetupWizard::VerifyPageId);
        next(wizard, SetupWizard::SummaryPageId);
        auto *summary = wizard.findChild<QTextBrowser *>(QStringLiteral("summaryText"));
        QVERIFY(summary->toPlainText().contains(QLatin1String("env undo")));
        QSettings settings(fx.config.settingsFile, QSettings::IniFormat);
        QVERIFY(settings.value(QStringLiteral("setup/complete")).toBool());
        QCOMPARE(settings.value(QStringLiteral("setup/target")).toString(), QStringLiteral("profile"));
        QVERIFY(session.setupComplete());
    }

    /// WSL2: the Windows host from the default route, a connection test against a loopback
    /// server, and OLLAMA_HOST written to ~/.bashrc.
    void wslBranchWritesOllamaHost()
    {
        WizardFixture fx("rdna1-rx5700xt", Platform::Wsl2);
        fx.writeDefaultRoute();
        VersionServer server;
        QVERIFY(server.isListening());
        SetupSession session(fx.config);
        SetupWizard wizard(&session);
        wizard.show();
        scan(wizard);
        next(wizard, SetupWizard::PathPageId);
        next(wizard, SetupWizard::WslPageId);
        auto *host = wizard.findChild<QLineEdit *>(QStringLiteral("wslHostEdit"));
        QCOMPARE(host->text(), QStringLiteral("http://172.28.160.1:11434"));
        auto *mirrored = wizard.findChild<QAbstractButton *>(QStringLiteral("mirroredRadio"));
        mirrored->click();
        QCOMPARE(host->text(), QStringLiteral("http://localhost:11434"));
        host->clear();
        QVERIFY(!wizard.currentPage()->isComplete()); // the address is required
        QTest::keyClicks(host, server.url());
        auto *tester = wizard.findChild<ConnectionTester *>(QStringLiteral("connectionTester"));
        QSignalSpy done(tester, &ConnectionTester::finished);
        wizard.findChild<QPushButton *>(QStringLiteral("testConnectionButton"))->click();
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(done.at(0).at(0).toBool(), true);
        QVERIFY(tester->resultText().contains(QLatin1String("0.17.0")));
        QCOMPARE(server.requests, 1);
        next(wizard, SetupWizard::ModelPageId);
        next(wizard, SetupWizard::ApplyPageId);
        wizard.findChild<QPushButton *>(QStringLiteral("applyButton"))->click();
        QTRY_VERIFY(session.hasApplied());
        const QByteArray bashrc = fx.homeFile(".bashrc");
        QVERIFY2(bashrc.contains(QByteArray(QByteArray("export OLLAMA_HOST='") + server.url().toUtf8() + "'")),
            qPrintable(session.lastAction().messages.join(QLatin1Char('\n'))));
    }

    void connectionTestFailsAndCancels()
    {
        ConnectionTester tester;
        QSignalSpy done(&tester, &ConnectionTester::finished);
        QTcpServer closed; // a port nobody answers on
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        tester.setUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        tester.start();
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(done.at(0).at(0).toBool(), false);
        QVERIFY(tester.resultText().contains(QLatin1String("No answer")));

        QTcpServer silent; // accepts, never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        tester.setUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())));
        tester.start();
        QVERIFY(tester.isRunning());
        tester.cancel();
        QCOMPARE(done.size(), 2);
        QVERIFY(!tester.isRunning());
        QVERIFY(tester.resultText().contains(QLatin1String("cancelled")));
    }

    void contextSteps()
    {
        QCOMPARE(ModelPage::contextSteps(8192), (QList<int> { 2048, 4096, 8192 }));
        QCOMPARE(ModelPage::contextSteps(10000), (QList<int> { 2048, 4096, 8192, 10000 }));
        QCOMPARE(ModelPage::contextSteps(0).constLast(), 131072);
    }

    void keyboardOnly()
    {
        WizardFixture fx("rdna1-rx5700xt");
        SetupSession session(fx.config);
        SetupWizard wizard(&session);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTest::keyClick(&wizard, Qt::Key_N, Qt::AltModifier); // "&Next >" mnemonic
        QTRY_COMPARE(wizard.currentId(), int(SetupWizard::ScanPageId));
        QTRY_VERIFY(wizard.currentPage()->isComplete());
        QTest::keyClick(&wizard, Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(wizard.currentId(), int(SetupWizard::PathPageId));
        QTest::keyClick(&wizard, Qt::Key_P, Qt::AltModifier); // "&Paths:" buddy
        auto *paths = wizard.findChild<QListWidget *>(QStringLiteral("pathList"));
        QTRY_VERIFY(paths->hasFocus());
        QTest::keyClick(&wizard, Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(wizard.currentId(), int(SetupWizard::ModelPageId));
        QTest::keyClick(&wizard, Qt::Key_C, Qt::AltModifier); // "&Context length:" buddy
        auto *slider = wizard.findChild<QSlider *>(QStringLiteral("contextSlider"));
        QTRY_VERIFY(slider->hasFocus());
        QTest::keyClick(slider, Qt::Key_Right);
        QCOMPARE(session.context(), 8192);
        QTest::keyClick(&wizard, Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(wizard.currentId(), int(SetupWizard::ApplyPageId));
        QTest::keyClick(&wizard, Qt::Key_A, Qt::AltModifier); // "&Apply"
        QTRY_VERIFY(session.hasApplied());
        QVERIFY2(fx.homeFile(".bashrc").contains("export OLLAMA_CONTEXT_LENGTH='8192'"),
            qPrintable(session.lastAction().messages.join(QLatin1Char('\n'))));
    }

    /// Every interactive widget on every page can be named by a screen reader.
    void accessibleNames()
    {
        WizardFixture fx("rdna1-rx5700xt", Platform::Wsl2);
        SetupSession session(fx.config);
        SetupWizard wizard(&session);
        const QList<QWidget *> widgets = wizard.findChildren<QWidget *>();
        int checked = 0;
        for (QWidget *w : widgets) {
            const bool interactive = qobject_cast<QComboBox *>(w) || qobject_cast<QSlider *>(w)
                || qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractItemView *>(w)
                || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QTextBrowser *>(w);
            auto *button = qobject_cast<QAbstractButton *>(w);
            if (button && button->parent() && qobject_cast<QAbstractItemView *>(button->parent()))
                continue; // a view's corner button
            if (button) {
                ++checked;
                QVERIFY2(
                    !button->text().isEmpty() || !button->accessibleName().isEmpty(), qPrintable(button->objectName()));
            } else if (interactive && !qobject_cast<QAbstractItemView *>(w->parentWidget())
                && !w->objectName().startsWith(QLatin1String("qt_"))) {
                ++checked;
                QVERIFY2(!w->accessibleName().isEmpty(),
                    qPrintable(QStringLiteral("%1 %2").arg(
                        QString::fromLatin1(w->metaObject()->className()), w->objectName())));
            }
        }
        QVERIFY(checked > 15);
    }
};

QTEST_MAIN(TestSetupWizard)
#include "tst_setupwizard.moc"

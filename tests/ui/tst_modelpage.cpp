#include "ollamatestserver.h"
#include "wizardfixture.h"

#include "widgets/modeldownloader.h"
#include "wizard/modelpage.h"
#include "wizard/setupsession.h"

#include "budget/modelcatalogue.h"

#include <QComboBox>
#include <QLineEdit>
#include <QLabel>
#include <QPushButton>
#include <QWizard>

using namespace ogs;
using namespace ogs::ui;
using namespace ogs::ui::test;
using ogs::test::OllamaTestServer;

/// Page 4 with Ollama: the default is a library model that fits this card (issue 17: it was a
/// locally built MedGemma that `ollama pull` cannot fetch); it is offered for download, and once
/// pulled the model list says so. Any library name can be typed into the box.
class TestModelPage final : public QObject {
    Q_OBJECT
private slots:
    void missingVariantIsDownloadedFromThePage()
    {
        OllamaTestServer server(QStringLiteral(OGS_TEST_DATA "/ollama-api"));
        QVERIFY(server.listen());
        WizardFixture fx("rdna1-rx5700xt");
        fx.config.ollamaUrl = server.url();
        SetupSession session(fx.config);
        session.startScan();
        QTRY_VERIFY(session.hasScan());
        QWizard wizard;
        auto *page = new ModelPage(&session);
        wizard.addPage(page);
        wizard.show();
        auto *combo = wizard.findChild<QComboBox *>(QStringLiteral("modelCombo"));
        auto *downloader = wizard.findChild<ModelDownloader *>(QStringLiteral("modelDownloader"));
        const CatalogueModel *chosen = ModelCatalogue::builtin().find(session.model());
        QVERIFY2(chosen && chosen->library, qPrintable(session.model()));
        for (int i = 0; i < combo->count(); ++i) // MedGemma is built locally, never offered for download
            QVERIFY2(!combo->itemData(i).toString().contains(QLatin1String("medgemma")), qPrintable(combo->itemText(i)));
        auto *suggestion = wizard.findChild<QLabel *>(QStringLiteral("suggestionLabel"));
        QVERIFY2(suggestion->text().contains(session.model()) && suggestion->text().contains(QLatin1String("fits fully")),
            qPrintable(suggestion->text()));
        QTRY_COMPARE(downloader->state(), ModelDownloader::State::Missing);
        QCOMPARE(downloader->model(), session.model());
        QVERIFY(!combo->currentText().contains(QLatin1String("installed")));
        auto *download = wizard.findChild<QPushButton *>(QStringLiteral("downloadButton"));
        QVERIFY(download->isVisible());
        QVERIFY(!download->accessibleName().isEmpty());
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTest::keyClick(&wizard, Qt::Key_D, Qt::AltModifier); // "&Download", by keyboard
        QTRY_COMPARE(downloader->state(), ModelDownloader::State::Installed);
        QVERIFY2(combo->currentText().endsWith(QLatin1String("installed")), qPrintable(combo->currentText()));
        QVERIFY(page->isComplete());

        // Another model, typed into the box: asked again, not installed.
        QVERIFY(combo->isEditable());
        combo->lineEdit()->selectAll();
        QTest::keyClicks(combo->lineEdit(), QStringLiteral("qwen3:4b"));
        QTest::keyClick(combo->lineEdit(), Qt::Key_Return);
        QCOMPARE(session.model(), QStringLiteral("qwen3:4b"));
        QCOMPARE(downloader->model(), QStringLiteral("qwen3:4b"));
        QTRY_COMPARE(downloader->state(), ModelDownloader::State::Missing);
    }

    /// Models installed in Ollama are listed too, sized from /api/tags and /api/show.
    void installedModelsAreListedAndSized()
    {
        OllamaTestServer server(QStringLiteral(OGS_TEST_DATA "/ollama-api"));
        QVERIFY(server.listen());
        WizardFixture fx("rdna1-rx5700xt");
        fx.config.ollamaUrl = server.url();
        SetupSession session(fx.config);
        session.startScan();
        QTRY_VERIFY(session.hasScan());
        QWizard wizard;
        auto *page = new ModelPage(&session);
        wizard.addPage(page);
        wizard.show();
        auto *combo = wizard.findChild<QComboBox *>(QStringLiteral("modelCombo"));
        const int library = static_cast<int>(ModelCatalogue::builtin().libraryModels().size());
        QTRY_COMPARE(combo->count(), library + 2); // the library list and tags.json's two models
        const int llama = combo->findData(QStringLiteral("llama3.2:latest"));
        QVERIFY(llama >= 0);
        QVERIFY(combo->itemText(llama).contains(QLatin1String("installed in Ollama")));
        combo->setCurrentIndex(llama);
        QVERIFY(!page->isComplete()); // not sized yet
        QTRY_VERIFY(page->isComplete());
        QVERIFY(session.knowsModel(QStringLiteral("llama3.2:latest")));
        QCOMPARE(session.budgetInput().weights, 2019393189); // the size /api/tags lists
        auto *bar = wizard.findChild<QWidget *>(QStringLiteral("budgetBar"));
        QVERIFY(bar->isVisible());
        auto *processor = wizard.findChild<QLabel *>(QStringLiteral("processorLabel"));
        QVERIFY2(processor->text().contains(QLatin1String("GPU")), qPrintable(processor->text()));
        bool asked = false;
        for (const auto &r : server.requests())
            asked = asked
                || (r.path == QLatin1String("/api/show")
                    && r.body.value(QLatin1String("model")).toString() == QLatin1String("llama3.2:latest"));
        QVERIFY(asked);
    }
};

QTEST_MAIN(TestModelPage)
#include "tst_modelpage.moc"

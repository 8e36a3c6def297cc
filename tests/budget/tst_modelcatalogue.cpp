#include "budget/modelcatalogue.h"

#include "markingtranslator.h"

#include <QtTest>

using namespace ogs;

class TestModelCatalogue final : public QObject {
    Q_OBJECT
private slots:
    /// The built-in catalogue has the seed's three MedGemma variants, and every quality word it
    /// uses is one lupdate saw (else the GUI would show it in English).
    void qualityWordsAreTranslatable()
    {
        const ModelCatalogue &catalogue = ModelCatalogue::builtin();
        QCOMPARE(catalogue.family(QStringLiteral("coheara-medgemma-4b")).size(), 3);
        const QStringList known = catalogueQualityTexts();
        for (const CatalogueModel &m : catalogue.models())
            QVERIFY2(m.quality.isEmpty() || known.contains(m.quality),
                qPrintable(m.name + QStringLiteral(": ") + m.quality));
    }

    void qualityTextGoesThroughTheTranslator()
    {
        const CatalogueModel *q8 = ModelCatalogue::builtin().find(QStringLiteral("coheara-medgemma-4b-q8"));
        QVERIFY(q8);
        QCOMPARE(qualityText(*q8), QStringLiteral("Better accuracy (default)"));
        ogs::test::MarkingTranslator marking("ogs::BudgetText");
        QVERIFY(QCoreApplication::installTranslator(&marking));
        const QString shown = qualityText(*q8);
        QCoreApplication::removeTranslator(&marking);
        QCOMPARE(shown, QStringLiteral("[[Better accuracy (default)]]"));
    }

    /// Every entry names where its numbers come from; an entry without a source is refused.
    void everyEntryHasASource()
    {
        for (const CatalogueModel &m : ModelCatalogue::builtin().models())
            QVERIFY2(!m.source.isEmpty(), qPrintable(m.name));
        const QByteArray noSource = R"({"models": [{"name": "x:1b", "size_bytes": 1000, "model_info": {
            "general.architecture": "llama", "llama.block_count": 2, "llama.embedding_length": 64,
            "llama.attention.head_count": 2}}]})";
        QString error;
        QVERIFY(ModelCatalogue::fromJson(noSource, &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("needs a source")), qPrintable(error));
    }

    /// Issue 17: the popular library families a GPU user picks from are known offline.
    void libraryFamiliesAreKnown_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("architecture");
        const char *rows[][2] = { { "llama3.1:8b", "llama" }, { "llama3.2:3b", "llama" },
            { "llama3.2-vision:11b", "mllama" }, { "qwen2.5:7b", "qwen2" }, { "qwen2.5-coder:7b", "qwen2" },
            { "qwen3:8b", "qwen3" }, { "qwen3:30b", "qwen3moe" }, { "gemma2:9b", "gemma2" }, { "gemma3:4b", "gemma3" },
            { "mistral:7b", "llama" }, { "mistral-small:24b", "llama" }, { "phi3:mini", "phi3" },
            { "phi4:14b", "phi3" }, { "deepseek-r1:8b", "qwen3" }, { "deepseek-v2:16b", "deepseek2" },
            { "gpt-oss:20b", "gptoss" }, { "qwen3:8b-q8_0", "qwen3" } };
        for (const auto &r : rows)
            QTest::newRow(r[0]) << QString::fromLatin1(r[0]) << QString::fromLatin1(r[1]);
    }
    void libraryFamiliesAreKnown()
    {
        QFETCH(QString, name);
        QFETCH(QString, architecture);
        const CatalogueModel *m = ModelCatalogue::builtin().find(name);
        QVERIFY2(m, qPrintable(name));
        QVERIFY(m->library);
        QCOMPARE(m->arch.architecture, architecture);
        QVERIFY(m->sizeBytes > 0);
        QVERIFY(m->source.contains(QStringLiteral("https://ollama.com/library/")));
    }

    /// The seed's MedGemma variants stay known to the budget but are never offered for download.
    void medgemmaIsBuiltLocally()
    {
        const ModelCatalogue &c = ModelCatalogue::builtin();
        for (const CatalogueModel &m : c.family(QStringLiteral("coheara-medgemma-4b"))) {
            QVERIFY2(!m.library, qPrintable(m.name));
            QVERIFY(m.buildCommand.contains(QStringLiteral("setup-medgemma.sh")));
        }
        for (const CatalogueModel &m : c.libraryModels())
            QVERIFY2(!m.name.contains(QStringLiteral("medgemma")), qPrintable(m.name));
        // The hint for a missing model is never a dead `ollama pull` of a locally built one.
        QCOMPARE(installCommand(QStringLiteral("coheara-medgemma-4b-q8")), QStringLiteral("./setup-medgemma.sh --variant q8"));
        QCOMPARE(installCommand(QStringLiteral("qwen3:8b")), QStringLiteral("ollama pull qwen3:8b"));
    }
};

QTEST_GUILESS_MAIN(TestModelCatalogue)
#include "tst_modelcatalogue.moc"

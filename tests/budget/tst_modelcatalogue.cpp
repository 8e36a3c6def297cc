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
};

QTEST_GUILESS_MAIN(TestModelCatalogue)
#include "tst_modelcatalogue.moc"

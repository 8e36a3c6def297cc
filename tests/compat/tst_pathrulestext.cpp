#include "compat/pathrules.h"
#include "compat/pathrulestext.h"
#include "compat/recommender.h"

#include "markingtranslator.h"
#include "recommendfixtures.h"

#include <QtTest>

using namespace ogs;

namespace {

bool allMarked(const QStringList &texts)
{
    for (const QString &t : texts) {
        if (!t.startsWith(QLatin1String("[[")) || !t.endsWith(QLatin1String("]]")))
            return false;
    }
    return true;
}

} // namespace

class TestPathRulesText final : public QObject {
    Q_OBJECT

private slots:
    /// pathrulestext.cpp lists exactly the sentences of path-rules.json that reach people: run
    /// scripts/gen-path-rules-text.py after editing the JSON.
    void generatedListMatchesTheJson()
    {
        const PathRules &rules = PathRules::builtin();
        QVERIFY(!rules.isEmpty());
        QStringList fromJson;
        for (const PathId id : allPathIds())
            fromJson << rules.profile(id).requirements;
        for (const PathRule &rule : rules.rules()) {
            for (const RuleEffect &e : rule.effects)
                fromJson << e.requirements << e.reasons << e.warnings;
        }
        fromJson.removeDuplicates();
        QStringList listed = pathRulesTexts();
        QCOMPARE(listed.size(), fromJson.size());
        std::sort(fromJson.begin(), fromJson.end());
        std::sort(listed.begin(), listed.end());
        QCOMPARE(listed, fromJson);
    }

    /// With a translator installed, the rule texts and the recommender's own sentences arrive
    /// translated; the promoted path lost its "fallback" reason in the translated form too.
    void recommendationIsTranslated()
    {
        ogs::test::MarkingTranslator marking("ogs::RecommendText");
        QVERIFY(QCoreApplication::installTranslator(&marking));
        const RecommendInput in = ogs::test::rdna4QwenOnLinux();
        const Recommendation rec = Recommender().recommend(in);
        QCoreApplication::removeTranslator(&marking);

        QVERIFY(rec.paths.size() >= 2);
        const PathAdvice &first = rec.paths.constFirst();
        QCOMPARE(first.id, PathId::Vulkan);
        QVERIFY2(allMarked(first.reasons), qPrintable(first.reasons.join(QLatin1Char('\n'))));
        QVERIFY(first.reasons.join(QLatin1Char(' '))
                    .contains(QLatin1String("[[OLLAMA_LLM_LIBRARY=vulkan alone is not enough")));
        QVERIFY(!first.reasons.join(QLatin1Char(' ')).contains(QLatin1String("fallback")));
        const PathAdvice *rocm = rec.find(PathId::Rocm);
        QVERIFY(rocm);
        QVERIFY(!rocm->warnings.isEmpty());
        QVERIFY2(allMarked(rocm->warnings), qPrintable(rocm->warnings.join(QLatin1Char('\n'))));
        QVERIFY2(allMarked(rocm->reasons), qPrintable(rocm->reasons.join(QLatin1Char('\n'))));
    }

    /// Without a translator (the CLI, --json) everything stays English.
    void englishWithoutATranslator()
    {
        const QStringList texts = translatedRuleTexts(pathRulesTexts());
        QCOMPARE(texts, pathRulesTexts());
    }
};

QTEST_GUILESS_MAIN(TestPathRulesText)
#include "tst_pathrulestext.moc"

// The shipped translations: every .ts file in the source tree is complete and matches the
// source strings, the compiled .qm in :/i18n says the same, the wizard really shows it, and the
// language follows the system locale unless --lang overrides it.
#include "recommendfixtures.h"
#include "wizardfixture.h"

#include "compat/pathrulestext.h"
#include "compat/recommender.h"
#include "i18n/translator.h"
#include "widgets/pathtext.h"
#include "wizard/setupsession.h"
#include "wizard/setupwizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDebug>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTranslator>
#include <QWizardPage>
#include <QXmlStreamReader>

#include <algorithm>
#include <map>
#include <utility>

using namespace ogs;
using namespace ogs::ui;
using namespace ogs::ui::test;

namespace {

/// One <message> of a .ts file.
struct TsMessage {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; ///< the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList translations; ///< one entry, or one per <numerusform>

    QString key() const { return context + QLatin1Char('\x1f') + source + QLatin1Char('\x1f') + comment; }
    QString where() const { return QStringLiteral("[%1] \"%2\"").arg(context, source); }
};

struct TsFile {
    QString language; ///< the <TS language="..."> attribute
    QList<TsMessage> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ts.error = QStringLiteral("cannot open %1: %2").arg(path, f.errorString());
        return ts;
    }
    QXmlStreamReader xml(&f);
    QString context;
    TsMessage *message = nullptr; // the one being read; null between messages
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("message"))
            message = nullptr;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name") && !message) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            ts.messages.append(TsMessage {});
            message = &ts.messages.last(); // (appends happen only between messages)
            message->context = context;
            message->numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (message && name == QLatin1String("source")) {
            message->source = xml.readElementText();
        } else if (message && name == QLatin1String("comment")) {
            message->comment = xml.readElementText();
        } else if (message && name == QLatin1String("translation")) {
            message->type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message->numerus)
                message->translations << xml.readElementText();
        } else if (message && name == QLatin1String("numerusform")) {
            message->translations << xml.readElementText();
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

QString tsPath(const QString &lang)
{
    return QStringLiteral(OGS_TRANSLATIONS_DIR "/ollama-gpu-setup_%1.ts").arg(lang);
}

QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

QStringList matches(const QRegularExpression &re, const QString &text)
{
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    return sorted(found);
}

/// %1…%99, %L1, %n, %Ln: what arg() and tr()'s plural fill in.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(?:[1-9][0-9]?|n)"));
    return matches(re, text);
}

/// Tag names with their slash, attributes left out: "b", "/b", "br", "code".
QStringList htmlTags(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("<\\s*(/?)\\s*([A-Za-z][A-Za-z0-9]*)"));
    QStringList tags;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        tags << m.captured(1) + m.captured(2).toLower();
    }
    return sorted(tags);
}

QStringList htmlEntities(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("&(?:[A-Za-z]+|#[0-9]+|#x[0-9A-Fa-f]+);"));
    return matches(re, text);
}

/// Mnemonic ampersands: "&" before a character that is not "&", not white space, and not an entity.
int mnemonics(const QString &text)
{
    static const QRegularExpression entity(QStringLiteral("^&(?:[A-Za-z]+|#[0-9]+|#x[0-9A-Fa-f]+);"));
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        if (!text.at(i + 1).isSpace() && !entity.match(QStringView(text).mid(i)).hasMatch())
            ++count;
    }
    return count;
}

QString listed(const QStringList &items)
{
    return items.isEmpty() ? QStringLiteral("none") : items.join(QLatin1Char(' '));
}

/// Everything wrong with one translated message; empty when it is fine.
QStringList problemsOf(const TsMessage &m)
{
    QStringList problems;
    const QString where = m.where();
    if (m.type == QLatin1String("unfinished"))
        problems << where + QStringLiteral(": unfinished");
    else if (!m.type.isEmpty())
        problems << where + QStringLiteral(": %1 entry (run scripts/update-translations.sh)").arg(m.type);
    if (m.translations.isEmpty())
        problems << where + QStringLiteral(": no translation");
    for (const QString &t : m.translations) {
        const QString form = m.translations.size() > 1 ? QStringLiteral(" (form \"%1\")").arg(t) : QString();
        if (t.trimmed().isEmpty()) {
            problems << where + form + QStringLiteral(": empty");
            continue;
        }
        if (placeholders(t) != placeholders(m.source))
            problems << where + form
                    + QStringLiteral(": placeholders %1, the source has %2")
                          .arg(listed(placeholders(t)), listed(placeholders(m.source)));
        if (htmlTags(t) != htmlTags(m.source))
            problems << where + form
                    + QStringLiteral(": HTML tags %1, the source has %2")
                          .arg(listed(htmlTags(t)), listed(htmlTags(m.source)));
        if (htmlEntities(t) != htmlEntities(m.source))
            problems << where + form
                    + QStringLiteral(": HTML entities %1, the source has %2")
                          .arg(listed(htmlEntities(t)), listed(htmlEntities(m.source)));
        if (mnemonics(t) != mnemonics(m.source))
            problems << where + form
                    + QStringLiteral(": %1 mnemonic ampersand(s), the source has %2")
                          .arg(mnemonics(t))
                          .arg(mnemonics(m.source));
        if (m.source.contains(QChar(0x2026)) && !t.contains(QChar(0x2026)))
            problems << where + form + QStringLiteral(": the source's ellipsis (…) is missing");
    }
    return problems;
}

void report(const QStringList &problems)
{
    for (const QString &p : problems)
        qWarning().noquote() << p;
}

/// The letter after a mnemonic "&", lower-cased; a null QChar when the text has none.
QChar mnemonicLetter(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return QChar();
}

/// Alt+letter used twice on one wizard page (its buttons, buddied labels and tabs, and the
/// wizard's own Back/Next/Finish when `wizardButtons`).
QStringList mnemonicClashes(QWizard &wizard, int id, bool wizardButtons)
{
    QWizardPage *page = wizard.page(id);
    QStringList texts;
    for (const QAbstractButton *b : page->findChildren<QAbstractButton *>())
        texts << b->text();
    for (const QLabel *l : page->findChildren<QLabel *>()) {
        if (l->buddy())
            texts << l->text();
    }
    for (const QTabWidget *t : page->findChildren<QTabWidget *>()) {
        for (int i = 0; i < t->count(); ++i)
            texts << t->tabText(i);
    }
    if (wizardButtons) {
        if (id != wizard.startId())
            texts << wizard.button(QWizard::BackButton)->text();
        texts << wizard
                     .button(page->isFinalPage() || page->nextId() == -1 ? QWizard::FinishButton : QWizard::NextButton)
                     ->text();
    }
    std::map<QChar, QStringList> byLetter;
    for (const QString &t : std::as_const(texts)) {
        if (const QChar c = mnemonicLetter(t); !c.isNull())
            byLetter[c] << t;
    }
    QStringList clashes;
    for (const auto &[letter, users] : byLetter) {
        if (users.size() > 1)
            clashes << QStringLiteral("page %1 \"%2\": Alt+%3 on \"%4\"")
                           .arg(id)
                           .arg(page->title(), QString(letter), users.join(QStringLiteral("\", \"")));
    }
    return clashes;
}

const QStringList kRequiredLanguages = { QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr"),
    QStringLiteral("ja"), QStringLiteral("pt_BR"), QStringLiteral("zh_CN") };

QString translationOf(const TsFile &ts, const char *context, const char *source)
{
    for (const TsMessage &m : ts.messages) {
        if (m.context == QLatin1String(context) && m.source == QLatin1String(source) && !m.translations.isEmpty())
            return m.translations.first();
    }
    return QString();
}

} // namespace

class TestTranslations final : public QObject {
    Q_OBJECT

    QStringList m_sourceKeys; ///< every message lupdate finds in the source today
    QStringList m_pluralKeys; ///< those of them with a %n (numerus="yes"): English's file holds these
    QString m_lupdateOutput; ///< lupdate -silent prints only warnings

private slots:
    void initTestCase()
    {
        // lupdate the source into a fresh .ts: the messages the .ts files must hold, no more, no less.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fresh = dir.filePath(QStringLiteral("ollama-gpu-setup_xx.ts"));
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(OGS_LUPDATE),
            { QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                QStringLiteral("-silent"), QStringLiteral(OGS_SOURCE_DIR "/core"), QStringLiteral(OGS_SOURCE_DIR "/ui"),
                QStringLiteral(OGS_SOURCE_DIR "/app/gui"), QStringLiteral("-ts"), fresh });
        QVERIFY2(lupdate.waitForFinished(120000), qPrintable(QStringLiteral(OGS_LUPDATE ": ") + lupdate.errorString()));
        m_lupdateOutput = QString::fromLocal8Bit(lupdate.readAll()).trimmed();
        QVERIFY2(lupdate.exitCode() == 0, qPrintable(m_lupdateOutput));
        const TsFile ts = readTs(fresh);
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        for (const TsMessage &m : ts.messages) {
            m_sourceKeys << m.key();
            if (m.numerus)
                m_pluralKeys << m.key();
        }
        QVERIFY(m_sourceKeys.size() > 100);
        QVERIFY(!m_pluralKeys.isEmpty());
    }

    void cleanup() { installTranslator(*QCoreApplication::instance(), QStringLiteral("en")); }

    /// lupdate understood every tr() call: a home-made tr() helper, for one, makes it warn
    /// ("Class 'ogs::ui' lacks Q_OBJECT macro") and file the strings under the wrong context.
    void lupdateHasNoWarnings() { QVERIFY2(m_lupdateOutput.isEmpty(), qPrintable(m_lupdateOutput)); }

    /// The six languages the issue asks for, each with a .ts file and a compiled .qm in :/i18n;
    /// and English's plural forms, which are not a language to choose.
    void everyLanguageIsShipped()
    {
        QStringList tsLangs;
        for (const QString &f : QDir(QStringLiteral(OGS_TRANSLATIONS_DIR))
                                    .entryList({ QStringLiteral("ollama-gpu-setup_*.ts") }, QDir::Files))
            tsLangs << f.mid(17, f.size() - 17 - 3);
        QCOMPARE(sorted(tsLangs), sorted(kRequiredLanguages + QStringList { QStringLiteral("en") }));
        QCOMPARE(sorted(availableLanguages()), kRequiredLanguages);
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/ollama-gpu-setup_en.qm")));
    }

    /// English, the source language, has a file with only the %n messages (lupdate -pluralonly, as
    /// scripts/update-translations.sh writes it): every one of them, each with its singular and
    /// plural form, and the compiled .qm in :/i18n picks them by the number.
    void englishHasEveryPluralForm()
    {
        const TsFile ts = readTs(tsPath(QStringLiteral("en")));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QCOMPARE(ts.language, QStringLiteral("en"));
        QStringList problems;
        QStringList keys;
        for (const TsMessage &m : ts.messages) {
            keys << m.key();
            if (!m.numerus)
                problems << m.where()
                        + QStringLiteral(": not a %n message (English keeps only plural forms: lupdate -pluralonly)");
            else if (m.translations.size() != 2)
                problems << m.where()
                        + QStringLiteral(": %1 forms, English has 2 (one, other)").arg(m.translations.size());
            else if (m.translations.at(0) == m.translations.at(1))
                problems << m.where() + QStringLiteral(": the singular and the plural are the same");
            problems << problemsOf(m);
        }
        for (const QString &k : std::as_const(m_pluralKeys)) {
            if (!keys.contains(k))
                problems << QStringLiteral(
                    "[%1] \"%2\": a %n message not in the English .ts (run scripts/update-translations.sh en)")
                                .arg(k.section(QLatin1Char('\x1f'), 0, 0), k.section(QLatin1Char('\x1f'), 1, 1));
        }
        report(problems);
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problem(s), listed above").arg(problems.size())));

        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/ollama-gpu-setup_en.qm")));
        QCOMPARE(translator.language(), QStringLiteral("en"));
        QStringList differ;
        for (const TsMessage &m : ts.messages) {
            const QByteArray ctx = m.context.toUtf8(), src = m.source.toUtf8();
            for (const auto &[n, form] : { std::pair { 1, 0 }, std::pair { 2, 1 }, std::pair { 5, 1 } }) {
                const QString got = translator.translate(ctx.constData(), src.constData(), nullptr, n);
                if (got != m.translations.value(form))
                    differ << m.where() + QStringLiteral(" n=%1: \"%2\"").arg(n).arg(got);
            }
        }
        report(differ);
        QVERIFY2(differ.isEmpty(),
            qPrintable(QStringLiteral("%1 form(s) differ from the .ts, listed above").arg(differ.size())));
        QVERIFY(translator.translate("ogs::ui::WelcomePage", "Run Ollama on your GPU").isEmpty()); // plural forms only
    }

    void tsFileIsComplete_data()
    {
        QTest::addColumn<QString>("lang");
        for (const QString &lang : kRequiredLanguages)
            QTest::newRow(qPrintable(lang)) << lang;
    }

    /// Nothing unfinished, empty or stale; placeholders, HTML, mnemonics and ellipses kept; and
    /// exactly the messages the source has (a new tr() string fails here until lupdate ran and
    /// it is translated).
    void tsFileIsComplete()
    {
        QFETCH(QString, lang);
        const TsFile ts = readTs(tsPath(lang));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QCOMPARE(ts.language, lang);
        QStringList problems;
        QStringList keys;
        for (const TsMessage &m : ts.messages) {
            problems << problemsOf(m);
            keys << m.key();
        }
        for (const QString &k : std::as_const(m_sourceKeys)) {
            if (!keys.contains(k))
                problems << QStringLiteral(
                    "[%1] \"%2\": in the source but not in the .ts (run scripts/update-translations.sh)")
                                .arg(k.section(QLatin1Char('\x1f'), 0, 0), k.section(QLatin1Char('\x1f'), 1, 1));
        }
        for (const TsMessage &m : ts.messages) {
            if (!m_sourceKeys.contains(m.key()))
                problems << m.where()
                        + QStringLiteral(": no longer in the source (run scripts/update-translations.sh)");
        }
        report(problems); // QTest cuts a long failure message short: the whole list goes to the log
        QVERIFY2(problems.isEmpty(),
            qPrintable(QStringLiteral("%1: %2 problem(s), listed above").arg(tsPath(lang)).arg(problems.size())));
    }

    /// The checker itself: each kind of mistake is reported.
    void checkerCatchesMistakes()
    {
        TsMessage m { QStringLiteral("ctx"), QStringLiteral("<b>%1</b> of %n, &Apply…"), QString(), false, QString(),
            {} };
        m.translations = { QStringLiteral("<b>%1</b> von %n, &Anwenden…") };
        QCOMPARE(problemsOf(m), QStringList());
        const QStringList wrong
            = { QStringLiteral("<b>%2</b> von %n, &Anwenden…"), QStringLiteral("%1 von %n, &Anwenden…"),
                  QStringLiteral("<b>%1</b> von %n, Anwenden…"), QStringLiteral("<b>%1</b> von %n, &Anwenden..."),
                  QStringLiteral("<b>%1</b> von, &Anwenden…"), QStringLiteral("  ") };
        for (const QString &t : wrong) {
            m.translations = { t };
            QVERIFY2(problemsOf(m).size() == 1,
                qPrintable(t + QStringLiteral(": ") + problemsOf(m).join(QStringLiteral("; "))));
        }
        m.translations = { QStringLiteral("<b>%1</b> von %n, &Anwenden…") };
        m.type = QStringLiteral("unfinished");
        QCOMPARE(problemsOf(m).size(), 1);
        m.type = QStringLiteral("vanished");
        QCOMPARE(problemsOf(m).size(), 1);
        QCOMPARE(mnemonics(QStringLiteral("Fish &&&Chips &amp; &nbsp;")), 1);
    }

    void compiledMatchesTs_data() { tsFileIsComplete_data(); }

    /// The .qm built into :/i18n translates every finished message as the .ts says.
    void compiledMatchesTs()
    {
        QFETCH(QString, lang);
        QTranslator translator;
        QVERIFY2(translator.load(QStringLiteral(":/i18n/ollama-gpu-setup_%1.qm").arg(lang)), qPrintable(lang));
        QCOMPARE(translator.language(), lang);
        const TsFile ts = readTs(tsPath(lang));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QStringList differ;
        for (const TsMessage &m : ts.messages) {
            if (!m.type.isEmpty() || m.translations.isEmpty() || m.translations.first().isEmpty())
                continue; // tsFileIsComplete reports these
            const QByteArray ctx = m.context.toUtf8(), src = m.source.toUtf8(), cmt = m.comment.toUtf8();
            if (m.numerus) {
                for (int n : { 1, 2, 5 }) {
                    const QString got = translator.translate(
                        ctx.constData(), src.constData(), cmt.isEmpty() ? nullptr : cmt.constData(), n);
                    if (!m.translations.contains(got))
                        differ << m.where() + QStringLiteral(" n=%1: \"%2\"").arg(n).arg(got);
                }
            } else {
                const QString got
                    = translator.translate(ctx.constData(), src.constData(), cmt.isEmpty() ? nullptr : cmt.constData());
                if (got != m.translations.first())
                    differ << m.where() + QStringLiteral(": \"%1\"").arg(got);
            }
        }
        report(differ);
        QVERIFY2(differ.isEmpty(),
            qPrintable(QStringLiteral("%1 message(s) differ from the .ts, listed above").arg(differ.size())));
        const QString welcome = translator.translate("ogs::ui::WelcomePage", "Run Ollama on your GPU");
        QVERIFY(!welcome.isEmpty());
        QVERIFY(welcome != QLatin1String("Run Ollama on your GPU"));
    }

    void freeFunctionsTranslate_data() { tsFileIsComplete_data(); }

    /// pathtext.cpp's functions look their strings up under the context lupdate filed them in.
    void freeFunctionsTranslate()
    {
        QFETCH(QString, lang);
        QCOMPARE(installTranslator(*QCoreApplication::instance(), lang), lang);
        const TsFile ts = readTs(tsPath(lang));
        QCOMPARE(pathTitle(PathId::Rocm), translationOf(ts, "ogs::ui::PathText", "ROCm (native)"));
        QCOMPARE(pathTitle(PathId::Cpu), translationOf(ts, "ogs::ui::PathText", "Processor only (no GPU)"));
        QCOMPARE(
            stabilityText(QStringLiteral("community")), translationOf(ts, "ogs::ui::PathText", "community-maintained"));
        QVERIFY(pathTitle(PathId::Cpu) != QLatin1String("Processor only (no GPU)"));
    }

    void coreSentencesTranslate_data() { tsFileIsComplete_data(); }

    /// Core's sentences (the recommender's own and path-rules.json's) come out in the GUI's
    /// language once the translator is installed: the shipped .qm holds core's contexts.
    void coreSentencesTranslate()
    {
        QFETCH(QString, lang);
        const RecommendInput in = ogs::test::rdna4QwenOnLinux();
        const Recommendation english = Recommender().recommend(in);
        QCOMPARE(installTranslator(*QCoreApplication::instance(), lang), lang);
        const Recommendation translated = Recommender().recommend(in);
        QCOMPARE(translated.paths.size(), english.paths.size());
        int sentences = 0;
        for (int i = 0; i < english.paths.size(); ++i) {
            const PathAdvice &en = english.paths.at(i);
            const PathAdvice &shown = translated.paths.at(i);
            QCOMPARE(shown.id, en.id);
            QCOMPARE(shown.reasons.size(), en.reasons.size());
            QCOMPARE(shown.warnings.size(), en.warnings.size());
            for (int k = 0; k < en.reasons.size(); ++k, ++sentences)
                QVERIFY2(shown.reasons.at(k) != en.reasons.at(k),
                    qPrintable(QStringLiteral("still English: ") + en.reasons.at(k)));
            for (int k = 0; k < en.warnings.size(); ++k, ++sentences)
                QVERIFY2(shown.warnings.at(k) != en.warnings.at(k),
                    qPrintable(QStringLiteral("still English: ") + en.warnings.at(k)));
        }
        QVERIFY(sentences >= 5);
        // path-rules.json's sentences, exactly as the .ts has them.
        const TsFile ts = readTs(tsPath(lang));
        const QString ruleWarning = english.find(PathId::Rocm)->warnings.constFirst();
        QVERIFY(pathRulesTexts().contains(ruleWarning));
        QCOMPARE(translated.find(PathId::Rocm)->warnings.constFirst(),
            translationOf(ts, "ogs::RecommendText", ruleWarning.toUtf8().constData()));
    }

    /// The real wizard after installTranslator("de"), as `--lang de` does: German pages, German
    /// table contents, and Qt's own German buttons where Qt's translations are installed.
    void wizardInGerman()
    {
        QCOMPARE(installTranslator(*QCoreApplication::instance(), QStringLiteral("de")), QStringLiteral("de"));
        WizardFixture fx("dgpu-with-apu");
        SetupSession session(fx.config);
        SetupWizard wizard(&session);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.windowTitle(), QStringLiteral("Ollama GPU Setup"));
        QCOMPARE(wizard.currentPage()->title(), QStringLiteral("Ollama auf Ihrer GPU ausführen"));
        if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm")))
            QCOMPARE(wizard.button(QWizard::NextButton)->text(), QStringLiteral("&Weiter >"));
        wizard.button(QWizard::NextButton)->click();
        QCOMPARE(wizard.currentId(), int(SetupWizard::ScanPageId));
        QCOMPARE(wizard.currentPage()->title(), QStringLiteral("Ihr System"));
        auto *table = wizard.findChild<QTableWidget *>(QStringLiteral("gpuTable"));
        QVERIFY(table);
        QTRY_COMPARE(table->rowCount(), 2);
        QCOMPARE(table->horizontalHeaderItem(3)->text(), QStringLiteral("Typ"));
        QCOMPARE(table->item(1, 3)->text(), QStringLiteral("integriert"));
    }

    void mnemonicsAreUniquePerPage_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QStringLiteral("en");
        for (const QString &lang : kRequiredLanguages)
            QTest::newRow(qPrintable(lang)) << lang;
    }

    /// No Alt+letter does two things on one page, counting the wizard's own buttons where Qt's
    /// translation for them is installed (without it they stay English whatever the language).
    void mnemonicsAreUniquePerPage()
    {
        QFETCH(QString, lang);
        installTranslator(*QCoreApplication::instance(), lang);
        const bool qtTranslated = lang == QLatin1String("en")
            || QFile::exists(
                QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_%1.qm").arg(lang));
        WizardFixture fx("dgpu-with-apu");
        SetupSession session(fx.config);
        SetupWizard wizard(&session);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QStringList clashes;
        for (int id : wizard.pageIds())
            clashes << mnemonicClashes(wizard, id, qtTranslated);
        report(clashes);
        QVERIFY2(clashes.isEmpty(), qPrintable(QStringLiteral("%1 clash(es), listed above").arg(clashes.size())));
    }

    void chooseLanguage_data()
    {
        QTest::addColumn<QStringList>("uiLanguages");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, const char *langs, const char *expected) {
            QTest::newRow(name) << QString::fromLatin1(langs).split(QLatin1Char(' '), Qt::SkipEmptyParts)
                                << QString::fromLatin1(expected);
        };
        row("German", "de-DE de", "de");
        row("Austrian German", "de-AT de", "de");
        row("Brazilian Portuguese", "pt-BR pt", "pt_BR");
        row("underscore form", "pt_BR", "pt_BR");
        row("Portuguese alone", "pt", "pt_BR");
        row("European Portuguese", "pt-Latn-PT pt-PT", "");
        row("Simplified Chinese", "zh-Hans-CN zh-CN zh", "zh_CN");
        row("Traditional Chinese, then Japanese", "zh-TW ja-JP", "ja");
        row("Italian, then French", "it-IT it fr-FR fr", "fr");
        row("English first beats a later German", "en-US en de", "");
        row("British English", "en-GB", "");
        row("C locale", "C", "");
        row("nothing", "", "");
        row("unshipped only", "it-IT it", "");
    }

    void chooseLanguage()
    {
        QFETCH(QStringList, uiLanguages);
        QFETCH(QString, expected);
        QCOMPARE(ogs::ui::chooseLanguage(uiLanguages, kRequiredLanguages), expected);
    }

    void languageFollowsSystemUnlessRequested_data()
    {
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("system German") << QString() << QStringLiteral("de_DE") << QStringLiteral("de");
        QTest::newRow("system Japanese") << QString() << QStringLiteral("ja_JP") << QStringLiteral("ja");
        QTest::newRow("system Brazilian") << QString() << QStringLiteral("pt_BR") << QStringLiteral("pt_BR");
        QTest::newRow("system English") << QString() << QStringLiteral("en_US") << QString();
        QTest::newRow("system Italian") << QString() << QStringLiteral("it_IT") << QString();
        QTest::newRow("--lang fr over German")
            << QStringLiteral("fr") << QStringLiteral("de_DE") << QStringLiteral("fr");
        QTest::newRow("--lang en over German") << QStringLiteral("en") << QStringLiteral("de_DE") << QString();
        QTest::newRow("--lang zh over English")
            << QStringLiteral("zh") << QStringLiteral("en_US") << QStringLiteral("zh_CN");
        QTest::newRow("--lang pt-BR over English")
            << QStringLiteral("pt-BR") << QStringLiteral("en_US") << QStringLiteral("pt_BR");
        QTest::newRow("--lang es over C") << QStringLiteral("es") << QStringLiteral("C") << QStringLiteral("es");
        QTest::newRow("--lang xx over German") << QStringLiteral("xx") << QStringLiteral("de_DE") << QString();
    }

    /// installTranslator picks, installs, and replaces what an earlier call installed.
    void languageFollowsSystemUnlessRequested()
    {
        QFETCH(QString, requested);
        QFETCH(QString, system);
        QFETCH(QString, expected);
        auto &app = *QCoreApplication::instance();
        installTranslator(app, QStringLiteral("ja")); // something else first: it must not linger
        QCOMPARE(installTranslator(app, requested, QLocale(system)), expected);
        QStringList installed;
        for (const QTranslator *t : app.findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly)) {
            if (t->filePath().startsWith(QLatin1String(":/i18n/")))
                installed << t->language();
        }
        QCOMPARE(installed,
            QStringList { expected.isEmpty() ? QStringLiteral("en") : expected }); // English: its plural forms
        const QString shown = QCoreApplication::translate("ogs::ui::WelcomePage", "Run Ollama on your GPU");
        if (expected.isEmpty())
            QCOMPARE(shown, QStringLiteral("Run Ollama on your GPU"));
        else if (const QString text
                 = translationOf(readTs(tsPath(expected)), "ogs::ui::WelcomePage", "Run Ollama on your GPU");
                 !text.isEmpty())
            QCOMPARE(shown, text); // (an untranslated one is tsFileIsComplete's to report)
        const QString notice = languageNotice(requested, expected);
        QCOMPARE(notice.isEmpty(), requested != QLatin1String("xx"));
        if (!notice.isEmpty()) {
            QVERIFY(notice.contains(QLatin1String("--lang xx")));
            QVERIFY(notice.contains(QLatin1String("pt_BR")));
        }
    }

    void systemLocaleOfTheProcess_data()
    {
        QTest::addColumn<QString>("lcAll");
        QTest::addColumn<QString>("languageVar");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("expected");
        const QString none;
        QTest::newRow("LC_ALL German") << QStringLiteral("de_DE.UTF-8") << none << none << QStringLiteral("de");
        QTest::newRow("LC_ALL French") << QStringLiteral("fr_FR.UTF-8") << none << none << QStringLiteral("fr");
        QTest::newRow("LC_ALL C") << QStringLiteral("C.UTF-8") << none << none << none;
        QTest::newRow("LANGUAGE es:de") << QStringLiteral("de_DE.UTF-8") << QStringLiteral("es:de") << none
                                        << QStringLiteral("es");
        QTest::newRow("LANGUAGE en_US:de")
            << QStringLiteral("de_DE.UTF-8") << QStringLiteral("en_US:de") << none << none;
        QTest::newRow("LC_ALL German, --lang es")
            << QStringLiteral("de_DE.UTF-8") << none << QStringLiteral("es") << QStringLiteral("es");
        QTest::newRow("LC_ALL German, --lang en")
            << QStringLiteral("de_DE.UTF-8") << none << QStringLiteral("en") << none;
    }

    /// The real QLocale::system() of a process started with the user's locale variables: this
    /// test binary again, in the child mode of main() below.
    void systemLocaleOfTheProcess()
    {
        QFETCH(QString, lcAll);
        QFETCH(QString, languageVar);
        QFETCH(QString, lang);
        QFETCH(QString, expected);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *v : { "LANGUAGE", "LC_MESSAGES", "LANG" })
            env.remove(QLatin1String(v));
        env.insert(QStringLiteral("LC_ALL"), lcAll);
        if (!languageVar.isEmpty())
            env.insert(QStringLiteral("LANGUAGE"), languageVar);
        env.insert(QStringLiteral("OGS_I18N_CHILD"), lang.isEmpty() ? QStringLiteral("-") : lang);
        QProcess child;
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(60000));
        QCOMPARE(child.exitCode(), 0);
        const QStringList lines = QString::fromUtf8(child.readAllStandardOutput()).split(QLatin1Char('\n'));
        QCOMPARE(lines.value(0), expected);
        const QString english = QStringLiteral("Run Ollama on your GPU");
        QCOMPARE(lines.value(1),
            expected.isEmpty()
                ? english
                : translationOf(readTs(tsPath(expected)), "ogs::ui::WelcomePage", "Run Ollama on your GPU"));
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QString child = qEnvironmentVariable("OGS_I18N_CHILD");
    if (!child.isEmpty()) { // systemLocaleOfTheProcess: what this process's locale (and "--lang") chose
        const QString loaded = installTranslator(app, child == QLatin1String("-") ? QString() : child);
        QTextStream(stdout) << loaded << '\n'
                            << QCoreApplication::translate("ogs::ui::WelcomePage", "Run Ollama on your GPU") << '\n';
        return 0;
    }
    TestTranslations test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_translations.moc"

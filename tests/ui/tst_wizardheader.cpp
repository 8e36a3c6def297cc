// The wizard's header shows every page's whole title and subtitle in every shipped language.
// QWizard (ModernStyle, no banner) caps its header at two lines of "Pq" in the subtitle's font
// (QWizardHeader::setup): a German subtitle that wraps to a third line, or two lines of Japanese in
// a taller CJK fallback font, were cut off at the header's bottom rule.
#include "wizardfixture.h"

#include "i18n/translator.h"
#include "wizard/setupsession.h"
#include "wizard/setupwizard.h"

#include <QApplication>
#include <QLabel>
#include <QSet>
#include <QTest>
#include <QWizardPage>

#include <algorithm>

using namespace ogs;
using namespace ogs::ui;
using namespace ogs::ui::test;

namespace {

/// The QLabel in QWizard's own header that shows the current page's subtitle: a visible label
/// outside every page whose text is that subtitle (the header widget is its parent).
QLabel *headerSubTitle(const QWizard &wizard)
{
    const QString subTitle = wizard.currentPage()->subTitle();
    for (QLabel *label : wizard.findChildren<QLabel *>()) {
        bool inPage = false;
        for (const QWidget *w = label; w && !inPage; w = w->parentWidget())
            inPage = qobject_cast<const QWizardPage *>(w) != nullptr;
        if (!inPage && label->isVisible() && label->text() == subTitle)
            return label;
    }
    return nullptr;
}

/// Lets the layout requests QWizard posts when it changes pages run.
void settle()
{
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
}

/// What is cut off in the header of the wizard's current page; empty when all of it shows.
QStringList clipped(const QWizard &wizard, const QString &lang)
{
    const QWizardPage *page = wizard.currentPage();
    const QString where = QStringLiteral("%1, page %2 (%3)").arg(lang).arg(wizard.currentId()).arg(page->objectName());
    QLabel *subTitle = headerSubTitle(wizard);
    if (!subTitle)
        return { where + QStringLiteral(": no header label shows the subtitle \"%1\"").arg(page->subTitle()) };
    const QWidget *header = subTitle->parentWidget();
    QStringList problems;
    // The header paints its bottom rule over its last two pixel rows (QWizardHeader::paintEvent).
    const int visibleBottom = header->height() - 2;
    const int needed = subTitle->heightForWidth(subTitle->width());
    const int shown = std::min(subTitle->height(), visibleBottom - subTitle->y()); // a label paints only inside itself
    if (needed > shown)
        problems << where
                + QStringLiteral(
                    ": the subtitle needs %1 px at its width of %2 px, the header shows %3 px of it: \"%4\"")
                      .arg(needed)
                      .arg(subTitle->width())
                      .arg(shown)
                      .arg(page->subTitle());
    if (subTitle->geometry().right() >= header->width())
        problems << where + QStringLiteral(": the subtitle runs past the header's right edge");
    for (const QLabel *label : header->findChildren<QLabel *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (label != subTitle && label->isVisible() && label->text() == page->title()
            && label->sizeHint().width() > label->width())
            problems << where
                    + QStringLiteral(": the title needs %1 px, it has %2 px: \"%3\"")
                          .arg(label->sizeHint().width())
                          .arg(label->width())
                          .arg(page->title());
    }
    const QRect inWizard(header->mapTo(&wizard, QPoint(0, 0)), header->size());
    if (!wizard.rect().contains(inWizard))
        problems << where
                + QStringLiteral(": the header (%1x%2 at %3,%4) runs past the wizard's edge (%5x%6)")
                      .arg(inWizard.width())
                      .arg(inWizard.height())
                      .arg(inWizard.x())
                      .arg(inWizard.y())
                      .arg(wizard.width())
                      .arg(wizard.height());
    return problems;
}

} // namespace

class TestWizardHeader final : public QObject {
    Q_OBJECT
private slots:
    void subTitlesFit_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QStringLiteral("en");
        for (const QString &lang : availableLanguages())
            QTest::newRow(qPrintable(lang)) << lang;
    }

    /// Every page (the WSL2 branch reaches all eight) at the wizard's smallest size, where the
    /// subtitle wraps the most, in the language the app would load for --lang.
    void subTitlesFit()
    {
        QFETCH(QString, lang);
        installTranslator(*QCoreApplication::instance(), lang);
        WizardFixture fx("rdna1-rx5700xt", Platform::Wsl2);
        fx.writeDefaultRoute();
        SetupSession session(fx.config);
        SetupWizard wizard(&session);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.resize(wizard.minimumSize());
        settle();
        QStringList problems;
        QSet<int> seen;
        for (int step = 0; step < 12; ++step) {
            seen.insert(wizard.currentId());
            problems << clipped(wizard, lang);
            screenshot(&wizard,
                QStringLiteral("header-%1-%2-%3")
                    .arg(lang)
                    .arg(wizard.currentId())
                    .arg(wizard.currentPage()->objectName()));
            if (wizard.currentId() == SetupWizard::SummaryPageId)
                break;
            wizard.next(); // (a page need not be complete for this test: only its header is looked at)
            QTRY_VERIFY(!session.isScanning());
            settle();
        }
        QCOMPARE(seen.size(), wizard.pageIds().size());
        for (const QString &p : std::as_const(problems))
            qWarning().noquote() << p;
        QVERIFY2(
            problems.isEmpty(), qPrintable(QStringLiteral("%1 header(s) cut off, listed above").arg(problems.size())));
    }

    /// A page that changes its subtitle while it shows, and a window that changes width: the
    /// header follows both, taller while the text needs more lines, back when it needs fewer.
    void headerFollowsTextAndWidth()
    {
        installTranslator(*QCoreApplication::instance(), QStringLiteral("en"));
        WizardFixture fx("rdna1-rx5700xt");
        SetupSession session(fx.config);
        SetupWizard wizard(&session);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.resize(wizard.minimumSize());
        settle();
        QLabel *subTitle = headerSubTitle(wizard);
        QVERIFY(subTitle);
        const QWidget *header = subTitle->parentWidget();
        const int original = header->height();
        QWizardPage *page = wizard.currentPage();
        const QString text = page->subTitle();
        page->setSubTitle(QStringList(4, text).join(QLatin1Char(' '))); // QWizard sets its header up again
        settle();
        QStringList problems = clipped(wizard, QStringLiteral("four subtitles at the minimum width"));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        const int tall = header->height();
        QVERIFY2(tall > original, qPrintable(QStringLiteral("%1 px, was %2").arg(tall).arg(original)));
        wizard.resize(1600, wizard.height());
        settle();
        problems = clipped(wizard, QStringLiteral("four subtitles at 1600 px"));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY2(header->height() < tall, qPrintable(QStringLiteral("%1 px, was %2").arg(header->height()).arg(tall)));
        page->setSubTitle(text);
        wizard.resize(wizard.minimumSize());
        settle();
        QCOMPARE(header->height(), original);
    }
};

QTEST_MAIN(TestWizardHeader)
#include "tst_wizardheader.moc"

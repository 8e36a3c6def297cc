#include "diffview.h"

#include <QFontDatabase>
#include <QSyntaxHighlighter>

namespace ogs::ui {

namespace {

/// Colours +/- lines of a unified diff.
class DiffHighlighter final : public QSyntaxHighlighter {
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;

protected:
    void highlightBlock(const QString &text) override
    {
        if (text.startsWith(QLatin1String("+++")) || text.startsWith(QLatin1String("---")) || text.startsWith(QLatin1String("@@"))) {
            QTextCharFormat f;
            f.setFontWeight(QFont::Bold);
            setFormat(0, static_cast<int>(text.size()), f);
        } else if (text.startsWith(QLatin1Char('+')) || text.startsWith(QLatin1Char('-'))) {
            QTextCharFormat f;
            f.setForeground(text.startsWith(QLatin1Char('+')) ? QColor(0x16, 0xa3, 0x4a) : QColor(0xdc, 0x26, 0x26));
            setFormat(0, static_cast<int>(text.size()), f);
        }
    }
};

QString registryValueText(const std::optional<RegistryValue> &v)
{
    if (!v)
        return DiffView::tr("(not set)");
    return QStringLiteral("%1 (%2)").arg(v->data, v->expandable ? QStringLiteral("REG_EXPAND_SZ") : QStringLiteral("REG_SZ"));
}

} // namespace

DiffView::DiffView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("diffView"));
    setAccessibleName(tr("Changes that will be made"));
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new DiffHighlighter(document());
}

QString DiffView::planText(const EnvPlan &plan)
{
    if (!plan.hasChanges())
        return tr("Nothing to change: every value is already in place.");
    QString text;
    for (const FileChange &f : plan.files)
        text += f.diff;
    for (const RegistryChange &r : plan.registry) {
        if (r.changed())
            text += QStringLiteral("%1\\%2: %3 → %4\n").arg(registryScopeName(r.scope), r.name, registryValueText(r.before), registryValueText(r.after));
    }
    return text;
}

void DiffView::showPlan(const EnvPlan &plan)
{
    setPlainText(planText(plan));
}

} // namespace ogs::ui

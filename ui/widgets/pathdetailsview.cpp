#include "pathdetailsview.h"

#include "pathtext.h"

namespace ogs::ui {

namespace {

QString list(const QStringList &items)
{
    QString html = QStringLiteral("<ul>");
    for (const QString &i : items)
        html += QStringLiteral("<li>%1</li>").arg(i.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

} // namespace

PathDetailsView::PathDetailsView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("pathDetails"));
    setAccessibleName(tr("Details of the selected path"));
    setOpenExternalLinks(false);
}

void PathDetailsView::showPath(const PathAdvice &path, const PathAdvice *best)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("%1. %2").arg(path.rank).arg(pathTitle(path.id)).toHtmlEscaped());
    html += QStringLiteral("<p>%1<br>%2")
                .arg(tr("<b>Expected speed:</b> %1").arg(speedText(path)), tr("<b>Stability:</b> %1").arg(stabilityText(path.stability)));
    if (path.tokens)
        html += QStringLiteral("<br>") + tr("<b>On this card:</b> %1").arg(tokensText(path).toHtmlEscaped());
    html += QStringLiteral("</p>");
    if (best && best->id != path.id) {
        QStringList why;
        if (path.relativeSpeed.max < best->relativeSpeed.min)
            why << tr("It is slower: %1 instead of %2.").arg(speedText(path), speedText(*best));
        if (path.stability != best->stability)
            why << tr("It is %1, the first choice is %2.").arg(stabilityText(path.stability), stabilityText(best->stability));
        if (path.requirements.size() > best->requirements.size())
            why << tr("It needs more to be installed or replaced.");
        if (path.warnings.size() > best->warnings.size())
            why << tr("More known problems apply to it on this machine.");
        if (why.isEmpty())
            why << tr("The rules put %1 first for this GPU and Ollama version.").arg(pathTitle(best->id));
        html += QStringLiteral("<p><b>%1</b></p>").arg(tr("Why it ranks below %1:").arg(pathTitle(best->id)).toHtmlEscaped()) + list(why);
    }
    if (!path.env.isEmpty() || !path.unset.isEmpty()) {
        QStringList vars;
        for (const auto &[k, v] : path.env)
            vars << k + QLatin1Char('=') + v;
        for (const QString &k : path.unset)
            vars << tr("remove %1").arg(k);
        html += QStringLiteral("<p><b>%1</b></p>").arg(tr("Environment")) + list(vars);
    } else {
        html += QStringLiteral("<p>%1</p>").arg(tr("No environment changes are needed."));
    }
    if (!path.requirements.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(tr("Also needed")) + list(path.requirements);
    if (!path.reasons.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(tr("Why")) + list(path.reasons);
    if (!path.warnings.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(tr("Warnings")) + list(path.warnings);
    setHtml(html);
}

} // namespace ogs::ui

#include "findingslist.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ogs::ui {

namespace {

QString severityText(Severity s)
{
    switch (s) {
    case Severity::Error:
        return FindingsList::tr("Problem");
    case Severity::Warning:
        return FindingsList::tr("Warning");
    case Severity::Info:
        return FindingsList::tr("Note");
    }
    return {};
}

QString severityColour(Severity s)
{
    switch (s) {
    case Severity::Error:
        return QStringLiteral("#b3261e");
    case Severity::Warning:
        return QStringLiteral("#9a6700");
    case Severity::Info:
        return QStringLiteral("#3b6ea5");
    }
    return {};
}

} // namespace

FindingsList::FindingsList(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("findingsList"));
    m_layout->setContentsMargins(0, 0, 0, 0);
}

void FindingsList::setFindings(const QList<Finding> &findings, const QStringList &fixes)
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_count = static_cast<int>(findings.size());
    if (findings.isEmpty()) {
        auto *none = new QLabel(tr("The server log shows nothing that explains this."), this);
        none->setObjectName(QStringLiteral("noFindingsLabel"));
        none->setWordWrap(true);
        m_layout->addWidget(none);
        return;
    }
    for (int i = 0; i < findings.size(); ++i) {
        const Finding &f = findings.at(i);
        auto *frame = new QFrame(this);
        frame->setObjectName(QStringLiteral("finding_%1").arg(i));
        frame->setFrameShape(QFrame::StyledPanel);
        auto *row = new QHBoxLayout(frame);
        auto *text = new QLabel(frame);
        text->setObjectName(QStringLiteral("findingText_%1").arg(i));
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        text->setText(tr("<b style=\"color:%1\">%2:</b> %3<br><b>Fix:</b> %4<br><small><code>%5</code></small>")
                          .arg(severityColour(f.severity), severityText(f.severity), f.cause.toHtmlEscaped(),
                              f.fix.toHtmlEscaped(), f.evidence.left(240).toHtmlEscaped()));
        row->addWidget(text, 1);
        const QString fix = fixes.value(i);
        if (!fix.isEmpty()) {
            auto *apply = new QPushButton(tr("Apply this &fix"), frame);
            apply->setObjectName(QStringLiteral("applyFixButton_%1").arg(i));
            apply->setAccessibleName(tr("Apply the fix: %1").arg(fix));
            apply->setToolTip(tr("Shows what it writes (%1) before anything changes").arg(fix));
            connect(apply, &QPushButton::clicked, this, [this, i] { emit fixRequested(i); });
            row->addWidget(apply, 0, Qt::AlignTop);
        }
        m_layout->addWidget(frame);
    }
}

} // namespace ogs::ui

#include "wizardheaderfit.h"

#include <QEvent>
#include <QLabel>
#include <QLayout>
#include <QWizard>
#include <QWizardPage>

#include <algorithm>

namespace ogs::ui {

WizardHeaderFit::WizardHeaderFit(QWizard *wizard)
    : QObject(wizard)
    , m_wizard(wizard)
{
    // QWizard sets the header up (and caps it) just before it says the page changed.
    connect(wizard, &QWizard::currentIdChanged, this, &WizardHeaderFit::fit);
}

QLabel *WizardHeaderFit::subTitleLabel(const QWizard *wizard)
{
    const QWizardPage *page = wizard->currentPage();
    if (!page || page->subTitle().isEmpty())
        return nullptr;
    // QWizardHeader is private: find it by what it holds, a label outside every page that shows
    // the subtitle (the pages' own labels never sit outside a page).
    const QList<QLabel *> labels = wizard->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        bool inPage = false;
        for (const QWidget *w = label->parentWidget(); w && w != wizard && !inPage; w = w->parentWidget())
            inPage = qobject_cast<const QWizardPage *>(w) != nullptr;
        if (!inPage && !label->isHidden() && label->wordWrap() && label->text() == page->subTitle()
            && label->parentWidget() && label->parentWidget()->layout())
            return label;
    }
    return nullptr;
}

bool WizardHeaderFit::eventFilter(QObject *watched, QEvent *event)
{
    // LayoutRequest: the header's labels changed (a new page, a new subtitle); Resize: a new
    // width, or QWizard capped the height again.
    if (watched == m_header && (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Resize))
        fit();
    return false;
}

void WizardHeaderFit::fit()
{
    QLabel *label = subTitleLabel(m_wizard);
    if (!label)
        return;
    QWidget *header = label->parentWidget();
    if (header != m_header) {
        if (m_header)
            m_header->removeEventFilter(this);
        m_header = header;
        header->installEventFilter(this);
    }
    // QWizard also holds the subtitle at the narrowest width that keeps it to two lines, which
    // pushes the header past a narrower window's edge: let it wrap to the width there is instead.
    if (label->minimumWidth() != 0)
        label->setMinimumWidth(0);
    const QLayout *layout = header->layout();
    const QSize least = layout->totalMinimumSize();
    int height = least.height();
    if (header->width() > 0 && layout->hasHeightForWidth())
        height = std::max(height, layout->totalHeightForWidth(header->width()));
    if (header->minimumSize() != QSize(least.width(), height))
        header->setMinimumSize(least.width(), height);
    if (header->maximumHeight() != height)
        header->setMaximumHeight(height);
}

} // namespace ogs::ui

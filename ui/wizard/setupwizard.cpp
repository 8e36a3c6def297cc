#include "setupwizard.h"

#include "welcomepage.h"

namespace ogs::ui {

SetupWizard::SetupWizard(QWidget *parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("Ollama GPU Setup"));
    setWizardStyle(QWizard::ModernStyle);
    setPage(WelcomePageId, new WelcomePage(this));
    setStartId(WelcomePageId);
    setMinimumSize(720, 520);
}

} // namespace ogs::ui

#include "setupwizard.h"

#include "scanpage.h"
#include "setupsession.h"
#include "welcomepage.h"

namespace ogs::ui {

SetupWizard::SetupWizard(SetupSession *session, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("Ollama GPU Setup"));
    setWizardStyle(QWizard::ModernStyle);
    setPage(WelcomePageId, new WelcomePage(this));
    setPage(ScanPageId, new ScanPage(m_session, this));
    setStartId(WelcomePageId);
    setMinimumSize(720, 520);
}

} // namespace ogs::ui

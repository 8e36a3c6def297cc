#include "setupwizard.h"

#include "applypage.h"
#include "modelpage.h"
#include "pathpage.h"
#include "scanpage.h"
#include "setupsession.h"
#include "summarypage.h"
#include "verifypage.h"
#include "welcomepage.h"
#include "wizardheaderfit.h"
#include "wslpage.h"

#include "widgets/aboutbox.h"

#include <QAbstractButton>
#include <QIcon>

namespace ogs::ui {

SetupWizard::SetupWizard(SetupSession *session, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("Ollama GPU Setup"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/ollama-gpu-setup.svg")));
    setWizardStyle(QWizard::ModernStyle);
    new WizardHeaderFit(this); // the whole subtitle in every language (QWizard caps it at two Latin lines)
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(WelcomePageId, new WelcomePage(this));
    setPage(ScanPageId, new ScanPage(m_session, this));
    setPage(PathPageId, new PathPage(m_session, this));
    setPage(WslPageId, new WslPage(m_session, this));
    setPage(ModelPageId, new ModelPage(m_session, this));
    setPage(ApplyPageId, new ApplyPage(m_session, this));
    setPage(VerifyPageId, new VerifyPage(m_session, this));
    auto *summary = new SummaryPage(m_session, this);
    setPage(SummaryPageId, summary);
    connect(summary, &SummaryPage::openMonitorRequested, this, &SetupWizard::openMonitorRequested);
    setOption(QWizard::HaveCustomButton1); // About (issue #7: the version)
    setButtonText(QWizard::CustomButton1, tr("Abou&t"));
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("aboutButton"));
    button(QWizard::CustomButton1)->setAccessibleName(tr("About Ollama GPU Setup"));
    setButtonLayout({QWizard::CustomButton1, QWizard::Stretch, QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton,
                     QWizard::FinishButton, QWizard::CancelButton});
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            showAboutBox(this);
    });
    setStartId(WelcomePageId);
    setMinimumSize(760, 560);
}

} // namespace ogs::ui

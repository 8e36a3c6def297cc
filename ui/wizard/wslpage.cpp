#include "wslpage.h"

#include "compat/wslhost.h"
#include "setupsession.h"
#include "setupwizard.h"
#include "widgets/connectiontester.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ogs::ui {

WslPage::WslPage(SetupSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_nat(new QRadioButton(tr("NAT net&working (the default): Windows is the default gateway"), this))
    , m_mirrored(new QRadioButton(tr("&Mirrored networking: Windows is localhost"), this))
    , m_host(new QLineEdit(this))
    , m_tester(new ConnectionTester(this))
{
    setObjectName(QStringLiteral("wslPage"));
    setTitle(tr("Ollama on Windows, this app in WSL 2"));
    setSubTitle(tr("WSL 2 cannot reach an AMD GPU for compute (/dev/kfd is absent). Ollama runs on the Windows side "
                   "with the GPU, and programs here talk to it over the network."));
    auto *diagram = new QLabel(this);
    diagram->setTextFormat(Qt::RichText);
    diagram->setText(QStringLiteral("<pre>%1</pre>")
                         .arg(tr("WSL 2 (Linux): your programs ── OLLAMA_HOST ──► Windows: Ollama ──► GPU").toHtmlEscaped()));
    m_nat->setObjectName(QStringLiteral("natRadio"));
    m_mirrored->setObjectName(QStringLiteral("mirroredRadio"));
    m_host->setObjectName(QStringLiteral("wslHostEdit"));
    m_host->setAccessibleName(tr("Ollama address on Windows"));
    registerField(QStringLiteral("wslHost*"), m_host);
    auto *hostLabel = new QLabel(tr("Ollama &address:"), this);
    hostLabel->setBuddy(m_host);

    auto *steps = new QLabel(this);
    steps->setObjectName(QStringLiteral("windowsSteps"));
    steps->setWordWrap(true);
    steps->setTextInteractionFlags(Qt::TextSelectableByMouse);
    steps->setText(tr("<p><b>On Windows</b>, let Ollama accept connections from WSL (PowerShell):</p>"
                      "<pre>[System.Environment]::SetEnvironmentVariable('OLLAMA_HOST', '0.0.0.0', 'User')</pre>"
                      "<p>then quit and restart Ollama from the tray. If the test fails, allow port 11434 (PowerShell as "
                      "administrator):</p><pre>New-NetFirewallRule -DisplayName \"Ollama\" -Direction Inbound -LocalPort 11434 "
                      "-Protocol TCP -Action Allow</pre>"
                      "<p>⚠ <b>Security:</b> 0.0.0.0 makes Ollama answer <i>every</i> computer that can reach this PC, without "
                      "a password. Only do this on a trusted network, or limit the firewall rule to the WSL subnet "
                      "(-RemoteAddress 172.16.0.0/12).</p>"));

    auto *form = new QFormLayout;
    form->addRow(hostLabel, m_host);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(diagram);
    layout->addWidget(m_nat);
    layout->addWidget(m_mirrored);
    layout->addLayout(form);
    layout->addWidget(m_tester);
    layout->addSpacing(8);
    layout->addWidget(steps);
    layout->addStretch();

    connect(m_nat, &QRadioButton::toggled, this, &WslPage::updateHost);
    connect(m_host, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_session->setWslHost(text.trimmed());
        m_tester->setUrl(QUrl::fromUserInput(text.trimmed()));
    });
}

void WslPage::initializePage()
{
    m_gateway = wslWindowsHostAddress(m_session->detectOptions().platformRoots.procRoot);
    if (m_gateway.isEmpty()) {
        m_nat->setText(tr("NAT net&working: no default gateway found"));
        m_nat->setEnabled(false);
        m_mirrored->setChecked(true);
    } else {
        m_nat->setText(tr("NAT net&working (the default): Windows is at %1").arg(m_gateway));
        m_nat->setChecked(true);
    }
    updateHost();
}

int WslPage::nextId() const
{
    return SetupWizard::ModelPageId;
}

void WslPage::updateHost()
{
    const QString host = m_nat->isChecked() ? m_gateway : QStringLiteral("localhost");
    m_host->setText(QStringLiteral("http://%1:11434").arg(host));
}

} // namespace ogs::ui

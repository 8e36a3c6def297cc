#include "launcher.h"

#include "homeview.h"

#include "monitor/monitorwindow.h"
#include "wizard/setupsession.h"
#include "wizard/setupwizard.h"

namespace ogs::ui {

Launcher::Launcher(SessionConfig config, MonitorSessionOptions monitor, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_monitorOptions(std::move(monitor))
    , m_session(std::make_unique<SetupSession>(m_config))
    , m_wizard(std::make_unique<SetupWizard>(m_session.get()))
{
    connect(m_wizard.get(), &SetupWizard::openMonitorRequested, this, &Launcher::openMonitor);
}

Launcher::~Launcher()
{
    m_monitor.reset(); // stops the sampling thread before the windows go
}

void Launcher::start()
{
    if (!m_session->setupComplete()) {
        m_wizard->show();
        return;
    }
    m_home = std::make_unique<HomeView>(m_config);
    connect(m_home.get(), &HomeView::openMonitorRequested, this, &Launcher::openMonitor);
    connect(m_home.get(), &HomeView::runSetupRequested, this, &Launcher::runSetupAgain);
    m_home->show();
}

void Launcher::openMonitor()
{
    if (!m_monitor)
        m_monitor = std::make_unique<MonitorSession>(m_monitorOptions);
    m_monitor->present();
}

void Launcher::runSetupAgain()
{
    m_wizard->restart();
    m_wizard->show(); // before hiding the home view, so the application never has no window
    m_wizard->raise();
    if (m_home)
        m_home->hide();
}

} // namespace ogs::ui

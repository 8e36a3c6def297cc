#pragma once

#include "monitor/monitorsession.h"
#include "wizard/sessionconfig.h"

#include <QObject>

#include <memory>

namespace ogs::ui {

class HomeView;
class SetupSession;
class SetupWizard;

/// Which window a launch opens and how they lead to each other: the wizard on the first launch,
/// the home view once the setup has completed ("Run setup again" opens the wizard at its first
/// page); the wizard's summary and the home view open the one monitor window.
class Launcher final : public QObject {
    Q_OBJECT
public:
    Launcher(SessionConfig config, MonitorSessionOptions monitor, QObject *parent = nullptr);
    ~Launcher() override;
    /// Shows the home view or the wizard.
    void start();
    SetupWizard *wizard() const { return m_wizard.get(); }
    HomeView *home() const { return m_home.get(); }
    /// Null until the monitor was asked for.
    MonitorSession *monitor() const { return m_monitor.get(); }

public slots:
    void openMonitor();
    void runSetupAgain();

private:
    SessionConfig m_config;
    MonitorSessionOptions m_monitorOptions;
    std::unique_ptr<SetupSession> m_session;
    std::unique_ptr<SetupWizard> m_wizard;
    std::unique_ptr<HomeView> m_home;
    std::unique_ptr<MonitorSession> m_monitor;
};

} // namespace ogs::ui

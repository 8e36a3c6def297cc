#pragma once

#include "guirequest.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace ogs {
class TelemetryWorker;
}

namespace ogs::ui {
class MonitorWindow;
}

namespace ogs::app {

/// The monitor window with its telemetry worker on its own thread and Ollama's /api/ps
/// polled for the loaded models, whose answer feeds the stuck-GPU watchdog (as
/// `sample --watchdog --host` does). Opened by `monitor`, the wizard's summary and the home view.
class MonitorSession final : public QObject {
    Q_OBJECT
public:
    explicit MonitorSession(const MonitorRequest &request, QObject *parent = nullptr);
    ~MonitorSession() override;
    ui::MonitorWindow *window() const { return m_window.get(); }
    TelemetryWorker *worker() const { return m_worker; }
    /// Shows the window and brings it to the front.
    void present();

private:
    std::unique_ptr<ui::MonitorWindow> m_window;
    TelemetryWorker *m_worker;
    QThread m_thread;
};

} // namespace ogs::app

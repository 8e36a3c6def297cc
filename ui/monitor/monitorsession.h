#pragma once

#include "telemetry/stuckgpuwatchdog.h"

#include <QObject>
#include <QString>
#include <QThread>
#include <QUrl>

#include <memory>

namespace ogs {
class TelemetryWorker;
}

namespace ogs::ui {

class MonitorWindow;

/// Where the monitor samples and asks; every root and the address are parameters.
struct MonitorSessionOptions {
    QString sysfsRoot = QStringLiteral("/sys");
    QString procRoot = QStringLiteral("/proc");
    QString nvmlLibrary;
    int intervalMs = 1000;
    WatchdogConfig watchdog;
    QUrl ollamaUrl = QUrl(QStringLiteral("http://127.0.0.1:11434"));
};

/// The monitor window with its telemetry worker on its own thread and Ollama's /api/ps
/// polled for the loaded models, whose answer feeds the stuck-GPU watchdog (as
/// `sample --watchdog --host` does). Opened by `monitor`, the wizard's summary and the home view.
class MonitorSession final : public QObject {
    Q_OBJECT
public:
    explicit MonitorSession(const MonitorSessionOptions &options, QObject *parent = nullptr);
    ~MonitorSession() override;
    MonitorWindow *window() const { return m_window.get(); }
    TelemetryWorker *worker() const { return m_worker; }
    /// Shows the window and brings it to the front.
    void present();

private:
    std::unique_ptr<MonitorWindow> m_window;
    TelemetryWorker *m_worker;
    QThread m_thread;
};

} // namespace ogs::ui

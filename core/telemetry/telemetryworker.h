#pragma once

#include "gputelemetrysource.h"
#include "processgpuscanner.h"
#include "stuckgpuwatchdog.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace ogs {

/// Samples on its own thread (move it with moveToThread) at a fixed interval and reports each
/// round with the watchdog's verdict. The GUI thread only receives finished rounds.
class TelemetryWorker final : public QObject {
    Q_OBJECT
public:
    /// `procRoot` empty: no process scan (and no runner check).
    TelemetryWorker(std::unique_ptr<GpuTelemetrySource> source, QString procRoot, WatchdogConfig config = {});
    ~TelemetryWorker() override;

public slots:
    void start(int intervalMs);
    void stop();
    /// What Ollama is doing, from the GUI thread's /api/ps polling.
    void setModelLoaded(std::optional<bool> loaded);

signals:
    void sampled(qint64 timeMs, const QList<ogs::GpuSample> &gpus, const QList<ogs::StuckGpuAlert> &alerts,
                 const QList<ogs::ProcessGpuUsage> &processes);
    void warning(const QString &message);

private:
    void sampleOnce();

    std::unique_ptr<GpuTelemetrySource> m_source;
    QString m_procRoot;
    ProcessGpuScanner m_scanner;
    StuckGpuWatchdog m_watchdog;
    std::optional<bool> m_modelLoaded;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_clock;
};

} // namespace ogs

#include "telemetryworker.h"

namespace ogs {

TelemetryWorker::TelemetryWorker(std::unique_ptr<GpuTelemetrySource> source, QString procRoot, WatchdogConfig config)
    : m_source(std::move(source))
    , m_procRoot(std::move(procRoot))
    , m_scanner(m_procRoot)
    , m_watchdog(config)
{
}

TelemetryWorker::~TelemetryWorker() = default;

void TelemetryWorker::start(int intervalMs)
{
    if (!m_timer) {
        // Created here, on the worker's thread, so it fires there.
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, &TelemetryWorker::sampleOnce);
        m_clock.start();
    }
    m_timer->start(std::max(100, intervalMs));
    sampleOnce();
}

void TelemetryWorker::stop()
{
    if (m_timer)
        m_timer->stop();
}

void TelemetryWorker::setModelLoaded(std::optional<bool> loaded)
{
    m_modelLoaded = loaded;
}

void TelemetryWorker::sampleOnce()
{
    const qint64 t = m_clock.elapsed();
    const QList<GpuSample> gpus = m_source->sample();
    QList<ProcessGpuUsage> processes;
    OllamaActivity activity;
    activity.modelLoaded = m_modelLoaded;
    if (!m_procRoot.isEmpty()) {
        processes = m_scanner.scan(t);
        activity.runnerAlive = findOllamaProcesses(m_procRoot).runnerAlive;
    }
    const QList<StuckGpuAlert> alerts = m_watchdog.observe(t, gpus, activity, processes);
    for (const QString &w : m_source->takeWarnings())
        emit warning(w);
    emit sampled(t, gpus, alerts, processes);
}

} // namespace ogs

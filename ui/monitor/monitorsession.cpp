#include "monitorsession.h"

#include "loadedmodelspanel.h"
#include "monitorwindow.h"

#include "telemetry/compositetelemetry.h"
#include "telemetry/telemetryworker.h"

#include <algorithm>

namespace ogs::ui {

MonitorSession::MonitorSession(const MonitorSessionOptions &r, QObject *parent)
    : QObject(parent)
    , m_window(std::make_unique<MonitorWindow>())
{
    TelemetryOptions options;
    options.sysfsRoot = r.sysfsRoot;
    options.nvmlLibrary = r.nvmlLibrary;
    options.intervalMs = r.intervalMs;
    TelemetrySetup setup = makeTelemetrySource(options);
    for (const QString &w : std::as_const(setup.warnings))
        m_window->showWarning(w);
    if (setup.gpuCount == 0 && !setup.gpusPending)
        m_window->showWarning(tr("No GPU to sample: %1").arg(setup.notes.join(QStringLiteral("; "))));
    m_worker = new TelemetryWorker(std::move(setup.source), r.procRoot, r.watchdog);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &TelemetryWorker::sampled, m_window.get(), &MonitorWindow::addRound);
    connect(m_worker, &TelemetryWorker::warning, m_window.get(), &MonitorWindow::showWarning);
    // The server's answer about loaded models wins over the process check in the watchdog.
    connect(
        m_window->loadedModels(), &LoadedModelsPanel::modelLoadedChanged, m_worker, &TelemetryWorker::setModelLoaded);
    m_thread.start();
    const int interval = r.intervalMs;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, interval] { worker->start(interval); }, Qt::QueuedConnection);
    m_window->watchOllama(r.ollamaUrl, std::max(interval, 1000));
}

MonitorSession::~MonitorSession()
{
    m_window->loadedModels()->stop();
    QMetaObject::invokeMethod(m_worker, &TelemetryWorker::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void MonitorSession::present()
{
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

} // namespace ogs::ui

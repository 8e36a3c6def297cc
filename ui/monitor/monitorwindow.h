#pragma once

#include "telemetry/processgpuscanner.h"
#include "telemetry/samplehistory.h"
#include "telemetry/stuckgpuwatchdog.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QTableWidget;
class QVBoxLayout;

namespace ogs::ui {

class GpuMonitorPanel;
class LoadedModelsPanel;

/// The live GPU monitor: per-GPU charts over the last hour, the processes holding each GPU,
/// the models Ollama has loaded, the stuck-GPU alert as a banner with its fix, pause, and
/// PNG/CSV export.
class MonitorWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MonitorWindow(QWidget *parent = nullptr, qint64 windowMs = 3600 * 1000);
    bool isPaused() const;
    const SampleHistory &history() const { return m_history; }
    GpuMonitorPanel *panel(const QString &gpuId) const;
    /// The models Ollama has loaded (GET /api/ps); its modelLoadedChanged feeds the watchdog.
    LoadedModelsPanel *loadedModels() const { return m_loadedModels; }
    /// Starts polling Ollama's /api/ps at `url` every `intervalMs`.
    void watchOllama(const QUrl &url, int intervalMs);
    /// Writes every kept sample as CSV. Returns false with *error on failure.
    bool exportCsv(const QString &path, QString *error) const;
    bool exportPng(const QString &path) const;

public slots:
    void addRound(qint64 timeMs, const QList<ogs::GpuSample> &gpus, const QList<ogs::StuckGpuAlert> &alerts,
                  const QList<ogs::ProcessGpuUsage> &processes);
    void showWarning(const QString &message);

private:
    void showAlerts(const QList<StuckGpuAlert> &alerts);
    void showProcesses(const QList<ProcessGpuUsage> &processes);
    void askExportCsv();
    void askExportPng();

    qint64 m_windowMs;
    SampleHistory m_history;
    QAction *m_pause;
    QLabel *m_banner;
    QLabel *m_status;
    QTableWidget *m_processes;
    LoadedModelsPanel *m_loadedModels;
    QVBoxLayout *m_panels;
    QList<GpuMonitorPanel *> m_panelList;
};

} // namespace ogs::ui

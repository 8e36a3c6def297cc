#include "monitorwindow.h"

#include "gpumonitorpanel.h"
#include "loadedmodelspanel.h"

#include "widgets/aboutbox.h"

#include <QAction>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QScrollArea>
#include <QStatusBar>
#include <QTableWidget>
#include <QTextStream>
#include <QToolBar>
#include <QVBoxLayout>

namespace ogs::ui {

namespace {

QString csvNumber(const std::optional<double> &v, int precision = 1)
{
    return v ? QString::number(*v, 'f', precision) : QString();
}

QString csvInt(const std::optional<qint64> &v)
{
    return v ? QString::number(*v) : QString();
}

QString csvQuoted(QString s)
{
    s.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + s + QLatin1Char('"');
}

/// As tall as `rows` rows (at least one, at most five), so the charts keep the space.
void fitRows(QTableWidget *table, int rows)
{
    rows = std::clamp(rows, 1, 5);
    table->setFixedHeight(table->horizontalHeader()->sizeHint().height()
        + rows * table->verticalHeader()->defaultSectionSize() + 2 * table->frameWidth() + 2);
}

} // namespace

MonitorWindow::MonitorWindow(QWidget *parent, qint64 windowMs)
    : QMainWindow(parent)
    , m_windowMs(windowMs)
    , m_history(static_cast<int>(std::max<qint64>(60, windowMs / 1000)))
    , m_banner(new QLabel(this))
    , m_status(new QLabel(this))
    , m_processes(new QTableWidget(0, 5, this))
    , m_loadedModels(new LoadedModelsPanel(this))
{
    setObjectName(QStringLiteral("monitorWindow"));
    setWindowTitle(tr("GPU Monitor — Ollama GPU Setup"));
    resize(1100, 800);

    QToolBar *bar = addToolBar(tr("Monitor"));
    bar->setObjectName(QStringLiteral("monitorToolBar"));
    m_pause = bar->addAction(tr("&Pause"));
    m_pause->setObjectName(QStringLiteral("pauseAction"));
    m_pause->setCheckable(true);
    m_pause->setShortcut(QKeySequence(Qt::Key_Space));
    m_pause->setToolTip(tr("Freeze the charts; samples are still recorded"));
    connect(m_pause, &QAction::toggled, this, [this](bool paused) {
        m_pause->setText(paused ? tr("&Resume") : tr("&Pause"));
        if (!paused && m_history.size() > 0) {
            for (GpuMonitorPanel *p : std::as_const(m_panelList))
                p->refresh(m_history.latest().timeMs);
        }
    });
    QAction *png = bar->addAction(tr("Export P&NG…"));
    png->setObjectName(QStringLiteral("exportPngAction"));
    connect(png, &QAction::triggered, this, &MonitorWindow::askExportPng);
    QAction *csv = bar->addAction(tr("Export &CSV…"));
    csv->setObjectName(QStringLiteral("exportCsvAction"));
    connect(csv, &QAction::triggered, this, &MonitorWindow::askExportCsv);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Ollama GPU Setup"));
    about->setObjectName(QStringLiteral("aboutAction"));
    connect(about, &QAction::triggered, this, [this] { showAboutBox(this); });

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_banner->setObjectName(QStringLiteral("stuckBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: #8b1e1e; color: white; padding: 10px; border-radius: 6px; }"));
    m_banner->setAccessibleName(tr("GPU stuck alert"));
    m_banner->hide();
    layout->addWidget(m_banner);

    auto *panelsHost = new QWidget(this);
    m_panels = new QVBoxLayout(panelsHost);
    m_panels->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(panelsHost);
    layout->addWidget(scroll, 1);

    m_processes->setObjectName(QStringLiteral("processTable"));
    m_processes->setAccessibleName(tr("Processes using the GPUs"));
    m_processes->setHorizontalHeaderLabels({ tr("GPU"), tr("PID"), tr("Process"), tr("VRAM"), tr("Engine busy") });
    m_processes->horizontalHeader()->setStretchLastSection(true);
    m_processes->verticalHeader()->hide();
    m_processes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    fitRows(m_processes, 1);
    layout->addWidget(m_loadedModels);
    layout->addWidget(new QLabel(tr("Processes using the GPUs:"), this));
    layout->addWidget(m_processes);
    setCentralWidget(central);
    m_status->setObjectName(QStringLiteral("statusText"));
    statusBar()->addWidget(m_status, 1);
    m_status->setText(tr("Waiting for the first sample…"));
}

bool MonitorWindow::isPaused() const
{
    return m_pause->isChecked();
}

void MonitorWindow::watchOllama(const QUrl &url, int intervalMs)
{
    m_loadedModels->setOllamaUrl(url);
    m_loadedModels->start(intervalMs);
}

GpuMonitorPanel *MonitorWindow::panel(const QString &gpuId) const
{
    return findChild<GpuMonitorPanel *>(QStringLiteral("gpuPanel_") + gpuId);
}

void MonitorWindow::addRound(qint64 timeMs, const QList<GpuSample> &gpus, const QList<StuckGpuAlert> &alerts,
    const QList<ProcessGpuUsage> &processes)
{
    m_history.append(timeMs, gpus);
    for (const GpuSample &s : gpus) {
        GpuMonitorPanel *p = panel(s.id);
        if (!p) {
            p = new GpuMonitorPanel(s.id, s.name, m_windowMs, this);
            m_panels->insertWidget(m_panels->count() - 1, p);
            m_panelList.append(p);
        }
        p->add(timeMs, s);
        if (!isPaused())
            p->refresh(timeMs);
    }
    showAlerts(alerts);
    if (!isPaused())
        showProcesses(processes);
    m_status->setText(gpus.isEmpty() ? tr("No GPU with live readings found.")
                                     : tr("%1, %2", "GPU count, samples kept")
                                           .arg(tr("%n GPU(s)", nullptr, static_cast<int>(gpus.size())),
                                               tr("%n sample(s) kept", nullptr, static_cast<int>(m_history.size()))));
}

void MonitorWindow::showWarning(const QString &message)
{
    statusBar()->showMessage(message, 10000);
}

void MonitorWindow::showAlerts(const QList<StuckGpuAlert> &alerts)
{
    if (alerts.isEmpty()) {
        m_banner->hide();
        return;
    }
    QString html;
    for (const StuckGpuAlert &a : alerts) {
        html += tr("<b>%1 is stuck busy</b> (%2).<br>%3<br><b>Fix:</b> %4")
                    .arg(a.gpuName.toHtmlEscaped(), a.evidence.join(QStringLiteral("; ")).toHtmlEscaped(),
                        a.explanation.toHtmlEscaped(), a.fixes.value(0).toHtmlEscaped());
    }
    m_banner->setText(html);
    m_banner->show();
}

void MonitorWindow::showProcesses(const QList<ProcessGpuUsage> &processes)
{
    m_processes->setRowCount(0);
    for (const ProcessGpuUsage &p : processes) {
        const int row = m_processes->rowCount();
        m_processes->insertRow(row);
        const QStringList cells { p.pciAddress, QString::number(p.pid), p.command,
            QStringLiteral("%1 MiB").arg(p.vramBytes / (1024 * 1024)),
            p.enginePercent ? QStringLiteral("%1 %").arg(*p.enginePercent, 0, 'f', 0) : QStringLiteral("–") };
        for (int c = 0; c < cells.size(); ++c)
            m_processes->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
    fitRows(m_processes, m_processes->rowCount());
}

bool MonitorWindow::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        *error = file.errorString();
        return false;
    }
    QTextStream out(&file);
    out << "t_ms,gpu_id,name,util_percent,util_reliable,vram_used_bytes,vram_total_bytes,gtt_used_bytes,sclk_mhz,power_"
           "w,temp_c\n";
    for (int i = 0; i < m_history.size(); ++i) {
        const SampleHistory::Round &r = m_history.at(i);
        for (const GpuSample &s : r.gpus) {
            out << r.timeMs << ',' << s.id << ',' << csvQuoted(s.name) << ',' << csvNumber(s.utilPercent) << ','
                << (s.utilReliable ? "true" : "false") << ',' << csvInt(s.vramUsedBytes) << ','
                << csvInt(s.vramTotalBytes) << ',' << csvInt(s.gttUsedBytes) << ','
                << (s.sclkMhz ? QString::number(*s.sclkMhz) : QString()) << ',' << csvNumber(s.powerW, 3) << ','
                << csvNumber(s.tempC) << '\n';
        }
    }
    out.flush();
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool MonitorWindow::exportPng(const QString &path) const
{
    return centralWidget()->grab().save(path, "PNG");
}

void MonitorWindow::askExportCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export samples as CSV"), QStringLiteral("gpu-monitor.csv"), tr("CSV files (*.csv)"));
    QString error;
    if (!path.isEmpty() && !exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export failed"), tr("Could not write %1: %2").arg(path, error));
}

void MonitorWindow::askExportPng()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export charts as PNG"), QStringLiteral("gpu-monitor.png"), tr("PNG images (*.png)"));
    if (!path.isEmpty() && !exportPng(path))
        QMessageBox::warning(this, tr("Export failed"), tr("Could not write %1.").arg(path));
}

} // namespace ogs::ui

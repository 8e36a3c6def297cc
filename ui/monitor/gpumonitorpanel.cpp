#include "gpumonitorpanel.h"

#include "charts/rollingchart.h"

#include <QGridLayout>

namespace ogs::ui {

namespace {
constexpr double GiB = 1024.0 * 1024 * 1024;
}

GpuMonitorPanel::GpuMonitorPanel(const QString &gpuId, const QString &name, qint64 windowMs, QWidget *parent)
    : QGroupBox(QStringLiteral("%1  (%2)").arg(name, gpuId), parent)
    , m_util(new RollingChart(tr("Utilisation"), tr("%"), windowMs, this))
    , m_vram(new RollingChart(tr("Memory"), tr("GiB"), windowMs, this))
    , m_clock(new RollingChart(tr("Core clock"), tr("MHz"), windowMs, this))
    , m_power(new RollingChart(tr("Power and temperature"), tr("W / °C"), windowMs, this))
{
    setObjectName(QStringLiteral("gpuPanel_") + gpuId);
    setAccessibleName(tr("GPU %1").arg(name));
    m_utilLine = m_util->addSeries(tr("busy"));
    m_util->setFixedRange(0, 100);
    m_vramLine = m_vram->addSeries(tr("VRAM used"));
    m_gttLine = m_vram->addSeries(tr("GTT used"));
    m_clockLine = m_clock->addSeries(tr("core clock"));
    m_powerLine = m_power->addSeries(tr("power (W)"));
    m_tempLine = m_power->addSeries(tr("temperature (°C)"));
    auto *grid = new QGridLayout(this);
    grid->addWidget(m_util, 0, 0);
    grid->addWidget(m_vram, 0, 1);
    grid->addWidget(m_clock, 1, 0);
    grid->addWidget(m_power, 1, 1);
}

void GpuMonitorPanel::add(qint64 timeMs, const GpuSample &s)
{
    if (s.utilPercent && s.utilReliable)
        m_util->append(m_utilLine, timeMs, *s.utilPercent);
    if (s.vramUsedBytes)
        m_vram->append(m_vramLine, timeMs, static_cast<double>(*s.vramUsedBytes) / GiB);
    if (s.gttUsedBytes)
        m_vram->append(m_gttLine, timeMs, static_cast<double>(*s.gttUsedBytes) / GiB);
    if (s.vramTotalBytes && !m_vramRangeSet) {
        // Not a fixed range: on an APU the GTT (system memory) use can exceed the VRAM carve-out.
        m_vram->setMinimumTop(static_cast<double>(*s.vramTotalBytes) / GiB);
        m_vramRangeSet = true;
    }
    if (s.sclkMhz)
        m_clock->append(m_clockLine, timeMs, *s.sclkMhz);
    if (s.powerW)
        m_power->append(m_powerLine, timeMs, *s.powerW);
    if (s.tempC)
        m_power->append(m_tempLine, timeMs, *s.tempC);
}

void GpuMonitorPanel::refresh(qint64 nowMs)
{
    for (RollingChart *chart : {m_util, m_vram, m_clock, m_power})
        chart->refresh(nowMs);
}

void GpuMonitorPanel::clear()
{
    for (RollingChart *chart : {m_util, m_vram, m_clock, m_power})
        chart->clear();
}

} // namespace ogs::ui

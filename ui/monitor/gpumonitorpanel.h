#pragma once

#include "telemetry/gpusample.h"

#include <QGroupBox>

namespace ogs::ui {

class RollingChart;

/// One GPU's live charts: utilisation, VRAM, clock, power and temperature.
class GpuMonitorPanel final : public QGroupBox {
    Q_OBJECT
public:
    GpuMonitorPanel(const QString &gpuId, const QString &name, qint64 windowMs, QWidget *parent = nullptr);
    void add(qint64 timeMs, const GpuSample &sample);
    void refresh(qint64 nowMs);
    void clear();
    RollingChart *utilisationChart() const { return m_util; }
    RollingChart *memoryChart() const { return m_vram; }

private:
    RollingChart *m_util;
    RollingChart *m_vram;
    RollingChart *m_clock;
    RollingChart *m_power;
    int m_utilLine, m_vramLine, m_gttLine, m_clockLine, m_powerLine, m_tempLine;
    bool m_vramRangeSet = false;
};

} // namespace ogs::ui

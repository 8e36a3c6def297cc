#pragma once

#include "decimatedseries.h"

#include <QChartView>

#include <vector>

class QLineSeries;
class QValueAxis;

namespace ogs::ui {

/// A live line chart over a sliding time window. Each series is a DecimatedSeries pushed to
/// the chart with QXYSeries::replace(), so the cost of an update does not grow with history.
class RollingChart final : public QChartView {
    Q_OBJECT
public:
    RollingChart(const QString &title, const QString &unit, qint64 windowMs, QWidget *parent = nullptr);
    int addSeries(const QString &name);
    void append(int series, qint64 timeMs, double value);
    /// Pushes the decimated points of every series to the chart and slides the x axis to `nowMs`.
    void refresh(qint64 nowMs);
    /// Fixed y range (e.g. 0–100 %); without it the range follows the data.
    void setFixedRange(double min, double max);
    /// The automatic range reaches at least up to `top` (e.g. the card's VRAM size).
    void setMinimumTop(double top);
    int pointCount(int series) const;
    void clear();

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Light or dark chart theme, following the application palette.
    void followPalette();

    struct Line {
        QLineSeries *series;
        DecimatedSeries data;
    };
    std::vector<Line> m_lines;
    QValueAxis *m_x;
    QValueAxis *m_y;
    qint64 m_windowMs;
    bool m_fixedRange = false;
    double m_minimumTop = 0;
};

} // namespace ogs::ui

#include "rollingchart.h"

#include <QChart>
#include <QEvent>
#include <QLineSeries>
#include <QValueAxis>

namespace ogs::ui {

namespace {
constexpr int kBuckets = 360; ///< ≤ 1440 points per line on screen, whatever the window
}

RollingChart::RollingChart(const QString &title, const QString &unit, qint64 windowMs, QWidget *parent)
    : QChartView(parent)
    , m_x(new QValueAxis(this))
    , m_y(new QValueAxis(this))
    , m_windowMs(windowMs)
{
    auto *chart = new QChart();
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation); // animations would stutter at 1 Hz
    m_x->setLabelFormat(QStringLiteral("%.0f s"));
    m_x->setTruncateLabels(false);
    m_y->setTruncateLabels(false);
    m_y->setTitleText(unit);
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    QChart *made = this->chart();
    setChart(chart);
    delete made; // setChart() releases the view's own default chart without deleting it
    followPalette();
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(230);
    setAccessibleName(title);
}

void RollingChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        followPalette();
}

void RollingChart::followPalette()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QChart::ChartTheme theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (chart()->theme() != theme) {
        chart()->setTheme(theme);
        chart()->setMargins(QMargins(4, 4, 4, 4));
    }
    chart()->setBackgroundBrush(palette().color(QPalette::Base));
    chart()->setTitleBrush(palette().color(QPalette::Text));
    setBackgroundBrush(palette().color(QPalette::Window));
}

int RollingChart::addSeries(const QString &name)
{
    auto *series = new QLineSeries(this);
    series->setName(name);
    series->setUseOpenGL(false);
    chart()->addSeries(series);
    series->attachAxis(m_x);
    series->attachAxis(m_y);
    m_lines.push_back(Line{series, DecimatedSeries(m_windowMs, kBuckets)});
    chart()->legend()->setVisible(m_lines.size() > 1);
    return static_cast<int>(m_lines.size()) - 1;
}

void RollingChart::append(int series, qint64 timeMs, double value)
{
    m_lines.at(static_cast<size_t>(series)).data.append(timeMs, value);
}

void RollingChart::setMinimumTop(double top)
{
    m_minimumTop = top;
}

void RollingChart::setFixedRange(double min, double max)
{
    m_fixedRange = true;
    m_y->setRange(min, max);
}

int RollingChart::pointCount(int series) const
{
    return static_cast<int>(m_lines.at(static_cast<size_t>(series)).series->count());
}

void RollingChart::clear()
{
    for (Line &line : m_lines) {
        line.data.clear();
        line.series->clear();
    }
}

void RollingChart::refresh(qint64 nowMs)
{
    double lo = 0, hi = 1;
    bool any = false;
    for (Line &line : m_lines) {
        const QList<QPointF> points = line.data.points();
        line.series->replace(points);
        for (const QPointF &p : points) {
            lo = any ? std::min(lo, p.y()) : p.y();
            hi = any ? std::max(hi, p.y()) : p.y();
            any = true;
        }
    }
    const double now = static_cast<double>(nowMs) / 1000.0;
    const double from = std::max(0.0, now - static_cast<double>(m_windowMs) / 1000.0);
    const double to = std::max(now, 1.0);
    m_x->setRange(from, to);
    m_x->setLabelFormat(to - from < 10 ? QStringLiteral("%.1f s") : QStringLiteral("%.0f s"));
    if (!m_fixedRange && any) {
        // Every quantity here (%, GiB, MHz, W, °C) reads best from zero.
        hi = std::max(hi, m_minimumTop);
        m_y->setRange(std::min(0.0, lo), hi + std::max(hi * 0.08, 0.1));
    }
    m_y->setLabelFormat(m_y->max() - m_y->min() < 5 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
}

} // namespace ogs::ui

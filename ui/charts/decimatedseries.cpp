#include "decimatedseries.h"

namespace ogs::ui {

DecimatedSeries::DecimatedSeries(qint64 windowMs, int buckets)
    : m_windowMs(std::max<qint64>(1, windowMs))
    , m_bucketMs(std::max<qint64>(1, m_windowMs / std::max(1, buckets)))
{
}

void DecimatedSeries::append(qint64 timeMs, double value)
{
    if (!m_buckets.empty() && timeMs < m_buckets.back().lastT)
        return;
    const qint64 index = timeMs / m_bucketMs;
    if (m_buckets.empty() || m_buckets.back().index != index) {
        m_buckets.push_back(Bucket{index, timeMs, timeMs, timeMs, timeMs, value, value, value, value});
    } else {
        Bucket &b = m_buckets.back();
        b.last = value;
        if (value < b.min) {
            b.min = value;
            b.minT = timeMs;
        }
        if (value > b.max) {
            b.max = value;
            b.maxT = timeMs;
        }
        b.lastT = timeMs;
    }
    while (!m_buckets.empty() && m_buckets.front().index * m_bucketMs < timeMs - m_windowMs)
        m_buckets.pop_front();
}

QList<QPointF> DecimatedSeries::points() const
{
    QList<QPointF> out;
    out.reserve(static_cast<qsizetype>(m_buckets.size()) * 4);
    for (const Bucket &b : m_buckets) {
        // In time order, so the line goes through the dip and the peak as they happened.
        std::pair<qint64, double> pts[4] = {{b.firstT, b.first}, {b.minT, b.min}, {b.maxT, b.max}, {b.lastT, b.last}};
        std::sort(std::begin(pts), std::end(pts), [](const auto &x, const auto &y) { return x.first < y.first; });
        for (int i = 0; i < 4; ++i) {
            if (i > 0 && pts[i].first == pts[i - 1].first)
                continue;
            out.append(QPointF(static_cast<double>(pts[i].first) / 1000.0, pts[i].second));
        }
    }
    return out;
}

} // namespace ogs::ui

#pragma once

#include <QList>
#include <QPointF>

#include <deque>

namespace ogs::ui {

/// A time series for display over a fixed window (e.g. one hour), kept as min/max buckets so
/// that appending is O(1) and the points handed to a chart are bounded (≤ 2 per bucket) however
/// long the history. Peaks survive decimation: each bucket keeps its first, lowest, highest and
/// last value (≤ 4 points per bucket), so a flat line still draws as a line.
class DecimatedSeries final {
public:
    DecimatedSeries(qint64 windowMs, int buckets);
    /// Appends a reading; times must not go backwards (older ones are ignored).
    void append(qint64 timeMs, double value);
    /// Points for the chart, x in seconds, oldest first.
    QList<QPointF> points() const;
    int bucketCount() const { return static_cast<int>(m_buckets.size()); }
    void clear() { m_buckets.clear(); }
    qint64 bucketMs() const { return m_bucketMs; }

private:
    struct Bucket {
        qint64 index = 0; ///< time / bucketMs
        qint64 firstT = 0, minT = 0, maxT = 0, lastT = 0;
        double first = 0, min = 0, max = 0, last = 0;
    };
    qint64 m_windowMs;
    qint64 m_bucketMs;
    std::deque<Bucket> m_buckets;
};

} // namespace ogs::ui

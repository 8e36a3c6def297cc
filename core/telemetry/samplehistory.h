#pragma once

#include "gpusample.h"

#include <QList>

#include <vector>

namespace ogs {

/// A bounded ring of timestamped sample rounds (default: one hour at 1 Hz). The charts read it;
/// memory stays constant however long the monitor runs.
class SampleHistory final {
public:
    struct Round {
        qint64 timeMs = 0;
        QList<GpuSample> gpus;
    };
    explicit SampleHistory(int capacity = 3600);
    void append(qint64 timeMs, QList<GpuSample> gpus);
    int size() const { return m_size; }
    int capacity() const { return static_cast<int>(m_rounds.size()); }
    /// i = 0 is the oldest round kept.
    const Round &at(int i) const;
    const Round &latest() const { return at(m_size - 1); }
    void clear();

private:
    std::vector<Round> m_rounds;
    int m_head = 0; ///< index of the oldest round
    int m_size = 0;
};

} // namespace ogs

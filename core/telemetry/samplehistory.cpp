#include "samplehistory.h"

namespace ogs {

SampleHistory::SampleHistory(int capacity)
    : m_rounds(static_cast<size_t>(std::max(1, capacity)))
{
}

void SampleHistory::append(qint64 timeMs, QList<GpuSample> gpus)
{
    const int cap = capacity();
    const int slot = (m_head + m_size) % cap;
    m_rounds[static_cast<size_t>(slot)] = Round{timeMs, std::move(gpus)};
    if (m_size < cap)
        ++m_size;
    else
        m_head = (m_head + 1) % cap;
}

const SampleHistory::Round &SampleHistory::at(int i) const
{
    Q_ASSERT(i >= 0 && i < m_size);
    return m_rounds[static_cast<size_t>((m_head + i) % capacity())];
}

void SampleHistory::clear()
{
    m_head = 0;
    m_size = 0;
}

} // namespace ogs

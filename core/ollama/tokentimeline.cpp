#include "tokentimeline.h"

namespace ogs {

TokenTimeline::TokenTimeline(int window)
    : m_window(window < 2 ? 2 : window)
{
}

RateSample TokenTimeline::addChunk(qint64 tNs, int tokens)
{
    RateSample r { tNs, 0, 0 };
    if (tokens <= 0)
        return r;
    if (!m_chunks.isEmpty()) {
        const qint64 gap = tNs - m_chunks.last().tNs;
        r.instant = gap > 0 ? tokens * 1e9 / static_cast<double>(gap) : 0;
    }
    m_chunks.append({ tNs, tokens });
    const qsizetype first = m_chunks.size() > m_window ? m_chunks.size() - m_window : 0;
    const qint64 span = tNs - m_chunks.at(first).tNs;
    int windowTokens = 0;
    for (qsizetype i = first + 1; i < m_chunks.size(); ++i)
        windowTokens += m_chunks.at(i).tokens;
    r.smoothed = span > 0 ? windowTokens * 1e9 / static_cast<double>(span) : r.instant;
    m_rates.append(r);
    return r;
}

int TokenTimeline::tokenCount() const
{
    int n = 0;
    for (const ChunkSample &c : m_chunks)
        n += c.tokens;
    return n;
}

std::optional<double> TokenTimeline::ttftMs() const
{
    if (m_chunks.isEmpty())
        return std::nullopt;
    return static_cast<double>(m_chunks.first().tNs) / 1e6;
}

std::optional<double> TokenTimeline::tokensPerSecond() const
{
    if (m_chunks.size() < 2)
        return std::nullopt;
    const qint64 span = m_chunks.last().tNs - m_chunks.first().tNs;
    if (span <= 0)
        return std::nullopt;
    return (tokenCount() - m_chunks.first().tokens) * 1e9 / static_cast<double>(span);
}

} // namespace ogs

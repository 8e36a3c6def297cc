#pragma once

#include <QList>

#include <optional>

namespace ogs {

/// When a streamed chunk arrived (ns since the request was sent) and how many tokens it carried.
struct ChunkSample {
    qint64 tNs = 0;
    int tokens = 0;
};

/// Live rate at one chunk: instantaneous (this chunk over the gap before it) and smoothed (sliding window).
struct RateSample {
    qint64 tNs = 0;
    double instant = 0;
    double smoothed = 0;
};

/// The client's own measurements of one generation, from per-chunk arrival times.
class TokenTimeline final {
public:
    /// `window`: how many recent chunks the smoothed rate spans.
    explicit TokenTimeline(int window = 8);

    /// Records a chunk; chunks without tokens (the final object) only advance the clock. Returns the live rate.
    RateSample addChunk(qint64 tNs, int tokens);
    const QList<ChunkSample> &chunks() const { return m_chunks; }
    const QList<RateSample> &rates() const { return m_rates; }
    int tokenCount() const;
    /// Time to first token in milliseconds.
    std::optional<double> ttftMs() const;
    /// Generation rate the client saw: tokens after the first / (last token time − first token time).
    std::optional<double> tokensPerSecond() const;

private:
    QList<ChunkSample> m_chunks; ///< token-carrying chunks only
    QList<RateSample> m_rates;
    int m_window;
};

} // namespace ogs

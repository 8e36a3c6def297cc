#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <functional>

namespace ogs {

/// The tolerant reader: turns text as people hand it over (a journal, a server.log, or a paste from a
/// bug report or chat) into one string per Ollama record. Per physical line it removes CR, ANSI colour
/// codes and other control characters, journald prefixes ("Apr 27 12:49:01 host ollama[2470]:"), markdown
/// (`**`, backticks, `>` quotes, list bullets, code fences); it splits a line at every `time=` / `level=` /
/// "2025/01/31 19:56:25 file.go:1:" boundary (records run together), and joins a line that the page
/// wrapped (an open quote, or a continuation that starts with `key=`) to the record it belongs to.
/// Text before the first boundary on a line is kept as a record of its own: a bare `msg=…` fragment, a
/// `key=value` run or a llama.cpp/`ollama ps` line, with whatever prose surrounds it.
///
/// Streaming and linear: feed lines one at a time (a 200 MB log need not be in memory at once); every
/// character is looked at a bounded number of times. A record longer than kMaxRecordChars is cut there.
class LogReader {
public:
    using Sink = std::function<void(const QString &record)>;
    static constexpr qsizetype kMaxRecordChars = 64 * 1024;

    explicit LogReader(Sink sink)
        : m_sink(std::move(sink))
    {
    }
    /// One physical line, without its '\n' (a trailing '\r' is fine).
    void feedLine(QStringView line);
    /// Flushes the record still open; call once after the last line.
    void finish();
    /// Lines that carried a journald prefix (a Linux systemd journal).
    qsizetype journaldLines() const { return m_journaldLines; }

private:
    void emitPending();
    void startPending(const QString &segment);

    Sink m_sink;
    QString m_pending; ///< the last record of the previous line, open for a wrapped continuation
    bool m_pendingOpenQuote = false; ///< kept as records grow, so joining stays linear
    qsizetype m_journaldLines = 0;
};

/// Convenience: every record of `text`, in order.
QStringList readLogRecords(QStringView text);
/// The cleaned line (CR, ANSI, control characters, journald prefix and markdown removed), exposed for tests.
QString cleanLogLine(QStringView line, bool *hadJournaldPrefix = nullptr);

} // namespace ogs

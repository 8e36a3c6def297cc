#pragma once

#include <QByteArray>
#include <QList>

namespace ogs {

/// Splits a byte stream into newline-terminated lines, whatever the chunk boundaries are.
/// Lines longer than the cap put the splitter into an overflow state instead of growing without bound.
class NdjsonSplitter final {
public:
    explicit NdjsonSplitter(qsizetype maxLineBytes = 1024 * 1024);

    /// Appends bytes and returns every line completed by them (without "\n" or "\r\n"; empty lines dropped).
    /// Returns nothing more once overflowed() is true.
    QList<QByteArray> feed(const QByteArray &bytes);
    /// The bytes after the last newline (a final line without a newline), then resets the buffer.
    QByteArray takeRemainder();
    /// True when a line exceeded the cap; the stream must be abandoned.
    bool overflowed() const { return m_overflowed; }
    qsizetype maxLineBytes() const { return m_maxLineBytes; }
    qsizetype pendingBytes() const { return m_buffer.size(); }

private:
    QByteArray m_buffer;
    qsizetype m_maxLineBytes;
    bool m_overflowed = false;
};

} // namespace ogs

#include "ndjsonsplitter.h"

namespace ogs {

NdjsonSplitter::NdjsonSplitter(qsizetype maxLineBytes)
    : m_maxLineBytes(maxLineBytes)
{
}

QList<QByteArray> NdjsonSplitter::feed(const QByteArray &bytes)
{
    QList<QByteArray> lines;
    if (m_overflowed)
        return lines;
    qsizetype start = 0;
    while (start < bytes.size()) {
        const qsizetype nl = bytes.indexOf('\n', start);
        if (nl < 0) {
            m_buffer.append(bytes.constData() + start, bytes.size() - start);
            break;
        }
        m_buffer.append(bytes.constData() + start, nl - start);
        start = nl + 1;
        if (m_buffer.endsWith('\r'))
            m_buffer.chop(1);
        if (m_buffer.size() > m_maxLineBytes) {
            m_overflowed = true;
            m_buffer.clear();
            return lines;
        }
        if (!m_buffer.trimmed().isEmpty())
            lines.append(m_buffer);
        m_buffer.clear();
    }
    if (m_buffer.size() > m_maxLineBytes) {
        m_overflowed = true;
        m_buffer.clear();
    }
    return lines;
}

QByteArray NdjsonSplitter::takeRemainder()
{
    QByteArray rest = m_buffer;
    m_buffer.clear();
    if (rest.endsWith('\r'))
        rest.chop(1);
    return rest;
}

} // namespace ogs

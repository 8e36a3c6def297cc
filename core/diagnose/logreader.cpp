#include "logreader.h"

#include <QRegularExpression>

namespace ogs {

namespace {

/// Removes CR, ANSI escape sequences (colours), a BOM and other control characters (a tab stays).
QString stripControls(QStringView line)
{
    QString out;
    out.reserve(line.size());
    const qsizetype n = line.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = line.at(i).unicode();
        if (c == 0x1b) { // ESC [ params final, or ESC + one character
            if (i + 1 < n && line.at(i + 1) == QLatin1Char('[')) {
                i += 2;
                while (i < n && (line.at(i).unicode() < 0x40 || line.at(i).unicode() > 0x7e))
                    ++i;
            } else {
                ++i;
            }
            continue;
        }
        if (c == u'\r' || c == 0xfeff)
            continue;
        if (c == u'\t' || c == 0xa0)
            out += QLatin1Char(' ');
        else if (c < 0x20 || c == 0x7f)
            out += QLatin1Char(' ');
        else
            out += QChar(c);
    }
    return out;
}

/// "Apr 27 12:49:01 host ollama[2470]: " and "2026-04-27T12:49:01+0200 host ollama[2470]: " (journalctl).
const QRegularExpression &journaldPrefix()
{
    static const QRegularExpression re(QStringLiteral(
        "^(?:[A-Z][a-z]{2} {1,2}\\d{1,2} \\d\\d:\\d\\d:\\d\\d|\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\S*) \\S+ "
        "[^\\s\\[:]+(?:\\[\\d+\\])?: "));
    return re;
}

/// Quote marks, list bullets and numbered items in front of a pasted line.
QString stripLeadingMarkdown(QString s)
{
    static const QRegularExpression lead(QStringLiteral("^\\s*(?:>+|[-*+\\x{2022}](?=\\s)|\\d{1,3}[.)](?=\\s))\\s*"));
    for (int round = 0; round < 6; ++round) {
        const auto m = lead.match(s);
        if (!m.hasMatch() || m.capturedLength() == 0)
            break;
        s.remove(0, m.capturedLength());
    }
    return s;
}

/// Where records start: slog's `time=` (or `level=` without time), the pre-0.1 "2025/01/31 19:56:25 " date,
/// and a second `msg=` in a prefix-less run of fragments.
const QRegularExpression &boundary()
{
    static const QRegularExpression re(QStringLiteral(
        "(?:^|(?<=[\\s(\\[{,;|]))(time=\\d{4}-\\d\\d-\\d\\d|level=(?:TRACE|DEBUG|INFO|WARN|WARNING|ERROR)\\b|"
        "\\d{4}/\\d\\d/\\d\\d \\d\\d:\\d\\d:\\d\\d \\S+\\.go:\\d+:|msg=)"));
    return re;
}

bool startsWithKey(const QString &s)
{
    static const QRegularExpression key(QStringLiteral("^[a-z_][a-z0-9_.]*=(?!=)"));
    return key.match(s).hasMatch();
}

/// Quotes not preceded by a backslash; odd means a quoted value is still open (the page wrapped it).
bool oddQuotes(QStringView s)
{
    int count = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i) == QLatin1Char('"') && (i == 0 || s.at(i - 1) != QLatin1Char('\\')))
            ++count;
    }
    return count % 2 == 1;
}

/// Splits a cleaned line at record boundaries.
QStringList splitRecords(const QString &line)
{
    QStringList out;
    qsizetype start = 0;
    bool segmentIsTime = false;
    bool segmentHasMsg = false;
    auto it = boundary().globalMatch(line);
    while (it.hasNext()) {
        const auto m = it.next();
        const QStringView token = m.capturedView(1);
        const qsizetype at = m.capturedStart(1);
        const bool isMsg = token.startsWith(u"msg=");
        const bool isLevel = token.startsWith(u"level=");
        bool split = true;
        if (isMsg) {
            split = segmentHasMsg; // a record's own msg= is no boundary; a second one is
            segmentHasMsg = true;
        } else if (isLevel && segmentIsTime && !QStringView(line).mid(start, at - start).trimmed().contains(u' ')) {
            split = false; // "time=… level=…": the same record
        }
        if (!split || at == start) {
            if (at == start)
                segmentIsTime = token.startsWith(u"time=");
            continue;
        }
        out << line.mid(start, at - start).trimmed();
        start = at;
        segmentIsTime = token.startsWith(u"time=");
        segmentHasMsg = isMsg;
    }
    out << line.mid(start).trimmed();
    out.removeAll(QString());
    return out;
}

} // namespace

QString cleanLogLine(QStringView raw, bool *hadJournaldPrefix)
{
    QString s = stripControls(raw).trimmed();
    const auto journald = journaldPrefix().match(s);
    if (journald.hasMatch())
        s.remove(0, journald.capturedLength());
    if (hadJournaldPrefix)
        *hadJournaldPrefix = journald.hasMatch();
    s = stripLeadingMarkdown(s);
    s.remove(QStringLiteral("**"));
    s.remove(QLatin1Char('`')); // inline code and ``` fences alike
    return s.trimmed();
}

void LogReader::emitPending()
{
    if (!m_pending.isEmpty())
        m_sink(m_pending);
    m_pending.clear();
}

void LogReader::startPending(const QString &segment)
{
    m_pending = segment.left(kMaxRecordChars);
    m_pendingOpenQuote = oddQuotes(m_pending);
}

void LogReader::feedLine(QStringView raw)
{
    // A line too long for any record is cut before cleaning, so a 10 MB line costs what 64 KiB costs.
    bool journald = false;
    const QString line = cleanLogLine(raw.left(kMaxRecordChars * 16), &journald);
    m_journaldLines += journald ? 1 : 0;
    if (line.isEmpty()) {
        emitPending();
        return;
    }
    QStringList segments = splitRecords(line);
    if (segments.isEmpty())
        return;
    const bool startsRecord = boundary().match(line).capturedStart(1) == 0;
    const bool continuation = !m_pending.isEmpty() && !startsRecord
        && (m_pendingOpenQuote || (startsWithKey(line) && m_pending.contains(QLatin1Char('='))));
    if (continuation && m_pending.size() < kMaxRecordChars) {
        const QString more = segments.takeFirst();
        m_pendingOpenQuote = m_pendingOpenQuote != oddQuotes(more);
        m_pending = QString(m_pending + QLatin1Char(' ') + more).left(kMaxRecordChars);
        if (segments.isEmpty())
            return;
    }
    emitPending();
    for (qsizetype i = 0; i + 1 < segments.size(); ++i)
        m_sink(segments.at(i).left(kMaxRecordChars));
    startPending(segments.constLast());
}

void LogReader::finish()
{
    emitPending();
}

QStringList readLogRecords(QStringView text)
{
    QStringList records;
    LogReader reader([&records](const QString &r) { records << r; });
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = text.size();
        reader.feedLine(text.mid(start, end - start));
        start = end + 1;
    }
    reader.finish();
    return records;
}

} // namespace ogs

#include "unifieddiff.h"

#include "markedblock.h"

#include <QList>

#include <vector>

namespace ogs {

namespace {

enum class Op { Keep, Remove, Add };

struct Edit {
    Op op;
    int oldIndex; ///< index into old lines (Keep, Remove)
    int newIndex; ///< index into new lines (Keep, Add)
};

/// Longest-common-subsequence edit script of the middle part (after trimming the common
/// prefix and suffix). Falls back to "remove all, add all" when the middle is huge.
QList<Edit> editScript(const QList<QByteArray> &a, const QList<QByteArray> &b)
{
    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix))
        ++prefix;
    int suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;
    const int n = static_cast<int>(a.size()) - prefix - suffix;
    const int m = static_cast<int>(b.size()) - prefix - suffix;

    QList<Edit> edits;
    for (int i = 0; i < prefix; ++i)
        edits.append({Op::Keep, i, i});
    if (static_cast<qint64>(n) * m <= 4'000'000) {
        std::vector<int> lcs(static_cast<size_t>(n + 1) * static_cast<size_t>(m + 1), 0);
        auto at = [&](int i, int j) -> int & { return lcs[static_cast<size_t>(i) * static_cast<size_t>(m + 1) + static_cast<size_t>(j)]; };
        for (int i = n - 1; i >= 0; --i)
            for (int j = m - 1; j >= 0; --j)
                at(i, j) = a.at(prefix + i) == b.at(prefix + j) ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
        int i = 0, j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.at(prefix + i) == b.at(prefix + j)) {
                edits.append({Op::Keep, prefix + i, prefix + j});
                ++i;
                ++j;
            } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
                edits.append({Op::Remove, prefix + i, -1}); // removals first, as diff -u prints them
                ++i;
            } else {
                edits.append({Op::Add, -1, prefix + j});
                ++j;
            }
        }
    } else {
        for (int i = 0; i < n; ++i)
            edits.append({Op::Remove, prefix + i, -1});
        for (int j = 0; j < m; ++j)
            edits.append({Op::Add, -1, prefix + j});
    }
    for (int k = 0; k < suffix; ++k)
        edits.append({Op::Keep, static_cast<int>(a.size()) - suffix + k, static_cast<int>(b.size()) - suffix + k});
    return edits;
}

QString printable(const QByteArray &line, bool *missingNewline)
{
    QByteArray text = line;
    *missingNewline = !text.endsWith('\n');
    if (text.endsWith('\n'))
        text.chop(1);
    if (text.endsWith('\r'))
        text.chop(1);
    return QString::fromUtf8(text);
}

QString range(int start, int count)
{
    // diff -u: "l,s"; a one-line range drops ",1"; an empty range names the line before it.
    if (count == 1)
        return QString::number(start + 1);
    return QStringLiteral("%1,%2").arg(count == 0 ? start : start + 1).arg(count);
}

} // namespace

QString unifiedDiff(const QByteArray &before, const QByteArray &after, const QString &fromLabel,
                    const QString &toLabel, bool existedBefore, bool existsAfter)
{
    if (before == after && existedBefore == existsAfter)
        return {};
    const QList<QByteArray> a = splitLinesKeepEnds(before);
    const QList<QByteArray> b = splitLinesKeepEnds(after);
    const QList<Edit> edits = editScript(a, b);

    QString out = QStringLiteral("--- %1\n+++ %2\n")
                      .arg(existedBefore ? fromLabel : QStringLiteral("/dev/null"),
                           existsAfter ? toLabel : QStringLiteral("/dev/null"));
    constexpr int context = 3;
    int k = 0;
    while (k < edits.size()) {
        if (edits.at(k).op == Op::Keep) {
            ++k;
            continue;
        }
        // A hunk: from `context` keeps before the change to `context` keeps after the last
        // change that is no more than 2*context keeps away from the previous one.
        int first = k;
        int back = 0;
        while (first > 0 && edits.at(first - 1).op == Op::Keep && back < context) {
            --first;
            ++back;
        }
        int last = k;
        int scan = k;
        while (scan < edits.size()) {
            if (edits.at(scan).op != Op::Keep) {
                last = scan;
                ++scan;
                continue;
            }
            int run = 0;
            while (scan + run < edits.size() && edits.at(scan + run).op == Op::Keep)
                ++run;
            if (scan + run >= edits.size() || run > 2 * context)
                break;
            scan += run;
        }
        int end = last + 1;
        int ahead = 0;
        while (end < edits.size() && edits.at(end).op == Op::Keep && ahead < context) {
            ++end;
            ++ahead;
        }
        int oldStart = -1, newStart = -1, oldCount = 0, newCount = 0;
        QString body;
        for (int e = first; e < end; ++e) {
            const Edit &ed = edits.at(e);
            bool missing = false;
            if (ed.op != Op::Add) {
                if (oldStart < 0)
                    oldStart = ed.oldIndex;
                ++oldCount;
            }
            if (ed.op != Op::Remove) {
                if (newStart < 0)
                    newStart = ed.newIndex;
                ++newCount;
            }
            const QByteArray &line = ed.op == Op::Add ? b.at(ed.newIndex) : a.at(ed.oldIndex);
            const QChar mark = ed.op == Op::Keep ? QLatin1Char(' ') : ed.op == Op::Add ? QLatin1Char('+') : QLatin1Char('-');
            body += mark + printable(line, &missing) + QLatin1Char('\n');
            if (missing)
                body += QStringLiteral("\\ No newline at end of file\n");
        }
        // Where an empty side starts: the position of the first edit in that file.
        if (oldStart < 0) {
            oldStart = 0;
            for (int e = first; e >= 0; --e) {
                if (edits.at(e).oldIndex >= 0) {
                    oldStart = edits.at(e).oldIndex + 1;
                    break;
                }
            }
        }
        if (newStart < 0) {
            newStart = 0;
            for (int e = first; e >= 0; --e) {
                if (edits.at(e).newIndex >= 0) {
                    newStart = edits.at(e).newIndex + 1;
                    break;
                }
            }
        }
        out += QStringLiteral("@@ -%1 +%2 @@\n").arg(range(oldStart, oldCount), range(newStart, newCount)) + body;
        k = end;
    }
    return out;
}

} // namespace ogs

#include "markedblock.h"

#include "common/coretext.h"

namespace ogs {

namespace {

QByteArray stripEnd(QByteArray line)
{
    while (!line.isEmpty() && (line.endsWith('\n') || line.endsWith('\r') || line.endsWith(' ') || line.endsWith('\t')))
        line.chop(1);
    return line;
}

QByteArray terminatorOf(const QByteArray &line)
{
    if (line.endsWith("\r\n"))
        return QByteArrayLiteral("\r\n");
    if (line.endsWith('\n'))
        return QByteArrayLiteral("\n");
    return {};
}

QByteArray fileEol(const QList<QByteArray> &lines)
{
    for (const QByteArray &line : lines) {
        const QByteArray t = terminatorOf(line);
        if (!t.isEmpty())
            return t;
    }
    return QByteArrayLiteral("\n");
}

QByteArray headerComment()
{
    return QByteArrayLiteral(
        "# Managed by ollama-gpu-setup: change it with `ollama-gpu-setup env`, or delete the whole block.");
}

} // namespace

QList<QByteArray> splitLinesKeepEnds(const QByteArray &bytes)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    while (start < bytes.size()) {
        const qsizetype nl = bytes.indexOf('\n', start);
        if (nl < 0) {
            lines << bytes.mid(start);
            break;
        }
        lines << bytes.mid(start, nl - start + 1);
        start = nl + 1;
    }
    return lines;
}

BlockScan scanBlock(EnvTarget target, const QByteArray &bytes, const QString &path)
{
    BlockScan scan;
    const QList<QByteArray> lines = splitLinesKeepEnds(bytes);
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray text = stripEnd(lines.at(i));
        if (text == blockStartMarker()) {
            if (scan.startLine >= 0) {
                scan.error
                    = EnvText::tr("%1: a second ollama-gpu-setup block starts at line %2 (the first at line %3); "
                                  "remove one by hand")
                          .arg(path)
                          .arg(i + 1)
                          .arg(scan.startLine + 1);
                return scan;
            }
            scan.startLine = i;
        } else if (text == blockEndMarker()) {
            if (scan.startLine < 0 || scan.endLine >= 0) {
                scan.error = EnvText::tr("%1: line %2 ends an ollama-gpu-setup block that was never started; "
                                         "fix the markers by hand")
                                 .arg(path)
                                 .arg(i + 1);
                return scan;
            }
            scan.endLine = i;
        }
    }
    if (scan.startLine >= 0 && scan.endLine < 0) {
        scan.error = EnvText::tr("%1: the ollama-gpu-setup block starting at line %2 has no end marker (%3); "
                                 "fix it by hand")
                         .arg(path)
                         .arg(scan.startLine + 1)
                         .arg(QString::fromUtf8(blockEndMarker()));
        return scan;
    }
    scan.hasBlock = scan.startLine >= 0;
    if (!scan.hasBlock)
        return scan;
    for (int i = scan.startLine + 1; i < scan.endLine; ++i) {
        const QByteArray text = stripEnd(lines.at(i));
        if (text.trimmed().isEmpty() || text.trimmed().startsWith('#'))
            continue;
        if (target == EnvTarget::Systemd && text.trimmed() == "[Service]")
            continue;
        const auto kv = parseAssignment(target, text);
        if (!kv) {
            scan.error = EnvText::tr("%1: line %2 inside the ollama-gpu-setup block was edited by hand and is not "
                                     "understood: %3")
                             .arg(path)
                             .arg(i + 1)
                             .arg(QString::fromUtf8(text));
            return scan;
        }
        bool replaced = false;
        for (EnvAssignment &a : scan.values) {
            if (a.first == kv->first) {
                a.second = kv->second;
                replaced = true;
            }
        }
        if (!replaced)
            scan.values << *kv;
    }
    return scan;
}

QList<int> linesSettingKeyOutsideBlock(EnvTarget target, const QByteArray &bytes, const QString &key)
{
    const BlockScan scan = scanBlock(target, bytes, QString());
    const QList<QByteArray> lines = splitLinesKeepEnds(bytes);
    QList<int> hits;
    for (int i = 0; i < lines.size(); ++i) {
        if (scan.hasBlock && i >= scan.startLine && i <= scan.endLine)
            continue;
        if (lineSetsKey(target, stripEnd(lines.at(i)), key))
            hits << i + 1;
    }
    return hits;
}

BlockRewrite rewriteBlock(EnvTarget target, const QByteArray &before, const EnvAssignments &values, const QString &path)
{
    const BlockScan scan = scanBlock(target, before, path);
    if (!scan.ok())
        return { {}, scan.error };
    QList<QByteArray> lines = splitLinesKeepEnds(before);
    const QByteArray eol = fileEol(lines);

    QList<QByteArray> block;
    if (!values.isEmpty()) {
        block << blockStartMarker() << headerComment();
        if (target == EnvTarget::Systemd)
            block << QByteArrayLiteral("[Service]");
        for (const EnvAssignment &a : values) {
            const AssignmentLine line = formatAssignment(target, a.first, a.second);
            if (!line.ok())
                return { {}, line.error };
            block << line.line;
        }
        block << blockEndMarker();
    }

    QList<QByteArray> out;
    if (scan.hasBlock) {
        // Replace the lines between the markers; the end marker's own terminator (none when
        // the block closes the file without a final newline) carries over to the new last line.
        const QByteArray lastTerminator = terminatorOf(lines.at(scan.endLine));
        out = lines.mid(0, scan.startLine);
        for (int i = 0; i < block.size(); ++i)
            out << block.at(i) + (i + 1 < block.size() ? eol : lastTerminator);
        if (block.isEmpty() && lastTerminator.isEmpty() && !out.isEmpty()) {
            // We added the newline before our block when the file had none: take it away again.
            QByteArray &prev = out.last();
            prev.chop(terminatorOf(prev).size());
        }
        out << lines.mid(scan.endLine + 1);
    } else {
        out = lines;
        if (!block.isEmpty()) {
            const bool missingFinalNewline = !out.isEmpty() && terminatorOf(out.last()).isEmpty();
            if (missingFinalNewline)
                out.last() += eol;
            for (int i = 0; i < block.size(); ++i)
                out << block.at(i) + ((i + 1 < block.size() || !missingFinalNewline) ? eol : QByteArray());
        }
    }
    return { out.join(), {} };
}

} // namespace ogs

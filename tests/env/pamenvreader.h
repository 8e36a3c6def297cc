#pragma once
// How pam_env (libpam 1.5.2, modules/pam_env/pam_env.c: _assemble_line and _parse_env_file) reads
// /etc/environment, rule for rule, so tests read back what a login really gets. Checked against the
// real module by tst_pamenv where libpam can be loaded. Source: linux-pam v1.5.2, pam_env.c.
#include <QByteArray>
#include <QHash>
#include <QList>

#include <cctype>

namespace ogs::test {

/// One logical line as _assemble_line builds it (comment cut at '#', backslash joins lines);
/// false where pam_env stops reading the file (a line of 8191 bytes or more, a NUL, EOF mid-line).
inline bool pamAssembleLine(const QList<QByteArray> &lines, qsizetype &next, QByteArray &out)
{
    constexpr qsizetype kBufSize = 8192; // BUF_SIZE; fgets keeps room for the NUL
    out.clear();
    while (next < lines.size()) {
        const QByteArray raw = lines.at(next++);
        if (raw.size() > kBufSize - 1 - out.size())
            return false; // fgets stops short of the newline: "line too long", the rest of the file is ignored
        if (raw.contains('\0'))
            return false;
        qsizetype s = 0;
        while (s < raw.size() && (raw.at(s) == ' ' || raw.at(s) == '\t' || raw.at(s) == '\n'))
            ++s;
        if (s == raw.size() || raw.at(s) == '#')
            continue; // nothing in this line
        QByteArray text = raw.mid(s);
        const qsizetype hash = text.indexOf('#');
        if (hash >= 0) {
            out += text.left(hash);
            return true;
        }
        qsizetype end = text.size();
        while (end > 0 && (text.at(end - 1) == ' ' || text.at(end - 1) == '\t' || text.at(end - 1) == '\n'))
            --end;
        if (end > 0 && text.at(end - 1) == '\\') {
            out += text.left(end - 1) + ' '; // continued: one space
            continue;
        }
        out += text; // the newline (if any) stays; _parse_env_file stops at it
        return true;
    }
    return !out.isEmpty();
}

/// Every variable pam_env sets from `file` (later lines win, as pam_putenv does).
inline QHash<QByteArray, QByteArray> readPamEnvironment(const QByteArray &file)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    while (start < file.size()) {
        const qsizetype nl = file.indexOf('\n', start);
        const qsizetype end = nl < 0 ? file.size() : nl + 1;
        lines << file.mid(start, end - start);
        start = end;
    }
    QHash<QByteArray, QByteArray> env;
    qsizetype next = 0;
    QByteArray line;
    while (pamAssembleLine(lines, next, line)) {
        qsizetype k = 0;
        while (k < line.size() && (line.at(k) == ' ' || line.at(k) == '\n' || line.at(k) == '\t'))
            ++k;
        QByteArray key = line.mid(k);
        if (key.startsWith('#'))
            continue;
        if (key.startsWith("export "))
            key = key.mid(7);
        qsizetype mark = 0;
        while (mark < key.size() && key.at(mark) != '\n' && key.at(mark) != '#')
            ++mark;
        key.truncate(mark);
        if (key.startsWith('='))
            continue;
        qsizetype i = 0;
        bool bad = false;
        for (; i < key.size() && key.at(i) != '='; ++i)
            bad = bad || !(std::isalnum(static_cast<unsigned char>(key.at(i))) || key.at(i) == '_');
        if (bad || i == key.size())
            continue; // a bad name, or a name alone (unset a variable we do not have)
        QByteArray value = key.mid(i + 1);
        if (value.startsWith('"') || value.startsWith('\'')) {
            // pam_env's "not too smart" quotes: every quote is dropped except one not at the end.
            QByteArray kept;
            for (qsizetype t = 1; t < value.size(); ++t) {
                const char c = value.at(t);
                if ((c != '"' && c != '\'') || t + 1 < value.size())
                    kept += c;
            }
            value = kept;
        }
        env.insert(key.left(i), value);
    }
    return env;
}

} // namespace ogs::test

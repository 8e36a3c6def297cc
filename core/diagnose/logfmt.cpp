#include "logfmt.h"

#include "common/checkedcast.h"

#include <QRegularExpression>

namespace ogs {

QString LogRecord::value(const QString &key) const
{
    for (const auto &[k, v] : attrs) {
        if (k == key)
            return v;
    }
    return {};
}

bool LogRecord::has(const QString &key) const
{
    for (const auto &kv : attrs) {
        if (kv.first == key)
            return true;
    }
    return false;
}

namespace {

/// Reads a Go-quoted string starting at text[i] == '"'; advances i past the closing quote (or to the end).
QString readQuoted(const QString &text, qsizetype &i)
{
    QString out;
    ++i;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            const QChar n = text.at(i + 1);
            if (n == QLatin1Char('n'))
                out += QLatin1Char('\n');
            else if (n == QLatin1Char('t'))
                out += QLatin1Char('\t');
            else
                out += n;
            i += 2;
            continue;
        }
        if (c == QLatin1Char('"')) {
            ++i;
            return out;
        }
        out += c;
        ++i;
    }
    return out;
}

} // namespace

QList<std::pair<QString, QString>> parseLogfmt(const QString &text)
{
    QList<std::pair<QString, QString>> result;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && text.at(i).isSpace())
            ++i;
        if (i >= n)
            break;
        QString key;
        if (text.at(i) == QLatin1Char('"')) {
            key = readQuoted(text, i);
        } else {
            const qsizetype start = i;
            while (i < n && !text.at(i).isSpace() && text.at(i) != QLatin1Char('='))
                ++i;
            key = text.mid(start, i - start);
        }
        if (i >= n || text.at(i) != QLatin1Char('=')) {
            continue; // a bare word
        }
        ++i;
        QString value;
        if (i < n && text.at(i) == QLatin1Char('"')) {
            value = readQuoted(text, i);
        } else {
            const qsizetype start = i;
            while (i < n && !text.at(i).isSpace())
                ++i;
            value = text.mid(start, i - start);
        }
        if (!key.isEmpty())
            result.append({ key, value });
    }
    return result;
}

std::optional<LogRecord> parseLogRecord(const QString &line)
{
    static const QRegularExpression slogStart(QStringLiteral("(?:^|\\s|[`>])(time=\\S+\\s+level=|level=[A-Z]+\\s)"));
    static const QRegularExpression oldStart(QStringLiteral(
        "\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2} (\\S+\\.go:\\d+): (INFO|WARN|WARNING|ERROR|DEBUG) (.*)$"));
    LogRecord r;
    r.raw = line.trimmed();
    const auto m = slogStart.match(line);
    if (m.hasMatch()) {
        r.attrs = parseLogfmt(line.mid(m.capturedStart(1)));
        r.level = r.value(QStringLiteral("level"));
        r.source = r.value(QStringLiteral("source"));
        r.msg = r.value(QStringLiteral("msg"));
        return r;
    }
    const auto o = oldStart.match(line);
    if (o.hasMatch()) {
        r.source = o.captured(1);
        r.level = o.captured(2);
        const QString rest = o.captured(3);
        const qsizetype firstAttr = rest.indexOf(QRegularExpression(QStringLiteral("\\s[A-Za-z_]+=")));
        r.msg = firstAttr < 0 ? rest.trimmed() : rest.left(firstAttr).trimmed();
        if (firstAttr >= 0)
            r.attrs = parseLogfmt(rest.mid(firstAttr));
        return r;
    }
    return std::nullopt;
}

std::optional<qint64> parseSize(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(B|KiB|MiB|GiB|TiB|KB|MB|GB|TB)\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const double v = m.captured(1).toDouble();
    const QString u = m.captured(2);
    double factor = 1;
    if (u == QLatin1String("KiB"))
        factor = 1024.0;
    else if (u == QLatin1String("MiB"))
        factor = 1024.0 * 1024;
    else if (u == QLatin1String("GiB"))
        factor = 1024.0 * 1024 * 1024;
    else if (u == QLatin1String("TiB"))
        factor = 1024.0 * 1024 * 1024 * 1024;
    else if (u == QLatin1String("KB"))
        factor = 1e3;
    else if (u == QLatin1String("MB"))
        factor = 1e6;
    else if (u == QLatin1String("GB"))
        factor = 1e9;
    else if (u == QLatin1String("TB"))
        factor = 1e12;
    return checkedIntFromDouble<qint64>(v * factor + 0.5); // nullopt for "1e40 GiB"-sized nonsense
}

QMap<QString, QString> parseGoEnvMap(const QString &text)
{
    QMap<QString, QString> env;
    qsizetype start = text.indexOf(QLatin1String("map["));
    if (start < 0)
        return env;
    start += 4;
    // Find the map's closing bracket, honouring nested [ ] in values (OLLAMA_ORIGINS:[…]).
    int depth = 0;
    qsizetype end = start;
    for (; end < text.size(); ++end) {
        const QChar c = text.at(end);
        if (c == QLatin1Char('['))
            ++depth;
        else if (c == QLatin1Char(']')) {
            if (depth == 0)
                break;
            --depth;
        }
    }
    const QString body = text.mid(start, end - start);
    static const QRegularExpression keyRe(QStringLiteral("(?:^|\\s)([A-Z][A-Z0-9_]*):"));
    QList<std::pair<QString, qsizetype>> keys; // key, value start
    QList<qsizetype> keyStarts;
    depth = 0;
    auto it = keyRe.globalMatch(body);
    while (it.hasNext()) {
        const auto m = it.next();
        // Only keys at bracket depth 0 count.
        int d = 0;
        for (qsizetype k = 0; k < m.capturedStart(1); ++k) {
            if (body.at(k) == QLatin1Char('['))
                ++d;
            else if (body.at(k) == QLatin1Char(']'))
                --d;
        }
        if (d != 0)
            continue;
        keys.append({ m.captured(1), m.capturedEnd(0) });
        keyStarts.append(m.capturedStart(1));
    }
    for (int k = 0; k < keys.size(); ++k) {
        const qsizetype valueEnd = k + 1 < keys.size() ? keyStarts.at(k + 1) : body.size();
        env.insert(keys.at(k).first, body.mid(keys.at(k).second, valueEnd - keys.at(k).second).trimmed());
    }
    return env;
}

} // namespace ogs

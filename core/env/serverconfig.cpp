#include "serverconfig.h"

#include <QList>

namespace ogs {

namespace {

bool isKeyChar(QChar c, bool first)
{
    return c == QLatin1Char('_') || (c.isLetter() && c.unicode() < 128) || (!first && c.isDigit());
}

/// The length of "KEY:" at `pos`, or 0.
int keyLengthAt(const QString &s, int pos)
{
    int i = pos;
    while (i < s.size() && isKeyChar(s.at(i), i == pos))
        ++i;
    return (i > pos && i < s.size() && s.at(i) == QLatin1Char(':')) ? i - pos : 0;
}

} // namespace

std::optional<QMap<QString, QString>> parseServerConfigLine(const QString &line)
{
    if (!line.contains(QLatin1String("msg=\"server config\"")))
        return std::nullopt;
    const int start = line.indexOf(QLatin1String("env=\""));
    if (start < 0)
        return std::nullopt;
    // The quoted value, with slog's \" and \\ escapes undone.
    QString env;
    int i = start + 5;
    for (; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('\\') && i + 1 < line.size()) {
            env += line.at(++i);
            continue;
        }
        if (c == QLatin1Char('"'))
            break;
        env += c;
    }
    if (!env.startsWith(QLatin1String("map[")) || !env.endsWith(QLatin1Char(']')))
        return std::nullopt;
    const QString body = env.mid(4, env.size() - 5);

    QMap<QString, QString> values;
    int pos = 0;
    while (pos < body.size()) {
        while (pos < body.size() && body.at(pos) == QLatin1Char(' '))
            ++pos;
        const int keyLength = keyLengthAt(body, pos);
        if (keyLength == 0)
            return std::nullopt;
        const QString key = body.mid(pos, keyLength);
        pos += keyLength + 1;
        // The value runs to the next " KEY:" outside brackets ([a b] lists contain spaces and colons).
        int depth = 0;
        int end = pos;
        for (; end < body.size(); ++end) {
            const QChar c = body.at(end);
            if (c == QLatin1Char('['))
                ++depth;
            else if (c == QLatin1Char(']') && depth > 0)
                --depth;
            else if (c == QLatin1Char(' ') && depth == 0 && keyLengthAt(body, end + 1) > 0)
                break;
        }
        values.insert(key, body.mid(pos, end - pos));
        pos = end;
    }
    return values;
}

std::optional<QMap<QString, QString>> lastServerConfig(const QByteArray &log)
{
    const QList<QByteArray> lines = log.split('\n');
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        if (!it->contains("server config"))
            continue;
        if (auto values = parseServerConfigLine(QString::fromUtf8(*it)))
            return values;
    }
    return std::nullopt;
}

} // namespace ogs

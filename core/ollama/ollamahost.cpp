#include "ollamahost.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace ogs {

namespace {

/// Go's strings.Trim(strings.TrimSpace(s), "\"'") followed by TrimSpace, as envconfig.Var + Host do.
QString trimValue(const QString &value)
{
    QString s = value.trimmed();
    qsizetype b = 0;
    qsizetype e = s.size();
    while (b < e && (s.at(b) == QLatin1Char('"') || s.at(b) == QLatin1Char('\'')))
        ++b;
    while (e > b && (s.at(e - 1) == QLatin1Char('"') || s.at(e - 1) == QLatin1Char('\'')))
        --e;
    return s.mid(b, e - b).trimmed();
}

/// Go's net.SplitHostPort; returns false where Go returns an error.
bool splitHostPort(const QString &hostport, QString &host, QString &port)
{
    if (hostport.startsWith(QLatin1Char('['))) {
        const qsizetype close = hostport.indexOf(QLatin1Char(']'));
        if (close < 0 || close + 1 >= hostport.size() || hostport.at(close + 1) != QLatin1Char(':'))
            return false;
        host = hostport.mid(1, close - 1);
        port = hostport.mid(close + 2);
        return !port.contains(QLatin1Char(':')) && !port.contains(QLatin1Char('[')) && !port.contains(QLatin1Char(']'));
    }
    const qsizetype colon = hostport.lastIndexOf(QLatin1Char(':'));
    if (colon < 0)
        return false;
    host = hostport.left(colon);
    port = hostport.mid(colon + 1);
    return !host.contains(QLatin1Char(':')) && !host.contains(QLatin1Char('[')) && !host.contains(QLatin1Char(']'));
}

/// Go's net.ParseIP(s).String(): strict dotted IPv4 or an IPv6 literal; empty when not an IP.
QString parseIp(const QString &s)
{
    static const QRegularExpression ipv4(
        QStringLiteral("^(0|[1-9][0-9]{0,2})\\.(0|[1-9][0-9]{0,2})\\.(0|[1-9][0-9]{0,2})\\.(0|[1-9][0-9]{0,2})$"));
    const auto m = ipv4.match(s);
    if (m.hasMatch()) {
        for (int i = 1; i <= 4; ++i) {
            if (m.captured(i).toInt() > 255)
                return {};
        }
        return s;
    }
    if (!s.contains(QLatin1Char(':')) || s.contains(QLatin1Char('%')))
        return {};
    QHostAddress address;
    if (!address.setAddress(s) || address.protocol() != QAbstractSocket::IPv6Protocol)
        return {};
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    if (mapped && s.contains(QLatin1Char('.')))
        return QHostAddress(v4).toString(); // Go prints ::ffff:a.b.c.d as a.b.c.d
    return address.toString();
}

bool validPort(const QString &port)
{
    bool ok = false;
    const qlonglong n = port.toLongLong(&ok, 10);
    return ok && n >= 0 && n <= 65535 && !port.startsWith(QLatin1Char('+'));
}

} // namespace

QString OllamaHost::hostPort() const
{
    if (host.contains(QLatin1Char(':')))
        return QStringLiteral("[%1]:%2").arg(host, port);
    return host + QLatin1Char(':') + port;
}

QUrl OllamaHost::url() const
{
    QUrl u;
    u.setScheme(scheme);
    u.setHost(host);
    u.setPort(port.toInt());
    if (!path.isEmpty())
        u.setPath(QLatin1Char('/') + path);
    return u;
}

QUrl OllamaHost::connectUrl() const
{
    OllamaHost c = *this;
    if (c.host.isEmpty() || c.host == QLatin1String("0.0.0.0"))
        c.host = QStringLiteral("127.0.0.1");
    else if (c.host == QLatin1String("::"))
        c.host = QStringLiteral("::1");
    return c.url();
}

OllamaHost resolveOllamaHost(const QString &value)
{
    QString defaultPort = QStringLiteral("11434");
    const QString s = trimValue(value);
    OllamaHost result;
    QString hostport;
    const qsizetype sep = s.indexOf(QLatin1String("://"));
    if (sep < 0) {
        result.scheme = QStringLiteral("http");
        hostport = s;
        if (s == QLatin1String("ollama.com")) {
            result.scheme = QStringLiteral("https");
            hostport = QStringLiteral("ollama.com:443");
        }
    } else {
        result.scheme = s.left(sep);
        hostport = s.mid(sep + 3);
        if (result.scheme == QLatin1String("http"))
            defaultPort = QStringLiteral("80");
        else if (result.scheme == QLatin1String("https"))
            defaultPort = QStringLiteral("443");
    }
    const qsizetype slash = hostport.indexOf(QLatin1Char('/'));
    if (slash >= 0) {
        result.path = hostport.mid(slash + 1);
        hostport = hostport.left(slash);
    }
    QString host;
    QString port;
    if (!splitHostPort(hostport, host, port)) {
        host = QStringLiteral("127.0.0.1");
        port = defaultPort;
        QString bare = hostport;
        while (bare.startsWith(QLatin1Char('[')))
            bare.remove(0, 1);
        while (bare.endsWith(QLatin1Char(']')))
            bare.chop(1);
        const QString ip = parseIp(bare);
        if (!ip.isEmpty())
            host = ip;
        else if (!hostport.isEmpty())
            host = hostport;
    }
    if (!validPort(port))
        port = defaultPort;
    result.host = host;
    result.port = port;
    return result;
}

} // namespace ogs

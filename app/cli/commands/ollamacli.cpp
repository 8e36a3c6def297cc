#include "ollamacli.h"

#include "ollama/ollamahost.h"

#include <QFile>
#include <QRegularExpression>

namespace ogs::cli {

namespace {

/// Why an explicit --host value is malformed (empty when it is fine). Ollama quietly replaces a bad
/// OLLAMA_HOST port with its default; an address typed on the command line gets a usage error instead.
QString malformedHostReason(const QString &value)
{
    QString hostport = value.trimmed();
    const qsizetype scheme = hostport.indexOf(QLatin1String("://"));
    if (scheme >= 0)
        hostport = hostport.mid(scheme + 3);
    hostport = hostport.section(QLatin1Char('/'), 0, 0);
    if (hostport.isEmpty())
        return QStringLiteral("it names no host");
    QString host = hostport;
    QString port;
    if (hostport.startsWith(QLatin1Char('['))) {
        const qsizetype close = hostport.indexOf(QLatin1Char(']'));
        if (close < 0)
            return QStringLiteral("the IPv6 address has no closing ']'");
        host = hostport.mid(1, close - 1);
        const QString rest = hostport.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(QLatin1Char(':')))
            return QStringLiteral("'%1' after the IPv6 address is not a port").arg(rest);
        port = rest.mid(1);
        if (rest == QLatin1String(":"))
            return QStringLiteral("the port after ':' is missing");
    } else if (hostport.count(QLatin1Char(':')) == 1) {
        host = hostport.section(QLatin1Char(':'), 0, 0);
        port = hostport.section(QLatin1Char(':'), 1);
        if (port.isEmpty())
            return QStringLiteral("the port after ':' is missing");
    } else if (hostport.count(QLatin1Char(':')) > 1) {
        return QStringLiteral("an IPv6 address with a port is written in brackets, e.g. http://[::1]:11434");
    }
    bool ok = false;
    const int number = port.toInt(&ok);
    if (!port.isEmpty() && (!ok || number < 1 || number > 65535 || port.startsWith(QLatin1Char('+'))))
        return QStringLiteral("'%1' is not a port (1 to 65535)").arg(port);
    static const QRegularExpression hostName(QStringLiteral("^[A-Za-z0-9._-]*$"));
    if (!hostport.startsWith(QLatin1Char('[')) && !hostName.match(host).hasMatch())
        return QStringLiteral("'%1' is not a host name or IP address").arg(host);
    return {};
}

} // namespace

QCommandLineOption hostOption()
{
    return QCommandLineOption(QStringLiteral("host"),
        QStringLiteral("Ollama address (default: OLLAMA_HOST, else http://127.0.0.1:11434)."), QStringLiteral("URL"));
}

std::optional<QUrl> ollamaUrl(
    const QCommandLineParser &parser, const QCommandLineOption &host, const QString &environmentValue, QString &error)
{
    const bool fromOption = parser.isSet(host);
    const QString value = fromOption ? parser.value(host) : environmentValue;
    if (fromOption && value.trimmed().isEmpty()) {
        error = QStringLiteral("--host: the address is empty");
        return std::nullopt;
    }
    if (fromOption) {
        const QString reason = malformedHostReason(value);
        if (!reason.isEmpty()) {
            error = QStringLiteral("--host: '%1' is not a valid address: %2").arg(value, reason);
            return std::nullopt;
        }
    }
    const OllamaHost resolved = resolveOllamaHost(value);
    const QUrl url = resolved.connectUrl();
    const QString origin = fromOption ? QStringLiteral("--host") : QStringLiteral("OLLAMA_HOST");
    if (resolved.scheme != QLatin1String("http") && resolved.scheme != QLatin1String("https")) {
        error = QStringLiteral("%1: '%2' is not an http:// or https:// address").arg(origin, value);
        return std::nullopt;
    }
    if (!url.isValid() || resolved.host.contains(QLatin1Char(' '))) {
        error = QStringLiteral("%1: '%2' is not a valid address").arg(origin, value);
        return std::nullopt;
    }
    return url;
}

OllamaClientOptions commandClientOptions(const QUrl &url)
{
    OllamaClientOptions o;
    o.baseUrl = url;
    o.connectTimeoutMs = 5000;
    o.firstByteTimeoutMs = 30000;
    o.idleTimeoutMs = 30000;
    o.totalTimeoutMs = 60000;
#if defined(Q_OS_LINUX)
    QFile version(QStringLiteral("/proc/version"));
    if (version.open(QIODevice::ReadOnly) && version.readAll().toLower().contains("microsoft"))
        o.startHint
            += QStringLiteral("; if Ollama runs on Windows instead, set OLLAMA_HOST=0.0.0.0 there, restart it, and "
                              "point --host or OLLAMA_HOST here at the Windows host (ip route show default)");
#endif
    return o;
}

} // namespace ogs::cli

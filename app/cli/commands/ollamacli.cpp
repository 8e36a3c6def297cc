#include "ollamacli.h"

#include "ollama/ollamahost.h"

#include <QFile>

namespace ogs::cli {

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

#include "ollamaerror.h"

#include "common/coretext.h"

namespace ogs {

QString errorKindKey(OllamaError::Kind kind)
{
    switch (kind) {
    case OllamaError::Kind::None:
        return QStringLiteral("none");
    case OllamaError::Kind::NotRunning:
        return QStringLiteral("not_running");
    case OllamaError::Kind::HostNotFound:
        return QStringLiteral("host_not_found");
    case OllamaError::Kind::ConnectTimeout:
        return QStringLiteral("connect_timeout");
    case OllamaError::Kind::FirstByteTimeout:
        return QStringLiteral("first_byte_timeout");
    case OllamaError::Kind::IdleTimeout:
        return QStringLiteral("idle_timeout");
    case OllamaError::Kind::TotalTimeout:
        return QStringLiteral("total_timeout");
    case OllamaError::Kind::ModelNotFound:
        return QStringLiteral("model_not_found");
    case OllamaError::Kind::HttpError:
        return QStringLiteral("http_error");
    case OllamaError::Kind::ServerError:
        return QStringLiteral("server_error");
    case OllamaError::Kind::MalformedJson:
        return QStringLiteral("malformed_json");
    case OllamaError::Kind::LineTooLong:
        return QStringLiteral("line_too_long");
    case OllamaError::Kind::StreamTruncated:
        return QStringLiteral("stream_truncated");
    case OllamaError::Kind::Cancelled:
        return QStringLiteral("cancelled");
    case OllamaError::Kind::Redirected:
        return QStringLiteral("redirected");
    case OllamaError::Kind::Network:
        return QStringLiteral("network");
    }
    return QStringLiteral("unknown");
}

QString defaultStartOllamaHint()
{
#if defined(Q_OS_WIN)
    return OllamaText::tr("start the Ollama app from the Start menu, or run `ollama serve` in a terminal");
#elif defined(Q_OS_MACOS)
    return OllamaText::tr("open the Ollama app, or run `ollama serve` in a terminal");
#else
    return OllamaText::tr(
        "run `sudo systemctl start ollama` if it is installed as a service, otherwise `ollama serve` in a terminal");
#endif
}

} // namespace ogs

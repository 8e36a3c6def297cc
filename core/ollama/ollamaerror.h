#pragma once

#include <QMetaType>
#include <QString>

namespace ogs {

/// Why a request to Ollama failed; every kind comes with a message a user can act on.
struct OllamaError {
    enum class Kind {
        None,
        NotRunning, ///< connection refused: nothing listens at the address
        HostNotFound, ///< the host name does not resolve
        ConnectTimeout, ///< no connection within the connect timeout
        FirstByteTimeout, ///< connected, but no answer within the first-byte timeout
        IdleTimeout, ///< a stream went silent for longer than the idle timeout
        TotalTimeout, ///< the whole request ran longer than allowed (an endless slow stream)
        ModelNotFound, ///< HTTP 404 for a model: offer to pull it
        HttpError, ///< any other HTTP status
        ServerError, ///< {"error": "..."} inside a 200 stream
        MalformedJson, ///< a line or body that is not a JSON object
        LineTooLong, ///< a streamed line over the cap
        StreamTruncated, ///< the connection closed before the final object
        Cancelled, ///< cancelled by us
        Redirected, ///< a redirect to another host or scheme (not followed), or too many of them
        Network ///< anything else from the network layer
    };
    Kind kind = Kind::None;
    int httpStatus = 0;
    QString serverMessage; ///< the "error" text Ollama sent, when it sent one
    QString message; ///< one or two sentences for the user

    bool isError() const { return kind != Kind::None; }
};

/// Stable identifier for JSON output ("not_running", "model_not_found", …).
QString errorKindKey(OllamaError::Kind kind);
/// How to start Ollama on the platform this program was built for.
QString defaultStartOllamaHint();

} // namespace ogs

Q_DECLARE_METATYPE(ogs::OllamaError)

#pragma once

#include "ndjsonsplitter.h"
#include "ollamaerror.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace ogs {

/// The one cap on a whole API answer (JSON body or error page), for every client of Ollama's API.
inline constexpr qsizetype kMaxOllamaAnswerBytes = 32 * 1024 * 1024;

/// Where Ollama is and how patient to be with it. Every limit is a parameter so tests can shrink it.
struct OllamaClientOptions {
    QUrl baseUrl = QUrl(QStringLiteral("http://127.0.0.1:11434"));
    int connectTimeoutMs = 5000;
    int firstByteTimeoutMs = 300000; ///< loading a model may take minutes (OLLAMA_LOAD_TIMEOUT is 5 min)
    int idleTimeoutMs = 60000;
    /// First-byte and idle limit for requests that load no model (/api/version, /api/tags, /api/ps, /api/show,
    /// /api/pull): a server silent this long is stuck, not busy (0 = use the limits above for every request).
    int quickTimeoutMs = 30000;
    int totalTimeoutMs = 0; ///< 0 = no limit for the whole request
    int retryWindowMs = 0; ///< keep retrying a refused connection this long (Ollama restarting)
    int retryIntervalMs = 250;
    qsizetype maxLineBytes = 1024 * 1024;
    qsizetype maxBodyBytes = kMaxOllamaAnswerBytes;
    int maxRedirects = 5; ///< same host and port only; more: "too many redirects"
    QString startHint = defaultStartOllamaHint();
};

/// One request to Ollama: a JSON answer, or an NDJSON stream delivered object by object.
/// Ends exactly once with finished(), after succeeded() or failed(). Timeouts guarantee that it ends.
class OllamaCall final : public QObject {
    Q_OBJECT
public:
    enum class Mode { Json, Stream };

    OllamaCall(QNetworkAccessManager *nam, const OllamaClientOptions &options, const QString &method,
        const QString &path, const QJsonObject &body, Mode mode, QObject *parent);
    ~OllamaCall() override;

    /// Aborts the request (for generate this stops the generation on the server); fails with Cancelled.
    void cancel();
    bool isDone() const { return m_done; }
    /// Runs a local event loop until the call ends; returns true on success.
    bool wait();

    const OllamaError &error() const { return m_error; }
    /// The whole JSON body (Json mode) or the last object of a stream (done:true / status "success").
    const QJsonObject &result() const { return m_result; }
    int objectCount() const { return m_objectCount; }
    int attempts() const { return m_attempts; }
    QString path() const { return m_path; }

signals:
    /// A streamed NDJSON object (not an error object), as soon as its line is complete.
    void objectReceived(const QJsonObject &object);
    void succeeded(const QJsonObject &result);
    void failed(const ogs::OllamaError &error);
    void finished();

private:
    enum class Phase { Connecting, WaitingFirstByte, Receiving };
    void start();
    void setPhase(Phase phase);
    void onReadyRead();
    void onRedirected(const QUrl &target);
    void onReplyFinished();
    void onPhaseTimeout();
    void onTotalTimeout();
    bool handleLine(const QByteArray &line);
    void abortWith(OllamaError::Kind kind);
    void succeed(const QJsonObject &result);
    void fail(OllamaError::Kind kind, const QString &serverMessage = QString(), int status = 0);
    bool isSuccessObject(const QJsonObject &object) const;
    QString describe(OllamaError::Kind kind, const QString &serverMessage, int status) const;

    QNetworkAccessManager *m_nam;
    OllamaClientOptions m_options;
    QString m_method;
    QString m_path;
    QByteArray m_body;
    QString m_model;
    Mode m_mode;
    QPointer<QNetworkReply> m_reply;
    QUrl m_hop; ///< the URL the reply in flight asked for
    int m_redirects = 0;
    QList<QUrl> m_visited;
    QTimer m_phaseTimer;
    QTimer m_totalTimer;
    QElapsedTimer m_sinceStart;
    Phase m_phase = Phase::Connecting;
    NdjsonSplitter m_splitter;
    QByteArray m_rawBody;
    QJsonObject m_result;
    QJsonObject m_lastObject;
    OllamaError m_error;
    OllamaError::Kind m_abortReason = OllamaError::Kind::None;
    int m_objectCount = 0;
    int m_attempts = 0;
    qint64 m_bytesReceived = 0;
    bool m_sawFinal = false;
    bool m_done = false;
};

/// Client for Ollama's HTTP API. Calls are children of the client; delete them (deleteLater) when done.
class OllamaClient final : public QObject {
    Q_OBJECT
public:
    explicit OllamaClient(const OllamaClientOptions &options, QObject *parent = nullptr);

    const OllamaClientOptions &options() const { return m_options; }
    void setOptions(const OllamaClientOptions &options) { m_options = options; }

    /// GET /api/version → {"version": "0.x.y"}
    OllamaCall *version();
    /// GET /api/tags → installed models
    OllamaCall *tags();
    /// GET /api/ps → loaded models with size_vram
    OllamaCall *ps();
    /// POST /api/show {model}
    OllamaCall *show(const QString &model);
    /// POST /api/generate streaming; `request` must hold "model"; "stream" is forced to true.
    OllamaCall *generate(const QJsonObject &request);
    /// POST /api/pull streaming progress objects.
    OllamaCall *pull(const QString &model);
    /// POST /api/generate {model, keep_alive: 0}: unloads the model (done_reason "unload").
    OllamaCall *unload(const QString &model);
    /// Any request; `mode` says whether the answer is one JSON body or an NDJSON stream.
    OllamaCall *request(const QString &method, const QString &path, const QJsonObject &body, OllamaCall::Mode mode);

private:
    OllamaClientOptions m_options;
    QNetworkAccessManager *m_nam;
};

} // namespace ogs

#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTcpServer>
#include <QUrl>

namespace ogs::test {

/// What the test server does wrong on purpose, per endpoint.
enum class Fault {
    None,
    HttpError500, ///< HTTP 500 with the body of error.json
    ErrorMidStream, ///< replays error-midstream.ndjson: tokens, then {"error": …} with status 200
    MalformedJson, ///< a line (or body) that is not JSON after `afterObjects` objects
    OverlongLine, ///< a single line larger than 2 MiB after `afterObjects` objects
    DropMidStream, ///< closes the connection after `afterObjects` objects
    Stall, ///< sends `afterObjects` objects, then nothing, keeping the connection open
    NoResponse, ///< reads the request and never answers
    EndlessStream ///< tokens forever, never done
};

/// One request as the server received it.
struct RecordedRequest {
    QString method;
    QString path;
    QJsonObject body;
};

/// An Ollama-compatible HTTP server on 127.0.0.1 that replays the real API transcripts in a data folder
/// (tests/data/ollama-api), with configurable token timing and failure injection. Durations in the
/// final generate object are measured from the server's own timing, as Ollama measures them.
class OllamaTestServer final : public QObject {
    Q_OBJECT
public:
    /// `dataDir` holds version.json, tags.json, ps.json, show.json, generate-stream.ndjson, … .
    explicit OllamaTestServer(const QString &dataDir, QObject *parent = nullptr);
    ~OllamaTestServer() override;

    /// Listens on 127.0.0.1:port (0 = a free port). False (see errorString()) when the data or the port is bad.
    bool listen(quint16 port = 0);
    quint16 port() const { return m_port; }
    QUrl url() const;
    QString errorString() const { return m_error; }

    /// Time between tokens when the model runs on the GPU.
    void setTokenIntervalMs(int ms) { m_tokenIntervalMs = ms; }
    /// Time between tokens for requests with options.num_gpu = 0 (the CPU baseline).
    void setCpuTokenIntervalMs(int ms) { m_cpuTokenIntervalMs = ms; }
    /// Time before the first token (prompt evaluation).
    void setPromptEvalMs(int ms) { m_promptEvalMs = ms; }
    /// Extra delay when a model is not loaded yet.
    void setLoadMs(int ms) { m_loadMs = ms; }
    /// Writes every HTTP chunk in pieces of this many bytes, flushing each (0 = one write per object).
    void setWriteChunkBytes(int bytes) { m_writeChunkBytes = bytes; }
    /// Share of a loaded model's size reported as size_vram in /api/ps (1 = "100% GPU").
    void setVramFraction(double fraction) { m_vramFraction = fraction; }
    /// Injects `fault` into every request to `path` ("/api/generate", "/api/ps", …); Fault::None clears it.
    void setFault(const QString &path, Fault fault, int afterObjects = 2);
    /// Answers every request to `path` with "307 Temporary Redirect" to `to` (a loop when `to` is `path`
    /// itself, another server when it names another host or port); an empty URL clears it.
    void setRedirect(const QString &path, const QUrl &to) { m_redirects.insert(path, to); }
    /// Serves this document for /api/ps instead of the server's own state.
    void setRunningModels(const QJsonObject &ps) { m_psOverride = ps; }
    /// Closes the listening socket (connections are refused) and listens again on the same port after `downMs`.
    void restart(int downMs);
    /// Stops listening and closes every connection.
    void close();

    QList<RecordedRequest> requests() const { return m_requests; }
    QStringList loadedModels() const;
    /// The text every generation streams, token by token (from generate-stream.ndjson).
    QStringList transcriptTokens() const { return m_tokens; }

    /// Fault names as ogs-test-ollama-server's --fault PATH=KIND takes them ("drop", "http500", …).
    static bool parseFault(const QString &name, Fault &fault);

signals:
    void requestReceived(const QString &method, const QString &path);
    void listening(quint16 port);

private:
    friend class Exchange;
    struct FaultSpec {
        Fault fault = Fault::None;
        int afterObjects = 2;
    };
    struct Loaded {
        QString name;
        qint64 expiresAtMs = 0;
        bool onGpu = true;
        qint64 contextLength = 4096;
    };
    bool loadData();
    void onNewConnection();
    FaultSpec faultFor(const QString &path) const { return m_faults.value(path); }
    QJsonObject findModel(const QString &name) const;
    QJsonObject psDocument() const;
    void markLoaded(const QString &name, bool onGpu, qint64 keepAliveMs, qint64 contextLength);
    void unload(const QString &name);
    bool isLoaded(const QString &name) const;

    QTcpServer m_server;
    QString m_dataDir;
    QString m_error;
    quint16 m_port = 0;
    int m_tokenIntervalMs = 10;
    int m_cpuTokenIntervalMs = 40;
    int m_promptEvalMs = 20;
    int m_loadMs = 30;
    int m_writeChunkBytes = 0;
    double m_vramFraction = 1.0;
    QHash<QString, FaultSpec> m_faults;
    QHash<QString, QUrl> m_redirects;
    QJsonObject m_psOverride;
    QList<RecordedRequest> m_requests;
    QList<Loaded> m_loaded;

    // Transcripts
    QJsonObject m_version;
    QJsonObject m_tags;
    QJsonObject m_ps;
    QJsonObject m_show;
    QJsonObject m_errorBody;
    QList<QJsonObject> m_errorMidStream;
    QStringList m_tokens;
    QJsonObject m_finalTemplate;
    QList<QJsonObject> m_pullSequence;
};

} // namespace ogs::test

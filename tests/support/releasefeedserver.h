#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>

namespace ogs::test {

/// What the release server does wrong on purpose, per path.
enum class FeedFault {
    None,
    Corrupt, ///< one byte of the body flipped
    Truncated, ///< only the first half of the body, with a Content-Length that matches it
    NotFound, ///< HTTP 404
    DropMidBody, ///< the full Content-Length announced, half the body sent, then the connection closed
    RedirectOtherHost, ///< 302 to /mirror/PATH on http://localhost:PORT (another host name)
    RedirectSameHost, ///< 302 to /mirror/PATH on this host (served normally)
    RedirectLoop, ///< 302 to PATH itself, forever
    Slow, ///< the body in small pieces with a pause between them (for cancel)
    Deflate ///< the body compressed, "Content-Encoding: deflate" (as an API server may answer)
};

/// A GitHub-releases-shaped server on 127.0.0.1: a release feed, installer assets and checksum files,
/// with failure injection. Also answers GET /api/version like Ollama when a version is set.
class ReleaseFeedServer final : public QObject {
    Q_OBJECT
public:
    explicit ReleaseFeedServer(QObject *parent = nullptr);
    ~ReleaseFeedServer() override;

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    /// http://127.0.0.1:PORT + path
    QUrl url(const QString &path) const;

    /// Serves `body` at `path` ("/download/OllamaSetup.exe").
    void setFile(const QString &path, const QByteArray &body);
    void setFault(const QString &path, FeedFault fault);
    /// Slow bodies: `bytes` per piece, `intervalMs` between pieces.
    void setSlowPace(int bytes, int intervalMs);
    /// Answers GET /api/version with {"version": …}; empty: 404.
    void setOllamaVersion(const QString &version) { m_ollamaVersion = version; }

    /// Serves a release feed at `feedPath` listing `assets` (paths served here) by their file names;
    /// with `digests`, each asset carries the GitHub API's "digest": "sha256:…" of its current body.
    void publishRelease(
        const QString &feedPath, const QString &tag, const QStringList &assetPaths, bool digests = false);
    /// "HEX  ./name" lines for `assetPaths` (their current bodies), as Ollama's sha256sum.txt.
    QByteArray checksumList(const QStringList &assetPaths) const;
    static QString sha256Of(const QByteArray &bytes);

    QStringList requestedPaths() const { return m_requested; }

private:
    void onNewConnection();
    void respond(class QTcpSocket *socket, const QString &path);

    QTcpServer m_server;
    QHash<QString, QByteArray> m_files;
    QHash<QString, FeedFault> m_faults;
    QStringList m_requested;
    QString m_ollamaVersion;
    int m_slowBytes = 1024;
    int m_slowIntervalMs = 50;
};

} // namespace ogs::test

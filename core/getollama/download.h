#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace ogs {

/// How careful a download is. Tests shrink the limits.
struct DownloadOptions {
    /// Hosts a redirect may lead to besides the requested one (GitHub serves release assets from
    /// release-assets.githubusercontent.com). Any other host, or https → http, is refused.
    QStringList allowedRedirectHosts;
    int idleTimeoutMs = 30000; ///< no byte for this long: the download fails
    qint64 maxBytes = qint64(4) << 30;
    int maxRedirects = 5; ///< more: "too many redirects"
};

/// The hosts the official and fork releases redirect to.
QStringList githubRedirectHosts();

/// Makes `nam` honour the system proxy settings (environment, desktop) for every address except
/// loopback ones, which always go direct (a local Ollama, the test servers).
void useSystemProxy(QNetworkAccessManager *nam);

/// One HTTP(S) download. A file goes to `<destination>.part` and is renamed to `destination` only when
/// it is complete and its SHA-256 equals `expectedSha256` (empty: the hash is only computed, for a
/// script that is shown to the user before it runs). Every failure and cancel removes the part file.
/// TLS errors are reported, never ignored. Ends exactly once with finished().
class Download final : public QObject {
    Q_OBJECT
public:
    /// `destination` empty: the body is kept in memory (release feeds, checksum lists; at most 4 MiB).
    Download(QNetworkAccessManager *nam, const QUrl &url, const QString &destination, const QString &expectedSha256,
        const DownloadOptions &options, QObject *parent = nullptr);
    ~Download() override;

    void start();
    void cancel();
    /// Runs a local event loop until the download ends; true when it succeeded.
    bool wait();

    bool isDone() const { return m_done; }
    bool succeeded() const { return m_done && m_error.isEmpty(); }
    bool wasCancelled() const { return m_cancelled; }
    QString error() const { return m_error; }
    QString sha256() const { return m_sha256; } ///< lowercase hex of what was received
    QByteArray body() const { return m_body; }  ///< in-memory downloads
    QString destination() const { return m_destination; }
    QUrl url() const { return m_url; }

signals:
    void progress(qint64 received, qint64 total);
    void finished();

private:
    void onRedirected(const QUrl &target);
    void onReadyRead();
    void onFinished();
    void fail(const QString &message);
    void finish();

    QNetworkAccessManager *m_nam;
    QUrl m_url;
    QUrl m_hop; ///< the URL of the request now in flight (the previous hop when a redirect arrives)
    QString m_destination;
    QString m_expected;
    DownloadOptions m_options;
    QPointer<QNetworkReply> m_reply;
    QFile m_part;
    QCryptographicHash m_hash { QCryptographicHash::Sha256 };
    QTimer m_idle;
    QByteArray m_body;
    QStringList m_tlsErrors;
    QString m_error;
    QString m_sha256;
    qint64 m_received = 0;
    int m_redirects = 0;
    QList<QUrl> m_visited; ///< the hops before m_hop
    bool m_done = false;
    bool m_cancelled = false;
};

} // namespace ogs

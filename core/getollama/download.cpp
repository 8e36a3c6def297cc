#include "download.h"

#include "common/coretext.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#if QT_CONFIG(ssl)
#include <QSslError>
#endif

namespace ogs {

namespace {

constexpr qint64 kMaxInMemory = 4 * 1024 * 1024;

} // namespace

QStringList githubRedirectHosts()
{
    return { QStringLiteral("github.com"), QStringLiteral("objects.githubusercontent.com"),
        QStringLiteral("release-assets.githubusercontent.com"), QStringLiteral("ollama.com") };
}

namespace {

/// The system's proxy for the world, none for loopback.
class SystemProxyFactory final : public QNetworkProxyFactory {
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        const QString host = query.peerHostName();
        const QHostAddress address(host);
        if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || address.isLoopback())
            return { QNetworkProxy(QNetworkProxy::NoProxy) };
        return QNetworkProxyFactory::systemProxyForQuery(query);
    }
};

} // namespace

void useSystemProxy(QNetworkAccessManager *nam)
{
    nam->setProxyFactory(new SystemProxyFactory); // the manager owns it
}

Download::Download(QNetworkAccessManager *nam, const QUrl &url, const QString &destination,
    const QString &expectedSha256, const DownloadOptions &options, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_url(url)
    , m_destination(destination)
    , m_expected(expectedSha256.toLower())
    , m_options(options)
{
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this,
        [this] { fail(InstallText::tr("no data for %1 s").arg(m_options.idleTimeoutMs / 1000.0)); });
}

Download::~Download()
{
    if (!m_done) {
        m_done = true;
        if (m_reply)
            m_reply->abort();
        if (m_part.isOpen()) {
            m_part.close();
            m_part.remove();
        }
    }
}

void Download::start()
{
    if (!m_url.isValid() || (m_url.scheme() != QLatin1String("https") && m_url.scheme() != QLatin1String("http"))) {
        fail(InstallText::tr("not an http(s) address"));
        return;
    }
    if (!m_destination.isEmpty()) {
        const QString dir = QFileInfo(m_destination).absolutePath();
        if (!QDir().mkpath(dir)) {
            fail(InstallText::tr("cannot create the download folder %1").arg(dir));
            return;
        }
        m_part.setFileName(m_destination + QStringLiteral(".part"));
        if (!m_part.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            fail(InstallText::tr("cannot write %1: %2").arg(m_part.fileName(), m_part.errorString()));
            return;
        }
    }
    m_hop = m_url;
    QNetworkRequest request(m_url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(m_options.maxRedirects + 1); // ours counts (onRedirected)
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("ollama-gpu-setup"));
    m_reply = m_nam->get(request);
    connect(m_reply, &QNetworkReply::redirected, this, &Download::onRedirected);
    connect(m_reply, &QNetworkReply::readyRead, this, &Download::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &Download::onFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        if (!m_done)
            emit progress(received, total);
    });
#if QT_CONFIG(ssl)
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Never ignored: the handshake fails and the reason is shown.
        for (const QSslError &e : errors)
            m_tlsErrors << e.errorString();
    });
#endif
    m_idle.start(m_options.idleTimeoutMs);
}

void Download::cancel()
{
    if (m_done)
        return;
    m_cancelled = true;
    fail(QStringLiteral("cancelled"));
}

bool Download::wait()
{
    if (!m_done) {
        QEventLoop loop;
        connect(this, &Download::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return succeeded();
}

void Download::onRedirected(const QUrl &target)
{
    if (m_done || !m_reply)
        return;
    // Judged against the hop that answered, never against the new URL or only the first one: every
    // hop may keep or tighten https, and may only go to the same host or an allowed one.
    const QUrl from = m_hop;
    const QUrl to = from.resolved(target);
    // Counted here, and a hop seen before is a loop: Qt 6.4 ended a loop after three hops as
    // "HTTP 100" with no error, which meant nothing to anyone.
    if (++m_redirects > m_options.maxRedirects || to == from || m_visited.contains(to)) {
        fail(InstallText::tr("too many redirects (a loop, or more than %1)").arg(m_options.maxRedirects));
        return;
    }
    if (from.scheme() == QLatin1String("https") && to.scheme() != QLatin1String("https")) {
        fail(InstallText::tr("redirected from https to %1; refused").arg(to.toDisplayString()));
        return;
    }
    const QString host = to.host().toLower();
    if (host != from.host().toLower() && !m_options.allowedRedirectHosts.contains(host, Qt::CaseInsensitive)) {
        fail(InstallText::tr("redirected to another host (%1); refused").arg(to.toDisplayString()));
        return;
    }
    m_visited << from;
    m_hop = to;
    emit m_reply->redirectAllowed();
}

void Download::onReadyRead()
{
    if (m_done || !m_reply)
        return;
    m_idle.start(m_options.idleTimeoutMs);
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray data = m_reply->readAll();
    if (status != 200)
        return; // an error page; reported when the reply finishes
    m_received += data.size();
    const qint64 limit = m_destination.isEmpty() ? kMaxInMemory : m_options.maxBytes;
    if (m_received > limit) {
        fail(InstallText::tr("larger than %1 bytes; refused").arg(limit));
        return;
    }
    m_hash.addData(data);
    if (m_destination.isEmpty()) {
        m_body += data;
    } else if (m_part.write(data) != data.size()) {
        fail(InstallText::tr("cannot write %1: %2").arg(m_part.fileName(), m_part.errorString()));
    }
}

void Download::onFinished()
{
    if (m_done || !m_reply)
        return;
    onReadyRead();
    if (m_done)
        return;
    if (m_reply->error() != QNetworkReply::NoError) {
        const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QString why = status >= 400
            ? QStringLiteral("HTTP %1 %2")
                  .arg(status)
                  .arg(m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString())
            : m_reply->errorString();
        if (!m_tlsErrors.isEmpty())
            why = InstallText::tr("TLS certificate problem: %1").arg(m_tlsErrors.join(QStringLiteral("; ")));
        else if (m_received > 0 && status < 400)
            why = InstallText::tr("the connection broke after %1 bytes (%2)").arg(m_received).arg(why.trimmed());
        fail(why.trimmed());
        return;
    }
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200) {
        fail(QStringLiteral("HTTP %1 %2")
                 .arg(status)
                 .arg(m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString())
                 .trimmed());
        return;
    }
    // Content-Length counts the bytes on the wire; a compressed body (Qt decompresses it) is compared by its hash only.
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    const QByteArray encoding = m_reply->rawHeader("Content-Encoding").trimmed().toLower();
    const bool plain = encoding.isEmpty() || encoding == "identity";
    if (plain && length.isValid() && length.toLongLong() != m_received) {
        fail(InstallText::tr("truncated: %1 of %2 bytes arrived").arg(m_received).arg(length.toLongLong()));
        return;
    }
    m_sha256 = QString::fromLatin1(m_hash.result().toHex());
    if (!m_expected.isEmpty() && m_sha256 != m_expected) {
        fail(InstallText::tr("SHA-256 mismatch: got %1, the release publishes %2").arg(m_sha256, m_expected));
        return;
    }
    if (!m_destination.isEmpty()) {
        m_part.close();
        if (QFileInfo::exists(m_destination) && !QFile::remove(m_destination)) {
            fail(InstallText::tr("cannot replace %1").arg(m_destination));
            return;
        }
        if (!m_part.rename(m_destination)) {
            fail(InstallText::tr("cannot rename %1 to %2: %3")
                     .arg(m_part.fileName(), m_destination, m_part.errorString()));
            return;
        }
    }
    finish();
}

void Download::fail(const QString &message)
{
    if (m_done)
        return;
    m_error = QStringLiteral("%1: %2").arg(m_url.toDisplayString(), message);
    if (m_part.isOpen() || m_part.exists()) {
        m_part.close();
        m_part.remove();
    }
    m_body.clear();
    finish();
}

void Download::finish()
{
    m_done = true;
    m_idle.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        if (reply->isRunning())
            reply->abort();
        reply->deleteLater();
    }
    emit finished();
}

} // namespace ogs

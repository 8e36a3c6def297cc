#include "ollamaclient.h"

#include "budget/modelcatalogue.h"
#include "common/coretext.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>

namespace ogs {

namespace {

QString seconds(int ms)
{
    return QString::number(ms / 1000.0, 'g', 3);
}

/// Requests that make Ollama load the model first (which may take minutes for a large one).
bool loadsAModel(const QString &path)
{
    return path == QLatin1String("/api/generate") || path == QLatin1String("/api/chat")
        || path == QLatin1String("/api/embed") || path == QLatin1String("/api/embeddings");
}

} // namespace

OllamaCall::OllamaCall(QNetworkAccessManager *nam, const OllamaClientOptions &options, const QString &method,
    const QString &path, const QJsonObject &body, Mode mode, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_options(options)
    , m_method(method)
    , m_path(path)
    , m_model(body.value(QLatin1String("model")).toString())
    , m_mode(mode)
    , m_splitter(options.maxLineBytes)
{
    if (!body.isEmpty() || method == QLatin1String("POST"))
        m_body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    if (!loadsAModel(path) && m_options.quickTimeoutMs > 0) {
        // Only loading a model may take minutes; anything else that is silent this long is stuck.
        m_options.firstByteTimeoutMs = std::min(m_options.firstByteTimeoutMs, m_options.quickTimeoutMs);
        if (mode == Mode::Json) // a pull's stream may pause long while Ollama checks a large blob's digest
            m_options.idleTimeoutMs = std::min(m_options.idleTimeoutMs, m_options.quickTimeoutMs);
    }
    m_phaseTimer.setSingleShot(true);
    m_totalTimer.setSingleShot(true);
    connect(&m_phaseTimer, &QTimer::timeout, this, &OllamaCall::onPhaseTimeout);
    connect(&m_totalTimer, &QTimer::timeout, this, &OllamaCall::onTotalTimeout);
    m_sinceStart.start();
    if (m_options.totalTimeoutMs > 0)
        m_totalTimer.start(m_options.totalTimeoutMs);
    // Start from the event loop so callers can connect to the signals first.
    QTimer::singleShot(0, this, &OllamaCall::start);
}

OllamaCall::~OllamaCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void OllamaCall::start()
{
    if (m_done)
        return;
    ++m_attempts;
    m_bytesReceived = 0;
    QUrl url = m_options.baseUrl;
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + m_path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Accept", m_mode == Mode::Stream ? "application/x-ndjson" : "application/json");
    // Redirects are judged here: only to the same scheme, host and port (an API answer from another
    // host would be reported as the configured one's, and bench would send its prompt there).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(m_options.maxRedirects + 1); // ours counts; Qt's must not end it first
    m_hop = url;
    m_visited.clear();
    m_redirects = 0;
    // Streams must not be buffered by Qt, and a request is never retried silently by Qt.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (m_method == QLatin1String("GET"))
        m_reply = m_nam->get(request);
    else
        m_reply = m_nam->sendCustomRequest(request, m_method.toLatin1(), m_body);
    connect(m_reply, &QNetworkReply::requestSent, this, [this] { setPhase(Phase::WaitingFirstByte); });
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] { setPhase(Phase::Receiving); });
    connect(m_reply, &QNetworkReply::readyRead, this, &OllamaCall::onReadyRead);
    connect(m_reply, &QNetworkReply::redirected, this, &OllamaCall::onRedirected);
    connect(m_reply, &QNetworkReply::finished, this, &OllamaCall::onReplyFinished);
    m_phase = Phase::Connecting;
    m_phaseTimer.start(m_options.connectTimeoutMs);
}

void OllamaCall::setPhase(Phase phase)
{
    if (m_done)
        return;
    m_phase = phase;
    m_phaseTimer.start(phase == Phase::WaitingFirstByte ? m_options.firstByteTimeoutMs : m_options.idleTimeoutMs);
}

void OllamaCall::onReadyRead()
{
    if (m_done || !m_reply)
        return;
    setPhase(Phase::Receiving);
    const QByteArray bytes = m_reply->readAll();
    m_bytesReceived += bytes.size();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_mode == Mode::Json || status < 200 || status >= 300) {
        m_rawBody.append(bytes);
        if (m_rawBody.size() > m_options.maxBodyBytes)
            abortWith(OllamaError::Kind::LineTooLong);
        return;
    }
    const QList<QByteArray> lines = m_splitter.feed(bytes);
    for (const QByteArray &line : lines) {
        if (!handleLine(line) || m_done)
            return;
    }
    if (m_splitter.overflowed())
        abortWith(OllamaError::Kind::LineTooLong);
}

void OllamaCall::onRedirected(const QUrl &target)
{
    if (m_done || !m_reply)
        return;
    const QUrl to = m_hop.resolved(target);
    // A hop seen before is a loop (Qt 6.4 ended one after three hops as "HTTP 100" with no error).
    if (++m_redirects > m_options.maxRedirects || to == m_hop || m_visited.contains(to)) {
        fail(OllamaError::Kind::Redirected, QString(), m_redirects);
        return;
    }
    if (to.scheme() != m_hop.scheme() || to.host().compare(m_hop.host(), Qt::CaseInsensitive) != 0
        || to.port() != m_hop.port()) {
        fail(OllamaError::Kind::Redirected, to.toString(QUrl::RemoveUserInfo));
        return;
    }
    m_visited << m_hop;
    m_hop = to;
    emit m_reply->redirectAllowed();
}

bool OllamaCall::handleLine(const QByteArray &line)
{
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        fail(OllamaError::Kind::MalformedJson, QString::fromUtf8(line.left(80)));
        return false;
    }
    const QJsonObject object = doc.object();
    if (object.contains(QLatin1String("error"))) {
        fail(OllamaError::Kind::ServerError, object.value(QLatin1String("error")).toString());
        return false;
    }
    ++m_objectCount;
    m_lastObject = object;
    if (isSuccessObject(object))
        m_sawFinal = true;
    emit objectReceived(object);
    return true;
}

bool OllamaCall::isSuccessObject(const QJsonObject &object) const
{
    return object.value(QLatin1String("done")).toBool()
        || object.value(QLatin1String("status")).toString() == QLatin1String("success");
}

void OllamaCall::onReplyFinished()
{
    if (m_done || !m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_phaseTimer.stop();
    const QNetworkReply::NetworkError netError = reply->error();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (netError == QNetworkReply::NoError || status >= 400) {
        const QByteArray rest = reply->readAll();
        m_bytesReceived += rest.size();
        if (m_mode == Mode::Json || status < 200 || status >= 300)
            m_rawBody.append(rest);
        else {
            for (const QByteArray &line : m_splitter.feed(rest)) {
                if (!handleLine(line) || m_done)
                    return;
            }
        }
    }
    reply->deleteLater();
    m_reply = nullptr;

    if (m_abortReason != OllamaError::Kind::None) {
        fail(m_abortReason);
        return;
    }
    if (status >= 300 || (status > 0 && status < 200)) {
        QString serverMessage;
        const QJsonDocument doc = QJsonDocument::fromJson(m_rawBody);
        if (doc.isObject())
            serverMessage = doc.object().value(QLatin1String("error")).toString();
        if (serverMessage.isEmpty())
            serverMessage = QString::fromUtf8(m_rawBody.left(200)).trimmed();
        const bool modelMissing = status == 404 && !m_model.isEmpty()
            && (serverMessage.contains(QLatin1String("not found")) || serverMessage.isEmpty());
        fail(modelMissing ? OllamaError::Kind::ModelNotFound : OllamaError::Kind::HttpError, serverMessage, status);
        return;
    }
    if (netError == QNetworkReply::ConnectionRefusedError) {
        if (m_sinceStart.elapsed() + m_options.retryIntervalMs <= m_options.retryWindowMs) {
            QTimer::singleShot(m_options.retryIntervalMs, this, &OllamaCall::start);
            return;
        }
        fail(OllamaError::Kind::NotRunning);
        return;
    }
    if (netError == QNetworkReply::HostNotFoundError) {
        fail(OllamaError::Kind::HostNotFound);
        return;
    }
    if (netError != QNetworkReply::NoError) {
        if ((m_bytesReceived > 0 || status > 0)
            && (netError == QNetworkReply::RemoteHostClosedError || netError == QNetworkReply::ProtocolFailure
                || netError == QNetworkReply::UnknownNetworkError)) {
            fail(OllamaError::Kind::StreamTruncated);
            return;
        }
        if (netError == QNetworkReply::RemoteHostClosedError && m_bytesReceived == 0
            && m_sinceStart.elapsed() + m_options.retryIntervalMs <= m_options.retryWindowMs) {
            QTimer::singleShot(m_options.retryIntervalMs, this, &OllamaCall::start);
            return;
        }
        fail(OllamaError::Kind::Network, reply->errorString());
        return;
    }
    if (m_mode == Mode::Json) {
        QJsonParseError parseError {};
        const QJsonDocument doc = QJsonDocument::fromJson(m_rawBody, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            fail(OllamaError::Kind::MalformedJson, QString::fromUtf8(m_rawBody.left(80)));
            return;
        }
        const QJsonObject object = doc.object();
        if (object.contains(QLatin1String("error"))) {
            fail(OllamaError::Kind::ServerError, object.value(QLatin1String("error")).toString());
            return;
        }
        succeed(object);
        return;
    }
    const QByteArray remainder = m_splitter.takeRemainder();
    if (!remainder.trimmed().isEmpty() && !handleLine(remainder))
        return;
    if (!m_sawFinal) {
        fail(OllamaError::Kind::StreamTruncated);
        return;
    }
    succeed(m_lastObject);
}

void OllamaCall::onPhaseTimeout()
{
    switch (m_phase) {
    case Phase::Connecting:
        abortWith(OllamaError::Kind::ConnectTimeout);
        break;
    case Phase::WaitingFirstByte:
        abortWith(OllamaError::Kind::FirstByteTimeout);
        break;
    case Phase::Receiving:
        abortWith(OllamaError::Kind::IdleTimeout);
        break;
    }
}

void OllamaCall::onTotalTimeout()
{
    abortWith(OllamaError::Kind::TotalTimeout);
}

void OllamaCall::abortWith(OllamaError::Kind kind)
{
    if (m_done)
        return;
    m_abortReason = kind;
    if (m_reply)
        m_reply->abort(); // finishes the reply, which reports m_abortReason
    else
        fail(kind); // between retries
}

void OllamaCall::cancel()
{
    abortWith(OllamaError::Kind::Cancelled);
}

void OllamaCall::succeed(const QJsonObject &result)
{
    if (m_done)
        return;
    m_done = true;
    m_phaseTimer.stop();
    m_totalTimer.stop();
    m_result = result;
    emit succeeded(result);
    emit finished();
}

void OllamaCall::fail(OllamaError::Kind kind, const QString &serverMessage, int status)
{
    if (m_done)
        return;
    m_done = true;
    m_phaseTimer.stop();
    m_totalTimer.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_error.kind = kind;
    m_error.httpStatus = status;
    m_error.serverMessage = kind == OllamaError::Kind::ServerError || kind == OllamaError::Kind::HttpError
            || kind == OllamaError::Kind::ModelNotFound
        ? serverMessage
        : QString();
    m_error.message = describe(kind, serverMessage, status);
    emit failed(m_error);
    emit finished();
}

QString OllamaCall::describe(OllamaError::Kind kind, const QString &serverMessage, int status) const
{
    const QString where = m_options.baseUrl.toString(QUrl::RemoveUserInfo);
    switch (kind) {
    case OllamaError::Kind::None:
        return {};
    case OllamaError::Kind::NotRunning:
        return m_options.retryWindowMs > 0
            ? OllamaText::tr(
                "Ollama is not running at %1: the connection was still refused after %2 s. To start it, %3.")
                  .arg(where, seconds(m_options.retryWindowMs), m_options.startHint)
            : OllamaText::tr("Ollama is not running at %1 (connection refused). To start it, %2.")
                  .arg(where, m_options.startHint);
    case OllamaError::Kind::HostNotFound:
        return OllamaText::tr("The host of %1 does not resolve. Check OLLAMA_HOST or --host.").arg(where);
    case OllamaError::Kind::ConnectTimeout:
        return OllamaText::tr(
            "No connection to Ollama at %1 within %2 s. Check the address, the firewall, and that Ollama "
            "listens on that interface (OLLAMA_HOST=0.0.0.0 when connecting from WSL2).")
            .arg(where, seconds(m_options.connectTimeoutMs));
    case OllamaError::Kind::FirstByteTimeout:
        // Only a request that runs a model may be waiting for it to load; /api/ps, /api/tags, … never load one.
        return loadsAModel(m_path)
            ? OllamaText::tr("Ollama at %1 accepted the request %2 but sent nothing for %3 s: it may be stuck "
                             "loading the model; look at its server log, or restart it.")
                  .arg(where, m_path, seconds(m_options.firstByteTimeoutMs))
            : OllamaText::tr("Ollama at %1 accepted the connection but sent nothing for %3 s in answer to %2: "
                             "Ollama may be stuck; restart it.")
                  .arg(where, m_path, seconds(m_options.firstByteTimeoutMs));
    case OllamaError::Kind::IdleTimeout:
        return OllamaText::tr(
            "Ollama stopped sending in the middle of the answer to %1: nothing for %2 s. The model runner "
            "may have hung or crashed; look at its server log.")
            .arg(m_path, seconds(m_options.idleTimeoutMs));
    case OllamaError::Kind::TotalTimeout:
        return OllamaText::tr("The request %1 did not finish within %2 s and was cancelled.")
            .arg(m_path, seconds(m_options.totalTimeoutMs));
    case OllamaError::Kind::ModelNotFound:
        // installCommand: a locally built model (MedGemma) cannot be pulled; say how to build it.
        return OllamaText::tr("The model '%1' is not installed in Ollama (%2). Install it first: %3")
            .arg(m_model, serverMessage.isEmpty() ? QStringLiteral("HTTP 404") : serverMessage,
                installCommand(m_model));
    case OllamaError::Kind::HttpError:
        return OllamaText::tr("Ollama answered HTTP %1 to %2: %3")
            .arg(QString::number(status), m_path,
                serverMessage.isEmpty() ? OllamaText::tr("(no message)") : serverMessage);
    case OllamaError::Kind::ServerError:
        return OllamaText::tr("Ollama reported an error while answering %1: %2").arg(m_path, serverMessage);
    case OllamaError::Kind::MalformedJson:
        return OllamaText::tr(
            "The answer to %1 from %2 is not valid JSON (it starts with \"%3\"). Is this address really Ollama?")
            .arg(m_path, where, serverMessage);
    case OllamaError::Kind::LineTooLong:
        return OllamaText::tr(
            "Ollama sent more than %1 KiB without a line break in the answer to %2; the answer was abandoned.")
            .arg(QString::number((m_mode == Mode::Json ? m_options.maxBodyBytes : m_options.maxLineBytes) / 1024),
                m_path);
    case OllamaError::Kind::StreamTruncated:
        return OllamaText::tr(
            "The connection to Ollama closed before the answer to %1 was complete (after %2 objects). "
            "Ollama may have crashed or restarted; look at its server log.")
            .arg(m_path, QString::number(m_objectCount));
    case OllamaError::Kind::Cancelled:
        return OllamaText::tr("The request %1 was cancelled.").arg(m_path);
    case OllamaError::Kind::Redirected:
        // serverMessage: where the redirect pointed (another host); empty: a loop of redirects.
        return serverMessage.isEmpty()
            ? OllamaText::tr("%1 at %2 answered with too many redirects (a loop, or more than %3); not followed. "
                             "Is this address really Ollama?")
                  .arg(m_path, where, QString::number(m_options.maxRedirects))
            : OllamaText::tr("%1 at %2 redirected to another address (%3); not followed, so no answer from "
                             "another server is taken for Ollama's. Check OLLAMA_HOST or --host.")
                  .arg(m_path, where, serverMessage);
    case OllamaError::Kind::Network:
        return OllamaText::tr("Could not talk to Ollama at %1: %2").arg(where, serverMessage);
    }
    return {};
}

bool OllamaCall::wait()
{
    if (!m_done) {
        QEventLoop loop;
        connect(this, &OllamaCall::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return !m_error.isError();
}

OllamaClient::OllamaClient(const OllamaClientOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_nam(new QNetworkAccessManager(this))
{
    m_nam->setProxy(QNetworkProxy::NoProxy);
    qRegisterMetaType<ogs::OllamaError>();
}

OllamaCall *OllamaClient::request(
    const QString &method, const QString &path, const QJsonObject &body, OllamaCall::Mode mode)
{
    return new OllamaCall(m_nam, m_options, method, path, body, mode, this);
}

OllamaCall *OllamaClient::version()
{
    return request(QStringLiteral("GET"), QStringLiteral("/api/version"), {}, OllamaCall::Mode::Json);
}

OllamaCall *OllamaClient::tags()
{
    return request(QStringLiteral("GET"), QStringLiteral("/api/tags"), {}, OllamaCall::Mode::Json);
}

OllamaCall *OllamaClient::ps()
{
    return request(QStringLiteral("GET"), QStringLiteral("/api/ps"), {}, OllamaCall::Mode::Json);
}

OllamaCall *OllamaClient::show(const QString &model)
{
    return request(QStringLiteral("POST"), QStringLiteral("/api/show"), { { QStringLiteral("model"), model } },
        OllamaCall::Mode::Json);
}

OllamaCall *OllamaClient::generate(const QJsonObject &request)
{
    QJsonObject body = request;
    body.insert(QStringLiteral("stream"), true);
    return this->request(QStringLiteral("POST"), QStringLiteral("/api/generate"), body, OllamaCall::Mode::Stream);
}

OllamaCall *OllamaClient::pull(const QString &model)
{
    return request(QStringLiteral("POST"), QStringLiteral("/api/pull"),
        { { QStringLiteral("model"), model }, { QStringLiteral("stream"), true } }, OllamaCall::Mode::Stream);
}

OllamaCall *OllamaClient::unload(const QString &model)
{
    return request(QStringLiteral("POST"), QStringLiteral("/api/generate"),
        { { QStringLiteral("model"), model }, { QStringLiteral("keep_alive"), 0 },
            { QStringLiteral("stream"), false } },
        OllamaCall::Mode::Json);
}

} // namespace ogs

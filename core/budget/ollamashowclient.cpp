#include "ollamashowclient.h"

#include "common/coretext.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace ogs {

QUrl OllamaShowClient::normalizeHost(const QString &host)
{
    QString h = host.trimmed();
    if (h.isEmpty())
        h = QStringLiteral("127.0.0.1:11434");
    if (!h.contains(QLatin1String("://")))
        h.prepend(QStringLiteral("http://"));
    QUrl url(h, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return {};
    if (url.host() == QLatin1String("0.0.0.0"))
        url.setHost(QStringLiteral("127.0.0.1")); // a bind address, not a place to connect to
    if (url.port() < 0)
        url.setPort(url.scheme() == QLatin1String("https") ? 443 : 11434);
    url.setPath(QString());
    return url;
}

std::optional<QByteArray> OllamaShowClient::request(
    const QString &path, const QByteArray &postBody, QString *error, int *httpStatus) const
{
    QNetworkAccessManager nam;
    QUrl url = m_baseUrl;
    url.setPath(path);
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = postBody.isNull() ? nam.get(req) : nam.post(req, postBody);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(m_timeoutMs);
    loop.exec();
    if (!reply->isFinished()) {
        reply->abort();
        reply->deleteLater();
        *error = BudgetText::tr("%1 did not answer within %2 s").arg(url.toString()).arg(m_timeoutMs / 1000);
        return std::nullopt;
    }
    const QByteArray body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString netError = reply->errorString();
    const bool failed = reply->error() != QNetworkReply::NoError && status == 0;
    reply->deleteLater();
    if (httpStatus)
        *httpStatus = status;
    if (failed) {
        *error = BudgetText::tr("cannot reach Ollama at %1: %2").arg(m_baseUrl.toString(), netError);
        return std::nullopt;
    }
    if (status != 200) {
        const QString message = QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toString();
        *error = BudgetText::tr("%1 answered HTTP %2%3")
                     .arg(url.toString())
                     .arg(status)
                     .arg(message.isEmpty() ? QString() : QStringLiteral(": ") + message);
        return std::nullopt;
    }
    return body;
}

std::optional<ModelDescription> OllamaShowClient::describe(const QString &model, QString *error)
{
    QString localError;
    QString &err = error ? *error : localError;
    const QByteArray body
        = QJsonDocument(QJsonObject { { QStringLiteral("model"), model } }).toJson(QJsonDocument::Compact);
    int status = 0;
    const std::optional<QByteArray> show = request(QStringLiteral("/api/show"), body, &err, &status);
    if (!show && status == 404) {
        // Ollama's answer for a model it does not have: say what to do, not only the status.
        err = BudgetText::tr("Ollama at %1 does not have the model %2 (%3): download it with `ollama pull %2`, or "
                             "give its file size with --model-size")
                  .arg(m_baseUrl.toString(), model, err.section(QStringLiteral(": "), 1).isEmpty()
                          ? QStringLiteral("HTTP 404")
                          : err.section(QStringLiteral(": "), 1));
    }
    if (!show)
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(*show);
    if (!doc.isObject()) {
        err = BudgetText::tr("Ollama's /api/show answer for %1 is not JSON").arg(model);
        return std::nullopt;
    }
    QString archError;
    std::optional<ModelDescription> d = describeFromShowJson(doc.object(), m_globalEvery, &archError);
    if (!d) {
        err = QStringLiteral("%1: %2").arg(model, archError);
        return std::nullopt;
    }
    // /api/show has no file size; /api/tags lists it.
    QString tagsError;
    if (const std::optional<QByteArray> tags = request(QStringLiteral("/api/tags"), QByteArray(), &tagsError)) {
        const QJsonArray models = QJsonDocument::fromJson(*tags).object().value(QStringLiteral("models")).toArray();
        const QString wanted = model.contains(QLatin1Char(':')) ? model : model + QStringLiteral(":latest");
        for (const QJsonValue &v : models) {
            const QJsonObject m = v.toObject();
            if (m.value(QStringLiteral("name")).toString() == wanted
                || m.value(QStringLiteral("model")).toString() == wanted)
                d->sizeBytes = static_cast<qint64>(m.value(QStringLiteral("size")).toDouble());
        }
    }
    return d;
}

} // namespace ogs

#include "connectiontester.h"

#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>

namespace ogs::ui {

ConnectionTester::ConnectionTester(QWidget *parent)
    : QWidget(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_button(new QPushButton(tr("&Test connection"), this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("connectionTester"));
    m_button->setObjectName(QStringLiteral("testConnectionButton"));
    m_button->setAccessibleName(tr("Test connection"));
    m_result->setObjectName(QStringLiteral("connectionResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_button);
    layout->addWidget(m_result, 1);
    connect(m_button, &QPushButton::clicked, this, [this] { isRunning() ? cancel() : start(); });
}

QString ConnectionTester::resultText() const
{
    return m_result->text();
}

void ConnectionTester::start()
{
    cancel();
    QUrl url = m_url;
    url.setPath(QStringLiteral("/api/version"));
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    m_reply = m_network->get(request);
    m_button->setText(tr("&Cancel test"));
    m_result->setText(tr("Connecting to %1…").arg(m_url.toString()));
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->error() == QNetworkReply::OperationCanceledError && m_reply != reply)
            return; // cancelled: cancel() has already said so
        if (reply->error() != QNetworkReply::NoError) {
            done(false, tr("No answer from %1: %2").arg(m_url.toString(), reply->errorString()), {});
            return;
        }
        const QString version = QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("version")).toString();
        if (version.isEmpty())
            done(false, tr("%1 answered, but not like Ollama does.").arg(m_url.toString()), {});
        else
            done(true, tr("Connected: Ollama %1 at %2.").arg(version, m_url.toString()), version);
    });
}

void ConnectionTester::cancel()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply.clear();
    reply->abort();
    done(false, tr("Test cancelled."), {});
}

void ConnectionTester::done(bool ok, const QString &message, const QString &version)
{
    m_reply.clear();
    m_button->setText(tr("&Test connection"));
    m_result->setText((ok ? QStringLiteral("✔ ") : QStringLiteral("✖ ")) + message);
    emit finished(ok, version);
}

} // namespace ogs::ui

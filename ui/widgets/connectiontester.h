#pragma once

#include <QPointer>
#include <QUrl>
#include <QWidget>

class QLabel;
class QNetworkAccessManager;
class QNetworkReply;
class QPushButton;

namespace ogs::ui {

/// "Test connection": asks `GET /api/version` of an Ollama server asynchronously, with a
/// timeout and cancel, and says what came back.
class ConnectionTester final : public QWidget {
    Q_OBJECT
public:
    explicit ConnectionTester(QWidget *parent = nullptr);
    void setUrl(const QUrl &url) { m_url = url; }
    void setTimeout(int ms) { m_timeoutMs = ms; }
    bool isRunning() const { return !m_reply.isNull(); }
    QString resultText() const;

public slots:
    void start();
    void cancel();

signals:
    void finished(bool ok, const QString &version);

private:
    void done(bool ok, const QString &message, const QString &version);

    QUrl m_url;
    int m_timeoutMs = 5000;
    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QPushButton *m_button;
    QLabel *m_result;
};

} // namespace ogs::ui

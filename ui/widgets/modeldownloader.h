#pragma once

#include "ollama/ollamaclient.h"
#include "ollama/ollamatypes.h"

#include <QHash>
#include <QPointer>
#include <QStringList>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace ogs::ui {

/// Whether a model is installed in Ollama (GET /api/tags) and, when it is not, a Download
/// button that pulls it (POST /api/pull): a progress bar from the stream's completed/total,
/// Cancel (aborts the request), a clear error, and the model list refreshed on success.
class ModelDownloader final : public QWidget {
    Q_OBJECT
public:
    enum class State { Unknown, Checking, Installed, Missing, Unreachable, Downloading, Failed };
    Q_ENUM(State)

    explicit ModelDownloader(QWidget *parent = nullptr);
    void setOllamaUrl(const QUrl &url);
    /// Asks /api/tags whether `model` is installed (asynchronously; stateChanged tells).
    void setModel(const QString &model);
    QString model() const { return m_model; }
    State state() const { return m_state; }
    /// The installed models from the last /api/tags answer (as Ollama names them, "name:tag").
    QStringList installedModels() const { return m_installed; }
    bool isInstalled(const QString &model) const;
    /// The /api/tags entry of an installed model (size, quantization); null when not installed.
    const LocalModel *installedModel(const QString &model) const;

public slots:
    void refresh();
    void startDownload();
    void cancelDownload();

signals:
    void stateChanged(ogs::ui::ModelDownloader::State state);
    void installedModelsChanged(const QStringList &models);

private:
    void setState(State state, const QString &text);
    void onPullObject(const QJsonObject &object);
    void onPullFinished(OllamaCall *call);

    OllamaClient *m_client;
    QPointer<OllamaCall> m_tags;
    QPointer<OllamaCall> m_pull;
    QString m_model;
    QStringList m_installed;
    QList<LocalModel> m_local;
    QHash<QString, std::pair<qint64, qint64>> m_layers; ///< digest → (completed, total)
    State m_state = State::Unknown;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_download;
    QPushButton *m_cancel;
};

} // namespace ogs::ui

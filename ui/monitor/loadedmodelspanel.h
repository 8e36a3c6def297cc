#pragma once

#include "ollama/ollamaclient.h"
#include "ollama/ollamatypes.h"

#include <QDateTime>
#include <QGroupBox>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

class QLabel;
class QTableWidget;

namespace ogs::ui {

/// The models Ollama has loaded, polled from GET /api/ps (one request at a time, never
/// blocking): name, size, the CPU/GPU split as `ollama ps` prints it, context and expiry.
/// Says whether a model is loaded, which the stuck-GPU watchdog needs.
class LoadedModelsPanel final : public QGroupBox {
    Q_OBJECT
public:
    explicit LoadedModelsPanel(QWidget *parent = nullptr);
    void setOllamaUrl(const QUrl &url);
    QUrl ollamaUrl() const { return m_client->options().baseUrl; }
    /// Polls every `intervalMs`, starting now.
    void start(int intervalMs);
    void stop();
    /// true/false once Ollama answered (nothing listening: false); unset while unknown.
    std::optional<bool> modelLoaded() const { return m_modelLoaded; }
    const QList<RunningModel> &models() const { return m_models; }
    QTableWidget *table() const { return m_table; }
    /// The "now" of the UNTIL column (tests pin it).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

public slots:
    void poll();

signals:
    void modelLoadedChanged(std::optional<bool> loaded);
    /// Each answer (or failure) of /api/ps.
    void updated();

private:
    void showModels(const QList<RunningModel> &models);

    OllamaClient *m_client;
    QPointer<OllamaCall> m_inFlight;
    QTimer m_timer;
    QLabel *m_status;
    QTableWidget *m_table;
    QList<RunningModel> m_models;
    std::optional<bool> m_modelLoaded;
    std::function<QDateTime()> m_clock = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace ogs::ui

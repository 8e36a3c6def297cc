#pragma once

#include "ollama/ollamaclient.h"

#include <QObject>

#include <optional>

namespace ogs {

/// Keeps track of whether Ollama has a model loaded, for the stuck-GPU watchdog: polls
/// GET /api/ps (never more than one request in flight). Nothing listening means no model.
class OllamaActivityProbe final : public QObject {
    Q_OBJECT
public:
    explicit OllamaActivityProbe(const QUrl &baseUrl, QObject *parent = nullptr);
    /// Starts a request unless one is still running; the answer arrives with changed().
    void poll();
    /// true/false once Ollama answered (or refused: false); unset while unknown.
    std::optional<bool> modelLoaded() const { return m_modelLoaded; }

signals:
    void changed(std::optional<bool> modelLoaded);

private:
    OllamaClient m_client;
    OllamaCall *m_inFlight = nullptr;
    std::optional<bool> m_modelLoaded;
};

} // namespace ogs

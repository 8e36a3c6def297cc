#pragma once

#include "modelinfosource.h"

#include <QUrl>

namespace ogs {

/// A minimal client for `POST /api/show` and `GET /api/tags`, blocking with a timeout.
/// Kept behind ModelInfoSource so the shared Ollama client can replace it.
class OllamaShowClient final : public ModelInfoSource {
public:
    explicit OllamaShowClient(QUrl baseUrl, QHash<QString, int> globalEvery, int timeoutMs = 10000)
        : m_baseUrl(std::move(baseUrl))
        , m_globalEvery(std::move(globalEvery))
        , m_timeoutMs(timeoutMs)
    {
    }

    std::optional<ModelDescription> describe(const QString &model, QString *error) override;

    /// "localhost:11434", "http://host:11434/" or "0.0.0.0" (as OLLAMA_HOST is written) → a base URL.
    static QUrl normalizeHost(const QString &host);

private:
    std::optional<QByteArray> request(
        const QString &path, const QByteArray &postBody, QString *error, int *httpStatus = nullptr) const;

    QUrl m_baseUrl;
    QHash<QString, int> m_globalEvery;
    int m_timeoutMs;
};

} // namespace ogs

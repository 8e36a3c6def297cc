#include "ollamaactivityprobe.h"

#include <QJsonArray>

namespace ogs {

namespace {

OllamaClientOptions probeOptions(const QUrl &baseUrl)
{
    OllamaClientOptions o;
    o.baseUrl = baseUrl;
    o.connectTimeoutMs = 1000; // a sample interval, not a model load
    o.firstByteTimeoutMs = 2000;
    o.totalTimeoutMs = 3000;
    return o;
}

} // namespace

OllamaActivityProbe::OllamaActivityProbe(const QUrl &baseUrl, QObject *parent)
    : QObject(parent)
    , m_client(probeOptions(baseUrl), this)
{
}

void OllamaActivityProbe::poll()
{
    if (m_inFlight)
        return;
    m_inFlight = m_client.ps();
    connect(m_inFlight, &OllamaCall::finished, this, [this, call = m_inFlight] {
        std::optional<bool> loaded;
        if (call->error().kind == OllamaError::Kind::None)
            loaded = !call->result().value(QStringLiteral("models")).toArray().isEmpty();
        else if (call->error().kind == OllamaError::Kind::NotRunning)
            loaded = false; // no server, no model
        m_inFlight = nullptr;
        call->deleteLater();
        if (loaded != m_modelLoaded) {
            m_modelLoaded = loaded;
            emit changed(loaded);
        }
    });
}

} // namespace ogs

#pragma once

#include <QString>
#include <QUrl>

namespace ogs {

/// OLLAMA_HOST resolved exactly as Ollama's envconfig.Host() does it (scheme, bind host, port, path).
struct OllamaHost {
    QString scheme = QStringLiteral("http");
    QString host = QStringLiteral("127.0.0.1"); ///< as Ollama prints it; IPv6 without brackets
    QString port = QStringLiteral("11434");
    QString path;

    /// "127.0.0.1:11434" / "[::1]:11434", Go's net.JoinHostPort.
    QString hostPort() const;
    /// The URL Ollama's Host() returns (the address the server binds to).
    QUrl url() const;
    /// The URL a client connects to: unspecified bind addresses (0.0.0.0, ::, empty) become loopback.
    QUrl connectUrl() const;
};

/// Resolves an OLLAMA_HOST value (empty = unset) as Ollama does:
/// default http://127.0.0.1:11434; "http://h" defaults to port 80, "https://h" to 443, a bare host to 11434;
/// quotes and spaces trimmed; "ollama.com" means https://ollama.com:443; an invalid port falls back to the default.
OllamaHost resolveOllamaHost(const QString &value);

} // namespace ogs

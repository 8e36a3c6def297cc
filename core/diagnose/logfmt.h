#pragma once

#include <QList>
#include <QMap>
#include <QString>

#include <optional>
#include <utility>

namespace ogs {

/// One structured log line of Ollama (Go slog text format, or the older "2025/01/31 19:56:25 file.go:1: INFO …").
struct LogRecord {
    QString raw; ///< the line as found, trimmed
    QString level; ///< INFO, WARN, DEBUG, ERROR
    QString source; ///< "amd_linux.go:378"
    QString msg;
    QList<std::pair<QString, QString>> attrs; ///< every key=value in order (quotes removed, escapes resolved)

    QString value(const QString &key) const;
    bool has(const QString &key) const;
};

/// Parses key=value pairs as Go's slog writes them; an unterminated quote (a truncated line) takes the rest.
QList<std::pair<QString, QString>> parseLogfmt(const QString &text);
/// Recognises a structured Ollama log line anywhere in `line` (after journald, markdown or other prefixes).
std::optional<LogRecord> parseLogRecord(const QString &line);
/// "8.0 GiB", "512.0 MiB", "0 B", "27.45 GB" → bytes; nullopt when not a size.
std::optional<qint64> parseSize(const QString &text);
/// The `env="map[K:V K2:V2 …]"` of a "server config" line → map (values may be empty; brackets kept).
QMap<QString, QString> parseGoEnvMap(const QString &text);

} // namespace ogs

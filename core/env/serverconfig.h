#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

#include <optional>

namespace ogs {

/// The environment a running Ollama reported in its `msg="server config" env="map[K:V …]"`
/// log line (server/routes.go). Empty values are kept (the key was known but unset).
std::optional<QMap<QString, QString>> parseServerConfigLine(const QString &line);

/// The newest such line in a log (journalctl output, server.log).
std::optional<QMap<QString, QString>> lastServerConfig(const QByteArray &log);

} // namespace ogs

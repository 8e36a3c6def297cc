#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace ogs {

/// Parses a document whose top level must be a JSON object; nullopt with *error otherwise.
inline std::optional<QJsonObject> parseJsonObject(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        *error = QStringLiteral("not a JSON object (%1)").arg(parseError.errorString());
        return std::nullopt;
    }
    return doc.object();
}

} // namespace ogs

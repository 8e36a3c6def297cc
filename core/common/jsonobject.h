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
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("not a JSON object (not valid JSON: %1 at byte %2)")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = QStringLiteral("not a JSON object (it is %1)")
                     .arg(doc.isArray() ? QStringLiteral("an array") : QStringLiteral("a single value"));
        return std::nullopt;
    }
    return doc.object();
}

} // namespace ogs

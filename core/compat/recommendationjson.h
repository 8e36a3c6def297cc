#pragma once

#include "recommendation.h"
#include "versionprobe.h"

#include <QJsonObject>

namespace ogs {

/// The `recommend --json` object (schema in docs/CLI.md).
QJsonObject recommendationToJson(
    const RecommendInput &input, const ResolvedVersion &version, const Recommendation &rec);
QJsonObject pathToJson(const PathAdvice &path);

} // namespace ogs

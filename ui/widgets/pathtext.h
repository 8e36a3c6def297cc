#pragma once

#include "compat/recommendation.h"

#include <QString>

namespace ogs::ui {

/// Translated names and phrases for the recommendation's data.
QString pathTitle(PathId id);
QString stabilityText(const QString &stability);
QString speedText(const PathAdvice &path);
QString tokensText(const PathAdvice &path);

} // namespace ogs::ui

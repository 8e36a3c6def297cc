#pragma once

#include "ollama/benchreport.h"
#include "recommendation.h"

#include <optional>

namespace ogs {

/// The generation speed expected on `path` for the GPU `gpuName`, from the recommendation's speed table
/// (scaled to the path by its relative speed), for the verify step's verdict. nullopt with *note saying why
/// when the recommendation has no number; a range measured with another model comes with a note too.
std::optional<ExpectedRange> expectedSpeed(
    const Recommendation &recommendation, PathId path, const QString &gpuName, const QString &model, QString *note);

} // namespace ogs

#pragma once

#include "gpudetector.h"

#include <QJsonObject>

namespace ogs {

/// The `detect --json` object (schema in docs/CLI.md).
QJsonObject gpuToJson(const GpuInfo &gpu);
QJsonObject reportToJson(const DetectionReport &report);

} // namespace ogs

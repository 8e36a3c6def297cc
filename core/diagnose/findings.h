#pragma once

#include "ollamalog.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace ogs {

enum class Severity { Info, Warning, Error };

/// One diagnosis: what the log shows (evidence), why it happens (cause) and what to do (fix).
struct Finding {
    QString id;
    Severity severity = Severity::Info;
    QString evidence; ///< the log line, or a description of the missing line
    QString cause;
    QString fix;
};

/// What the wizard knows beyond the log; every field is optional.
struct DiagnoseContext {
    QString os; ///< "linux", "windows", "wsl2", "macos"; empty: from the log
    QMap<QString, QString> appliedSettings; ///< the variables we set, checked against "server config"
    QString plannedBackend; ///< "vulkan" or "rocm" when the plan chose one
    std::optional<bool> inRenderGroup; ///< from detection (Linux)
    /// Loaded models from /api/ps: (name, size, size_vram).
    QList<std::tuple<QString, qint64, qint64>> runningModels;
};

QString severityKey(Severity severity);
/// Derives the findings, most severe first. Pure: the same log and context give the same findings.
QList<Finding> diagnose(const ParsedLog &log, const DiagnoseContext &context);
QJsonObject findingToJson(const Finding &finding);
/// The HSA_OVERRIDE_GFX_VERSION value to try for `gfx` ("gfx1031" → "10.3.0"), given what the build supports
/// (empty list = unknown); empty when no override is close enough (RDNA1, for example).
QString suggestedOverride(const QString &gfx, const QStringList &supportedTypes);

} // namespace ogs

#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ogs {

/// One entry of GET /api/tags.
struct LocalModel {
    QString name;
    qint64 sizeBytes = 0;
    QString digest;
    QString family;
    QString parameterSize;
    QString quantization;
};

/// One entry of GET /api/ps.
struct RunningModel {
    QString name;
    QString digest;
    qint64 sizeBytes = 0;
    qint64 sizeVramBytes = 0;
    std::optional<qint64> contextLength;
    QDateTime expiresAt; ///< invalid when Ollama sent none
};

/// The counters of a final generate object (durations in nanoseconds, as Ollama sends them).
struct GenerateStats {
    QString doneReason;
    qint64 totalDurationNs = 0;
    qint64 loadDurationNs = 0;
    qint64 promptEvalCount = 0;
    qint64 promptEvalDurationNs = 0;
    qint64 evalCount = 0;
    qint64 evalDurationNs = 0;

    /// eval_count / eval_duration · 1e9; nullopt when a duration is missing.
    std::optional<double> evalRate() const;
    std::optional<double> promptEvalRate() const;
};

/// One /api/pull progress object; total/completed arrive late or not at all.
struct PullProgress {
    QString status;
    QString digest;
    std::optional<qint64> total;
    std::optional<qint64> completed;
};

/// The parts of POST /api/show the wizard uses.
struct ModelDetails {
    QString family;
    QString parameterSize;
    QString quantization;
    QString architecture;
    std::optional<qint64> blockCount;
    std::optional<qint64> contextLength;
    std::optional<qint64> headCountKv;
    std::optional<qint64> embeddingLength;
    QStringList capabilities;
};

QString parseVersion(const QJsonObject &object);
QList<LocalModel> parseTags(const QJsonObject &object);
QList<RunningModel> parseRunningModels(const QJsonObject &object);
GenerateStats parseGenerateStats(const QJsonObject &finalObject);
PullProgress parsePullProgress(const QJsonObject &object);
ModelDetails parseShow(const QJsonObject &object);
/// "llama3.2" → "llama3.2:latest", as Ollama names models without a tag.
QString normalizeModelName(const QString &name);

} // namespace ogs

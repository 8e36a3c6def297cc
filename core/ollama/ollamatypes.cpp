#include "ollamatypes.h"

#include "common/checkedcast.h"

#include <QJsonArray>

namespace ogs {

namespace {

std::optional<qint64> optInt(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (!v.isDouble())
        return std::nullopt;
    return checkedIntFromDouble<qint64>(v.toDouble()); // 1e300 is no count: treated as missing
}

qint64 intOr0(const QJsonObject &o, const QString &key)
{
    return optInt(o, key).value_or(0);
}

std::optional<double> rate(qint64 count, qint64 durationNs)
{
    if (count <= 0 || durationNs <= 0)
        return std::nullopt;
    return static_cast<double>(count) / static_cast<double>(durationNs) * 1e9;
}

} // namespace

std::optional<double> GenerateStats::evalRate() const
{
    return rate(evalCount, evalDurationNs);
}

std::optional<double> GenerateStats::promptEvalRate() const
{
    return rate(promptEvalCount, promptEvalDurationNs);
}

QString parseVersion(const QJsonObject &object)
{
    return object.value(QLatin1String("version")).toString();
}

QList<LocalModel> parseTags(const QJsonObject &object)
{
    QList<LocalModel> result;
    for (const QJsonValue &v : object.value(QLatin1String("models")).toArray()) {
        const QJsonObject m = v.toObject();
        const QJsonObject d = m.value(QLatin1String("details")).toObject();
        result.append({ m.value(QLatin1String("name")).toString(), intOr0(m, QStringLiteral("size")),
            m.value(QLatin1String("digest")).toString(), d.value(QLatin1String("family")).toString(),
            d.value(QLatin1String("parameter_size")).toString(),
            d.value(QLatin1String("quantization_level")).toString() });
    }
    return result;
}

QList<RunningModel> parseRunningModels(const QJsonObject &object)
{
    QList<RunningModel> result;
    for (const QJsonValue &v : object.value(QLatin1String("models")).toArray()) {
        const QJsonObject m = v.toObject();
        RunningModel r;
        r.name = m.value(QLatin1String("name")).toString();
        if (r.name.isEmpty())
            r.name = m.value(QLatin1String("model")).toString();
        r.digest = m.value(QLatin1String("digest")).toString();
        r.sizeBytes = intOr0(m, QStringLiteral("size"));
        r.sizeVramBytes = intOr0(m, QStringLiteral("size_vram"));
        r.contextLength = optInt(m, QStringLiteral("context_length"));
        r.expiresAt = QDateTime::fromString(m.value(QLatin1String("expires_at")).toString(), Qt::ISODateWithMs);
        result.append(r);
    }
    return result;
}

GenerateStats parseGenerateStats(const QJsonObject &o)
{
    GenerateStats s;
    s.doneReason = o.value(QLatin1String("done_reason")).toString();
    s.totalDurationNs = intOr0(o, QStringLiteral("total_duration"));
    s.loadDurationNs = intOr0(o, QStringLiteral("load_duration"));
    s.promptEvalCount = intOr0(o, QStringLiteral("prompt_eval_count"));
    s.promptEvalDurationNs = intOr0(o, QStringLiteral("prompt_eval_duration"));
    s.evalCount = intOr0(o, QStringLiteral("eval_count"));
    s.evalDurationNs = intOr0(o, QStringLiteral("eval_duration"));
    return s;
}

PullProgress parsePullProgress(const QJsonObject &o)
{
    return { o.value(QLatin1String("status")).toString(), o.value(QLatin1String("digest")).toString(),
        optInt(o, QStringLiteral("total")), optInt(o, QStringLiteral("completed")) };
}

ModelDetails parseShow(const QJsonObject &o)
{
    ModelDetails d;
    const QJsonObject details = o.value(QLatin1String("details")).toObject();
    d.family = details.value(QLatin1String("family")).toString();
    d.parameterSize = details.value(QLatin1String("parameter_size")).toString();
    d.quantization = details.value(QLatin1String("quantization_level")).toString();
    const QJsonObject info = o.value(QLatin1String("model_info")).toObject();
    d.architecture = info.value(QLatin1String("general.architecture")).toString();
    if (!d.architecture.isEmpty()) {
        const QString p = d.architecture + QLatin1Char('.');
        d.blockCount = optInt(info, p + QStringLiteral("block_count"));
        d.contextLength = optInt(info, p + QStringLiteral("context_length"));
        d.headCountKv = optInt(info, p + QStringLiteral("attention.head_count_kv"));
        d.embeddingLength = optInt(info, p + QStringLiteral("embedding_length"));
    }
    for (const QJsonValue &c : o.value(QLatin1String("capabilities")).toArray())
        d.capabilities << c.toString();
    return d;
}

QString normalizeModelName(const QString &name)
{
    const qsizetype slash = name.lastIndexOf(QLatin1Char('/'));
    if (name.indexOf(QLatin1Char(':'), slash + 1) >= 0 || name.isEmpty())
        return name;
    return name + QStringLiteral(":latest");
}

} // namespace ogs

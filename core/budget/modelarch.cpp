#include "modelarch.h"

#include <QJsonArray>

#include <algorithm>

namespace ogs {

namespace {

/// A number, or the maximum of an array of numbers (per-layer values).
std::optional<qint64> number(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble())
        return static_cast<qint64>(v.toDouble());
    if (v.isArray() && !v.toArray().isEmpty()) {
        qint64 best = 0;
        for (const QJsonValue &e : v.toArray())
            best = std::max(best, static_cast<qint64>(e.toDouble()));
        return best;
    }
    return std::nullopt;
}

} // namespace

std::optional<ModelArch> ModelArch::fromModelInfo(
    const QJsonObject &info, const QHash<QString, int> &globalEvery, QString *error)
{
    QString localError;
    QString &err = error ? *error : localError;
    ModelArch a;
    a.architecture = info.value(QStringLiteral("general.architecture")).toString();
    if (a.architecture.isEmpty()) {
        err = QStringLiteral("model_info has no general.architecture");
        return std::nullopt;
    }
    const QString p = a.architecture + QLatin1Char('.');
    auto require = [&](const QString &key, int *out) {
        const std::optional<qint64> v = number(info, p + key);
        if (!v || *v <= 0) {
            err = QStringLiteral("model_info has no %1%2").arg(p, key);
            return false;
        }
        *out = static_cast<int>(*v);
        return true;
    };
    if (!require(QStringLiteral("block_count"), &a.blockCount)
        || !require(QStringLiteral("embedding_length"), &a.embeddingLength)
        || !require(QStringLiteral("attention.head_count"), &a.headCount))
        return std::nullopt;

    const QJsonValue kv = info.value(p + QStringLiteral("attention.head_count_kv"));
    if (kv.isArray()) {
        const QJsonArray arr = kv.toArray();
        if (arr.size() != a.blockCount) {
            err = QStringLiteral("%1attention.head_count_kv lists %2 layers, block_count says %3")
                      .arg(p)
                      .arg(arr.size())
                      .arg(a.blockCount);
            return std::nullopt;
        }
        for (const QJsonValue &e : arr)
            a.headCountKv << e.toInt();
    } else {
        const int n = kv.isDouble() ? kv.toInt() : a.headCount; // no GQA: as many KV heads as query heads
        for (int i = 0; i < a.blockCount; ++i)
            a.headCountKv << n;
    }
    a.keyLength = static_cast<int>(
        number(info, p + QStringLiteral("attention.key_length")).value_or(a.embeddingLength / a.headCount));
    a.valueLength = static_cast<int>(number(info, p + QStringLiteral("attention.value_length")).value_or(a.keyLength));
    a.contextLength = static_cast<int>(number(info, p + QStringLiteral("context_length")).value_or(0));
    a.slidingWindow = static_cast<int>(number(info, p + QStringLiteral("attention.sliding_window")).value_or(0));
    a.vocabSize = number(info, p + QStringLiteral("vocab_size")).value_or(0);
    if (a.vocabSize == 0) {
        const QJsonArray tokens = info.value(QStringLiteral("tokenizer.ggml.tokens")).toArray();
        a.vocabSize = tokens.size(); // empty unless /api/show ran with verbose=true
    }
    if (const std::optional<qint64> params = number(info, QStringLiteral("general.parameter_count")))
        a.parameterCount = *params;

    const QJsonValue pattern = info.value(p + QStringLiteral("attention.sliding_window_pattern"));
    if (a.slidingWindow > 0 && pattern.isArray() && pattern.toArray().size() == a.blockCount) {
        for (const QJsonValue &e : pattern.toArray())
            a.slidingLayers << e.toBool();
    } else if (a.slidingWindow > 0 && globalEvery.value(a.architecture) > 0) {
        const int n = globalEvery.value(a.architecture);
        for (int i = 0; i < a.blockCount; ++i)
            a.slidingLayers << ((i + 1) % n != 0);
    } else {
        // A window without a known layout: count every layer as global (never under-estimates).
        for (int i = 0; i < a.blockCount; ++i)
            a.slidingLayers << false;
    }
    return a;
}

} // namespace ogs

#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ogs {

/// The numbers of a model's architecture that decide its KV cache and compute buffer, as
/// `POST /api/show` reports them in model_info.
struct ModelArch {
    QString architecture; ///< "llama", "gemma3"
    int blockCount = 0;
    int embeddingLength = 0;
    int headCount = 0; ///< the largest over layers
    QList<int> headCountKv; ///< per layer; 0 marks a layer without attention (recurrent)
    int keyLength = 0;
    int valueLength = 0;
    int contextLength = 0; ///< the longest context the model was trained for; 0 unknown
    int slidingWindow = 0; ///< tokens; 0 when no layer uses a sliding window
    QList<bool> slidingLayers; ///< per layer: true when it keeps only the sliding window
    qint64 vocabSize = 0; ///< 0 when unknown
    std::optional<qint64> parameterCount;

    /// Reads model_info. `globalEvery` gives the sliding-window layout per architecture
    /// (every Nth layer global) for models whose metadata does not list it per layer.
    /// nullopt with *error naming the missing key when the data is not enough.
    static std::optional<ModelArch> fromModelInfo(
        const QJsonObject &modelInfo, const QHash<QString, int> &globalEvery, QString *error);
};

} // namespace ogs

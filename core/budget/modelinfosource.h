#pragma once

#include "modelarch.h"

#include <optional>

namespace ogs {

/// What a running Ollama says about one model.
struct ModelDescription {
    ModelArch arch;
    std::optional<qint64> sizeBytes; ///< the model's size from /api/tags; nullopt if not listed
    QString quantization; ///< details.quantization_level
};

/// Where the budget gets a model's architecture when it is not in the built-in catalogue.
/// An interface so the shared Ollama client can take over later, and tests can stand in.
class ModelInfoSource {
public:
    virtual ~ModelInfoSource() = default;
    /// nullopt with *error (a sentence naming the model and the server) on failure.
    virtual std::optional<ModelDescription> describe(const QString &model, QString *error) = 0;
};

/// Turns an /api/show answer (or its bare model_info object) into a description.
std::optional<ModelDescription> describeFromShowJson(
    const QJsonObject &show, const QHash<QString, int> &globalEvery, QString *error);

/// Bytes a model of `parameterCount` weights takes at `quantization` ("Q4_K_M", "Q8_0", "F16"),
/// from ggml's bits per weight; nullopt for an unknown quantization.
std::optional<qint64> estimateWeightBytes(qint64 parameterCount, const QString &quantization);

} // namespace ogs

#include "modelinfosource.h"

namespace ogs {

std::optional<ModelDescription> describeFromShowJson(
    const QJsonObject &show, const QHash<QString, int> &globalEvery, QString *error)
{
    const bool wrapped = show.contains(QStringLiteral("model_info"));
    const QJsonObject info = wrapped ? show.value(QStringLiteral("model_info")).toObject() : show;
    const std::optional<ModelArch> arch = ModelArch::fromModelInfo(info, globalEvery, error);
    if (!arch)
        return std::nullopt;
    ModelDescription d;
    d.arch = *arch;
    d.quantization
        = show.value(QStringLiteral("details")).toObject().value(QStringLiteral("quantization_level")).toString();
    if (show.contains(QStringLiteral("size")))
        d.sizeBytes = static_cast<qint64>(show.value(QStringLiteral("size")).toDouble());
    return d;
}

std::optional<qint64> estimateWeightBytes(qint64 parameterCount, const QString &quantization)
{
    // Average bits per weight of ggml's formats, including block scales.
    static const QList<std::pair<QString, double>> bits {
        { QStringLiteral("F32"), 32.0 },
        { QStringLiteral("F16"), 16.0 },
        { QStringLiteral("BF16"), 16.0 },
        { QStringLiteral("Q8_0"), 8.5 },
        { QStringLiteral("Q6_K"), 6.5625 },
        { QStringLiteral("Q5_K_M"), 5.5 },
        { QStringLiteral("Q5_K_S"), 5.5 },
        { QStringLiteral("Q5_0"), 5.5 },
        { QStringLiteral("Q5_1"), 6.0 },
        { QStringLiteral("Q4_K_M"), 4.5 },
        { QStringLiteral("Q4_K_S"), 4.5 },
        { QStringLiteral("Q4_0"), 4.5 },
        { QStringLiteral("Q4_1"), 5.0 },
        { QStringLiteral("Q3_K_M"), 3.4375 },
        { QStringLiteral("Q3_K_S"), 3.4375 },
        { QStringLiteral("Q3_K_L"), 3.4375 },
        { QStringLiteral("Q2_K"), 2.625 },
        { QStringLiteral("MXFP4"), 4.25 },
    };
    const QString q = quantization.trimmed().toUpper();
    for (const auto &[name, b] : bits)
        if (name == q && parameterCount > 0)
            return static_cast<qint64>(static_cast<double>(parameterCount) * b / 8.0);
    return std::nullopt;
}

} // namespace ogs

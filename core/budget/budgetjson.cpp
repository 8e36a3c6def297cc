#include "budgetjson.h"

#include <QJsonArray>

#include <cmath>

namespace ogs {

QJsonObject budgetToJson(const BudgetInput &in, const BudgetResult &r, const std::optional<VariantChoice> &variant)
{
    QJsonObject o;
    o.insert(QStringLiteral("fits"), r.fits);
    o.insert(QStringLiteral("complete"), r.complete);
    o.insert(QStringLiteral("gpu_fraction"), std::round(r.gpuFraction * 1000.0) / 1000.0);
    o.insert(QStringLiteral("processor"), r.processor);
    o.insert(QStringLiteral("required_bytes"), static_cast<double>(r.required));
    o.insert(QStringLiteral("available_bytes"), static_cast<double>(in.available));
    o.insert(QStringLiteral("vram_bytes"), static_cast<double>(in.vramTotal));
    const QJsonValue kv = r.complete ? QJsonValue(static_cast<double>(r.kvCache)) : QJsonValue(QJsonValue::Null);
    const QJsonValue graph
        = r.complete ? QJsonValue(static_cast<double>(r.graph + r.reserve)) : QJsonValue(QJsonValue::Null);
    o.insert(QStringLiteral("breakdown"),
        QJsonObject { { QStringLiteral("weights"), static_cast<double>(r.weights) }, { QStringLiteral("kv_cache"), kv },
            { QStringLiteral("compute"), graph },
            { QStringLiteral("compute_graph"),
                r.complete ? QJsonValue(static_cast<double>(r.graph)) : QJsonValue(QJsonValue::Null) },
            { QStringLiteral("compute_graph_partial"),
                r.complete ? QJsonValue(static_cast<double>(r.graphPartial)) : QJsonValue(QJsonValue::Null) },
            { QStringLiteral("compute_reserve"), static_cast<double>(r.reserve) },
            { QStringLiteral("overhead"), static_cast<double>(r.overhead) } });
    o.insert(QStringLiteral("context"), in.context);
    o.insert(QStringLiteral("parallel"), in.parallel);
    o.insert(QStringLiteral("kv_type"), kvTypeKey(in.kvType));
    o.insert(QStringLiteral("layers_on_gpu"), r.complete ? QJsonValue(r.layersOnGpu) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("layer_count"), r.complete ? QJsonValue(r.layerCount) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("size_bytes"), static_cast<double>(r.size));
    o.insert(QStringLiteral("size_vram_bytes"), static_cast<double>(r.sizeVram));
    o.insert(QStringLiteral("max_context_full_gpu"),
        r.maxContextFullGpu ? QJsonValue(*r.maxContextFullGpu) : QJsonValue(QJsonValue::Null));
    if (variant) {
        o.insert(QStringLiteral("recommended_variant"),
            QJsonObject { { QStringLiteral("name"), variant->model.name },
                { QStringLiteral("variant"), variant->model.variant },
                { QStringLiteral("quantization"), variant->model.quantization },
                { QStringLiteral("size_bytes"), static_cast<double>(variant->model.sizeBytes) },
                { QStringLiteral("fits_fully"), variant->fitsFully }, { QStringLiteral("reason"), variant->reason } });
    } else {
        o.insert(QStringLiteral("recommended_variant"), QJsonValue::Null);
    }
    o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(r.notes));
    return o;
}

} // namespace ogs

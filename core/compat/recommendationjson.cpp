#include "recommendationjson.h"

#include "detect/detectionjson.h"

#include <QJsonArray>

namespace ogs {

namespace {

QJsonObject envObject(const EnvList &env)
{
    QJsonObject o;
    for (const auto &[name, value] : env)
        o.insert(name, value);
    return o;
}

QJsonObject rangeObject(const Range &r)
{
    return QJsonObject { { QStringLiteral("min"), r.min }, { QStringLiteral("max"), r.max } };
}

QJsonValue optionalBool(const std::optional<bool> &b)
{
    return b ? QJsonValue(*b) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject pathToJson(const PathAdvice &p)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), pathKey(p.id));
    o.insert(QStringLiteral("rank"), p.rank);
    o.insert(QStringLiteral("env"), envObject(p.env));
    o.insert(QStringLiteral("unset"), QJsonArray::fromStringList(p.unset));
    o.insert(QStringLiteral("optional_env"), envObject(p.optionalEnv));
    o.insert(QStringLiteral("requires"), QJsonArray::fromStringList(p.requirements));
    o.insert(QStringLiteral("expected_relative_speed"), rangeObject(p.relativeSpeed));
    if (p.tokens) {
        QJsonObject t = rangeObject(p.tokens->tokensPerSecond);
        t.insert(QStringLiteral("model"), p.tokens->model);
        t.insert(QStringLiteral("card"), p.tokens->card);
        t.insert(QStringLiteral("basis"), p.tokens->basis);
        o.insert(QStringLiteral("expected_tokens_per_s"), t);
    } else {
        o.insert(QStringLiteral("expected_tokens_per_s"), QJsonValue::Null);
    }
    o.insert(QStringLiteral("stability"), p.stability);
    o.insert(QStringLiteral("reasons"), QJsonArray::fromStringList(p.reasons));
    o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(p.warnings));
    o.insert(QStringLiteral("rules"), QJsonArray::fromStringList(p.rules));
    return o;
}

QJsonObject recommendationToJson(const RecommendInput &input, const ResolvedVersion &version, const Recommendation &rec)
{
    QJsonObject root;
    root.insert(QStringLiteral("platform"), platformKey(input.platform));
    root.insert(QStringLiteral("gpu"), input.gpu ? QJsonValue(gpuToJson(*input.gpu)) : QJsonValue(QJsonValue::Null));
    root.insert(
        QStringLiteral("model"), input.model.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(input.model));
    root.insert(QStringLiteral("ollama_version"), version.version.toString());
    root.insert(QStringLiteral("ollama_version_source"), versionOriginKey(version.origin));
    root.insert(QStringLiteral("ollama_version_assumed"), version.assumed);
    root.insert(QStringLiteral("rocm_installed"), optionalBool(input.rocmInstalled));
    root.insert(QStringLiteral("hip_sdk_installed"), optionalBool(input.hipSdkInstalled));
    if (input.install) {
        root.insert(QStringLiteral("ollama_install"),
            QJsonObject { { QStringLiteral("lib_dir"), input.install->libDir },
                { QStringLiteral("rocm_dir"), input.install->rocmDir },
                { QStringLiteral("rocm_targets"), QJsonArray::fromStringList(input.install->rocmTargets) },
                { QStringLiteral("has_vulkan"), input.install->hasVulkan() } });
    } else {
        root.insert(QStringLiteral("ollama_install"), QJsonValue::Null);
    }
    if (rec.rocm) {
        const RocmSupport &s = *rec.rocm;
        root.insert(QStringLiteral("rocm_support"),
            QJsonObject { { QStringLiteral("gfx"), s.gfx.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.gfx) },
                { QStringLiteral("known"), s.known }, { QStringLiteral("family"), s.family },
                { QStringLiteral("table"), s.table }, { QStringLiteral("install"), optionalBool(s.installed) },
                { QStringLiteral("supported"), s.effective }, { QStringLiteral("decided_by"), s.decidedBy },
                { QStringLiteral("targets"), QJsonArray::fromStringList(s.effectiveTargets) } });
    } else {
        root.insert(QStringLiteral("rocm_support"), QJsonValue::Null);
    }
    QJsonArray paths;
    for (const PathAdvice &p : rec.paths)
        paths.append(pathToJson(p));
    root.insert(QStringLiteral("paths"), paths);
    QJsonArray rejected;
    for (const RejectedPath &r : rec.rejected)
        rejected.append(
            QJsonObject { { QStringLiteral("id"), pathKey(r.id) }, { QStringLiteral("reason"), r.reason } });
    root.insert(QStringLiteral("not_offered"), rejected);
    root.insert(QStringLiteral("notes"), QJsonArray::fromStringList(rec.notes));
    return root;
}

} // namespace ogs

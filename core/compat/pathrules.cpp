#include "pathrules.h"

#include "common/builtinresource.h"
#include "common/jsonobject.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ogs {

bool RuleCondition::matches(const RuleFacts &f) const
{
    if (!platforms.isEmpty() && !platforms.contains(f.platform))
        return false;
    if (!vendors.isEmpty() && !vendors.contains(f.vendor))
        return false;
    if (!gfx.pattern().isEmpty() && !gfx.match(f.gfx).hasMatch())
        return false;
    if (!gfxNot.pattern().isEmpty() && gfxNot.match(f.gfx).hasMatch())
        return false;
    if (!model.pattern().isEmpty() && !model.match(f.model).hasMatch())
        return false;
    if (integrated && *integrated != f.integrated)
        return false;
    if (minVersion && f.version < *minVersion)
        return false;
    if (rocmNative && *rocmNative != f.rocmNative)
        return false;
    if (!rocmInstalled.isEmpty() && !rocmInstalled.contains(f.rocmInstalled))
        return false;
    return true;
}

namespace {

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out << s.toString();
    return out;
}

EnvList envList(const QJsonValue &v)
{
    EnvList env;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        env.append({ it.key(), it.value().toString() });
    return env;
}

bool regex(const QJsonObject &o, const char *key, QRegularExpression *out, QString *error, const QString &where)
{
    const QString pattern = o.value(QLatin1String(key)).toString();
    if (pattern.isEmpty())
        return true;
    *out = QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption);
    if (!out->isValid()) {
        *error = QStringLiteral("%1.%2: %3").arg(where, QLatin1String(key), out->errorString());
        return false;
    }
    return true;
}

bool range(const QJsonValue &v, Range *out)
{
    const QJsonArray a = v.toArray();
    if (a.size() != 2 || !a.at(0).isDouble() || !a.at(1).isDouble())
        return false;
    out->min = a.at(0).toInt();
    out->max = a.at(1).toInt();
    return out->min <= out->max;
}

} // namespace

PathRules PathRules::fromJson(const QByteArray &json, QString *error)
{
    QString localError;
    QString &err = error ? *error : localError;
    const std::optional<QJsonObject> parsed = parseJsonObject(json, &err);
    if (!parsed)
        return {};
    const QJsonObject &root = *parsed;
    PathRules r;

    const QJsonObject paths = root.value(QLatin1String("paths")).toObject();
    for (PathId id : allPathIds()) {
        const QJsonObject p = paths.value(pathKey(id)).toObject();
        if (p.isEmpty()) {
            err = QStringLiteral("paths: '%1' is missing").arg(pathKey(id));
            return {};
        }
        PathProfile profile;
        profile.id = id;
        profile.title = p.value(QLatin1String("title")).toString();
        profile.stability = p.value(QLatin1String("stability")).toString();
        profile.unset = strings(p.value(QLatin1String("unset")));
        profile.requirements = strings(p.value(QLatin1String("requires")));
        profile.source = p.value(QLatin1String("source")).toString().trimmed();
        if (profile.source.isEmpty()) {
            err = QStringLiteral("paths.%1: no source (every fact names where it comes from)").arg(pathKey(id));
            return {};
        }
        if (!range(p.value(QLatin1String("relative_speed")), &profile.relativeSpeed)) {
            err = QStringLiteral("paths.%1.relative_speed: expected [min, max]").arg(pathKey(id));
            return {};
        }
        r.m_profiles.insert(id, profile);
    }

    const QJsonObject speeds = root.value(QLatin1String("speeds")).toObject();
    r.m_speedModel = speeds.value(QLatin1String("model")).toString();
    r.m_speedSource = speeds.value(QLatin1String("source")).toString().trimmed();
    if (r.m_speedSource.isEmpty()) {
        err = QStringLiteral("speeds: no source (every fact names where it comes from)");
        return {};
    }
    for (const QJsonValue &v : speeds.value(QLatin1String("cards")).toArray()) {
        const QJsonObject o = v.toObject();
        CardSpeed s;
        s.card = o.value(QLatin1String("card")).toString();
        s.pattern = QRegularExpression(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(s.card)),
            QRegularExpression::CaseInsensitiveOption);
        const std::optional<PathId> on = pathFromKey(o.value(QLatin1String("measured_on")).toString());
        if (s.card.isEmpty() || !on || !range(o.value(QLatin1String("tokens_per_s")), &s.tokensPerSecond)) {
            err = QStringLiteral("speeds: bad row for '%1'").arg(s.card);
            return {};
        }
        s.measuredOn = *on;
        r.m_speeds.append(s);
    }

    const QJsonArray rules = root.value(QLatin1String("rules")).toArray();
    for (int i = 0; i < rules.size(); ++i) {
        const QJsonObject o = rules.at(i).toObject();
        PathRule rule;
        rule.id = o.value(QLatin1String("id")).toString();
        rule.reference = o.value(QLatin1String("reference")).toString();
        const QString where = QStringLiteral("rules[%1] (%2)").arg(i).arg(rule.id);
        if (rule.id.isEmpty() || rule.reference.isEmpty()) {
            err = where + QStringLiteral(": every rule needs an id and a reference");
            return {};
        }
        const QJsonObject when = o.value(QLatin1String("when")).toObject();
        RuleCondition &c = rule.when;
        c.platforms = strings(when.value(QLatin1String("platforms")));
        c.vendors = strings(when.value(QLatin1String("vendors")));
        c.rocmInstalled = strings(when.value(QLatin1String("rocm_installed")));
        if (!regex(when, "gfx", &c.gfx, &err, where) || !regex(when, "gfx_not", &c.gfxNot, &err, where)
            || !regex(when, "model", &c.model, &err, where))
            return {};
        if (when.contains(QLatin1String("integrated")))
            c.integrated = when.value(QLatin1String("integrated")).toBool();
        if (when.contains(QLatin1String("rocm_native")))
            c.rocmNative = when.value(QLatin1String("rocm_native")).toBool();
        if (when.contains(QLatin1String("min_version"))) {
            c.minVersion = OllamaVersion::parse(when.value(QLatin1String("min_version")).toString());
            if (!c.minVersion) {
                err = where + QStringLiteral(": bad min_version");
                return {};
            }
        }
        for (const QJsonValue &ev : o.value(QLatin1String("effects")).toArray()) {
            const QJsonObject e = ev.toObject();
            RuleEffect effect;
            const std::optional<PathId> path = pathFromKey(e.value(QLatin1String("path")).toString());
            if (!path) {
                err = where + QStringLiteral(": unknown path '%1'").arg(e.value(QLatin1String("path")).toString());
                return {};
            }
            effect.path = *path;
            effect.promote = e.value(QLatin1String("promote")).toBool();
            effect.env = envList(e.value(QLatin1String("env")));
            effect.optionalEnv = envList(e.value(QLatin1String("optional_env")));
            effect.requirements = strings(e.value(QLatin1String("requires")));
            effect.reasons = strings(e.value(QLatin1String("reasons")));
            effect.warnings = strings(e.value(QLatin1String("warnings")));
            rule.effects.append(effect);
        }
        if (rule.effects.isEmpty()) {
            err = where + QStringLiteral(": no effects");
            return {};
        }
        r.m_rules.append(rule);
    }
    return r;
}

const PathRules &PathRules::builtin()
{
    static const PathRules rules
        = loadBuiltinResource<PathRules>(QStringLiteral(":/ogs/data/path-rules.json"), &PathRules::fromJson);
    return rules;
}

const CardSpeed *PathRules::speedFor(const QString &gpuName) const
{
    if (gpuName.isEmpty())
        return nullptr;
    for (const CardSpeed &s : m_speeds)
        if (s.pattern.match(gpuName).hasMatch())
            return &s;
    return nullptr;
}

} // namespace ogs

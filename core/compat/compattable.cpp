#include "compattable.h"

#include "common/builtinresource.h"
#include "common/jsonobject.h"

#include "gfxtarget.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <tuple>

namespace ogs {

QString rocmOsKey(RocmOs os)
{
    return os == RocmOs::Linux ? QStringLiteral("linux") : QStringLiteral("windows");
}

namespace {

bool readTargets(const QJsonValue &value, QStringList *out, QString *error, const QString &where)
{
    if (!value.isArray()) {
        *error = QStringLiteral("%1: expected a list of gfx targets").arg(where);
        return false;
    }
    for (const QJsonValue &v : value.toArray()) {
        const QString gfx = normalizeGfxTarget(v.toString());
        if (gfx.isEmpty()) {
            *error = QStringLiteral("%1: '%2' is not a gfx target").arg(where, v.toString());
            return false;
        }
        if (!out->contains(gfx))
            out->append(gfx);
    }
    return true;
}

bool readVersion(const QJsonValue &value, OllamaVersion *out, QString *error, const QString &where)
{
    const std::optional<OllamaVersion> v = OllamaVersion::parse(value.toString());
    if (!v) {
        *error = QStringLiteral("%1: '%2' is not a version").arg(where, value.toString());
        return false;
    }
    *out = *v;
    return true;
}

/// The entry's "source" (or `key`); a fact without one is an error naming the entry.
bool readSource(const QJsonObject &o, QString *out, QString *error, const QString &where,
    QLatin1String key = QLatin1String("source"))
{
    *out = o.value(key).toString().trimmed();
    if (out->isEmpty()) {
        *error = QStringLiteral("%1: no %2 (every fact names where it comes from)").arg(where, key);
        return false;
    }
    return true;
}

bool readFeature(const QJsonObject &features, const char *key, CompatFeature *out, QString *error,
    const QString &parent = QStringLiteral("features"))
{
    const QString where = QStringLiteral("%1.%2").arg(parent, QLatin1String(key));
    const QJsonObject f = features.value(QLatin1String(key)).toObject();
    if (f.contains(QLatin1String("targets")) && !readTargets(f.value(QLatin1String("targets")), &out->targets, error, where))
        return false;
    return readSource(f, &out->source, error, where) && readVersion(f.value(QLatin1String("version")), &out->since, error, where);
}

} // namespace

CompatTable CompatTable::fromJson(const QByteArray &json, QString *error)
{
    QString localError;
    QString &err = error ? *error : localError;
    const std::optional<QJsonObject> parsed = parseJsonObject(json, &err);
    if (!parsed)
        return {};
    const QJsonObject &root = *parsed;
    CompatTable t;
    t.m_about = root.value(QLatin1String("about")).toString();
    if (!readVersion(root.value(QLatin1String("newest_known_version")), &t.m_newest, &err,
            QStringLiteral("newest_known_version"))
        || !readSource(root, &t.m_newestSource, &err, QStringLiteral("newest_known_version"),
            QLatin1String("newest_known_version_source")))
        return {};
    const QJsonObject features = root.value(QLatin1String("features")).toObject();
    if (!readFeature(features, "vulkan_opt_in_since", &t.m_vulkanOptIn, &err)
        || !readFeature(features, "vulkan_default_since", &t.m_vulkanDefault, &err)
        || !readFeature(features, "igpu_enable_since", &t.m_igpuEnable, &err)
        || !readFeature(features, "igpu_rocm_default_since", &t.m_igpuRocmDefault, &err)
        || !readFeature(features, "windows_host_vulkan_loader_since", &t.m_windowsHostVulkanLoader, &err))
        return {};

    const QJsonArray releases = root.value(QLatin1String("releases")).toArray();
    for (int i = 0; i < releases.size(); ++i) {
        const QJsonObject r = releases.at(i).toObject();
        const QString where = QStringLiteral("releases[%1]").arg(i);
        CompatRelease rel;
        if (!readVersion(r.value(QLatin1String("since")), &rel.since, &err, where + QStringLiteral(".since")))
            return {};
        if (!t.m_releases.isEmpty() && !(t.m_releases.constLast().since < rel.since)) {
            err = QStringLiteral("%1: releases must be in ascending order").arg(where);
            return {};
        }
        if (!readSource(r, &rel.source, &err, where)
            || !readSource(r, &rel.windowsSource, &err, where, QLatin1String("windows_source")))
            return {};
        const QJsonObject dirs = r.value(QLatin1String("runner_dir")).toObject();
        rel.linuxRunnerDir = dirs.value(QLatin1String("linux")).toString();
        rel.windowsRunnerDir = dirs.value(QLatin1String("windows")).toString();
        if (!readTargets(r.value(QLatin1String("linux")), &rel.linuxTargets, &err, where + QStringLiteral(".linux"))
            || !readTargets(
                r.value(QLatin1String("windows")), &rel.windowsTargets, &err, where + QStringLiteral(".windows")))
            return {};
        t.m_releases.append(rel);
    }
    if (t.m_releases.isEmpty()) {
        err = QStringLiteral("no releases");
        return {};
    }

    const QJsonObject fork = root.value(QLatin1String("ollama_for_amd")).toObject();
    if (!readSource(fork, &t.m_forkSource, &err, QStringLiteral("ollama_for_amd")))
        return {};
    if (!readFeature(fork, "latest_release", &t.m_forkLatest, &err, QStringLiteral("ollama_for_amd")))
        return {};
    t.m_forkUrl = fork.value(QLatin1String("url")).toString();
    if (!readTargets(
            fork.value(QLatin1String("windows")), &t.m_forkTargets, &err, QStringLiteral("ollama_for_amd.windows")))
        return {};

    const QJsonArray targets = root.value(QLatin1String("targets")).toArray();
    for (int i = 0; i < targets.size(); ++i) {
        const QJsonObject o = targets.at(i).toObject();
        GfxTargetInfo info;
        info.gfx = normalizeGfxTarget(o.value(QLatin1String("gfx")).toString());
        info.family = o.value(QLatin1String("family")).toString();
        info.generation = o.value(QLatin1String("generation")).toString();
        info.examples = o.value(QLatin1String("examples")).toString();
        info.integrated = o.value(QLatin1String("integrated")).toBool();
        if (info.gfx.isEmpty() || info.family.isEmpty()) {
            err = QStringLiteral("targets[%1]: needs a gfx target and a family").arg(i);
            return {};
        }
        if (!readSource(o, &info.source, &err, QStringLiteral("targets[%1] (%2)").arg(i).arg(info.gfx)))
            return {};
        t.m_targetIndex.insert(info.gfx, static_cast<int>(t.m_targets.size()));
        t.m_targets.append(info);
    }
    const QJsonArray notes = root.value(QLatin1String("override_notes")).toArray();
    for (int i = 0; i < notes.size(); ++i) {
        const QJsonObject n = notes.at(i).toObject();
        QString source;
        if (!readSource(n, &source, &err, QStringLiteral("override_notes[%1]").arg(i)))
            return {};
        t.m_overrideNotes.append({ n.value(QLatin1String("gfx")).toString(), source });
    }
    // Every target a build ships must have a family, or overrides and docs cannot place it.
    for (const QString &gfx : t.allTargets()) {
        if (!t.m_targetIndex.contains(gfx)) {
            err = QStringLiteral("%1 is listed in a build but has no entry in 'targets'").arg(gfx);
            return {};
        }
    }
    return t;
}

const CompatTable &CompatTable::builtin()
{
    static const CompatTable table
        = loadBuiltinResource<CompatTable>(QStringLiteral(":/ogs/data/ollama-compat.json"), &CompatTable::fromJson);
    return table;
}

const CompatRelease *CompatTable::releaseFor(const OllamaVersion &version) const
{
    // Releases older than the first one the table knows shipped the same ROCm targets as that
    // first entry (the target list only changed later), so they take its row.
    const CompatRelease *found = m_releases.isEmpty() ? nullptr : &m_releases.first();
    for (const CompatRelease &r : m_releases) {
        if (r.since <= version)
            found = &r;
    }
    return found;
}

QStringList CompatTable::supportedTargets(const OllamaVersion &version, RocmOs os) const
{
    const CompatRelease *r = releaseFor(version);
    return r ? r->targets(os) : QStringList();
}

bool CompatTable::isSupported(const QString &gfx, const OllamaVersion &version, RocmOs os) const
{
    return supportedTargets(version, os).contains(normalizeGfxTarget(gfx));
}

QStringList CompatTable::allTargets() const
{
    QStringList all;
    auto add = [&all](const QStringList &list) {
        for (const QString &g : list)
            if (!all.contains(g))
                all.append(g);
    };
    for (const CompatRelease &r : m_releases) {
        add(r.linuxTargets);
        add(r.windowsTargets);
    }
    add(m_forkTargets);
    for (const GfxTargetInfo &t : m_targets)
        if (!all.contains(t.gfx))
            all.append(t.gfx);
    std::sort(all.begin(), all.end(), [](const QString &a, const QString &b) {
        const auto va = gfxVersion(a);
        const auto vb = gfxVersion(b);
        return std::tie(va->major, va->minor, va->stepping) < std::tie(vb->major, vb->minor, vb->stepping);
    });
    return all;
}

const GfxTargetInfo *CompatTable::targetInfo(const QString &gfx) const
{
    const auto it = m_targetIndex.constFind(normalizeGfxTarget(gfx));
    return it == m_targetIndex.constEnd() ? nullptr : &m_targets.at(*it);
}

QString CompatTable::overrideTarget(const QString &gfx, const QStringList &supported) const
{
    const GfxTargetInfo *own = targetInfo(gfx);
    const std::optional<GfxVersion> ownVersion = gfxVersion(gfx);
    if (!own || !ownVersion || supported.contains(own->gfx))
        return {};
    QString below;
    int belowStep = -1;
    QString above;
    int aboveStep = 1 << 20;
    for (const QString &candidate : supported) {
        const GfxTargetInfo *info = targetInfo(candidate);
        const std::optional<GfxVersion> v = gfxVersion(candidate);
        if (!info || !v || info->family != own->family)
            continue;
        const int step = v->minor * 16 + v->stepping;
        const int ownStep = ownVersion->minor * 16 + ownVersion->stepping;
        if (step <= ownStep && step > belowStep) {
            below = candidate;
            belowStep = step;
        } else if (step > ownStep && step < aboveStep) {
            above = candidate;
            aboveStep = step;
        }
    }
    return below.isEmpty() ? above : below;
}

bool CompatTable::igpuNeedsEnable(
    const QString &gfx, bool integrated, const OllamaVersion &version, bool rocm) const
{
    if (!integrated || version < m_igpuEnable.since)
        return false;
    const bool admittedByDefault = rocm && version >= m_igpuRocmDefault.since
        && m_igpuRocmDefault.targets.contains(normalizeGfxTarget(gfx));
    return !admittedByDefault;
}

VulkanMode CompatTable::vulkanMode(const OllamaVersion &version) const
{
    if (version >= m_vulkanDefault.since)
        return VulkanMode::Default;
    if (version >= m_vulkanOptIn.since)
        return VulkanMode::OptIn;
    return VulkanMode::Absent;
}

} // namespace ogs

#include "envplan.h"

#include "common/coretext.h"
#include "envkeys.h"
#include "ollamaappsettings.h"
#include "unifieddiff.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace ogs {

namespace {

constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QJsonValue registryValueJson(const std::optional<RegistryValue> &v)
{
    if (!v)
        return QJsonValue::Null;
    return QJsonObject { { QStringLiteral("data"), v->data },
        { QStringLiteral("type"), v->expandable ? QStringLiteral("REG_EXPAND_SZ") : QStringLiteral("REG_SZ") } };
}

bool isWindowsTarget(EnvTarget t)
{
    return t == EnvTarget::WindowsUser || t == EnvTarget::WindowsMachine;
}

} // namespace

bool EnvPlan::hasChanges() const
{
    for (const FileChange &f : files) {
        if (f.changed())
            return true;
    }
    for (const RegistryChange &r : registry) {
        if (r.changed())
            return true;
    }
    return false;
}

QJsonObject planToJson(const EnvPlan &plan)
{
    QJsonArray files;
    for (const FileChange &f : plan.files) {
        files.append(QJsonObject { { QStringLiteral("path"), f.path }, { QStringLiteral("write_path"), f.writePath },
            { QStringLiteral("existed"), f.existed }, { QStringLiteral("exists_after"), f.existsAfter },
            { QStringLiteral("changed"), f.changed() },
            { QStringLiteral("before_sha256"), f.existed ? QJsonValue(sha256Hex(f.before)) : QJsonValue::Null },
            { QStringLiteral("after_sha256"), f.existsAfter ? QJsonValue(sha256Hex(f.after)) : QJsonValue::Null },
            { QStringLiteral("diff"), f.diff } });
    }
    QJsonArray registry;
    for (const RegistryChange &r : plan.registry) {
        registry.append(
            QJsonObject { { QStringLiteral("scope"), registryScopeName(r.scope) }, { QStringLiteral("name"), r.name },
                { QStringLiteral("changed"), r.changed() }, { QStringLiteral("before"), registryValueJson(r.before) },
                { QStringLiteral("after"), registryValueJson(r.after) } });
    }
    QJsonObject set;
    for (const EnvAssignment &a : plan.set)
        set.insert(a.first, a.second);
    return QJsonObject { { QStringLiteral("target"), envTargetId(plan.target) },
        { QStringLiteral("changes"), plan.hasChanges() }, { QStringLiteral("set"), set },
        { QStringLiteral("unset"), QJsonArray::fromStringList(plan.unset) }, { QStringLiteral("files"), files },
        { QStringLiteral("registry"), registry },
        { QStringLiteral("warnings"), QJsonArray::fromStringList(plan.warnings) },
        { QStringLiteral("follow_up"), plan.followUp } };
}

FileSnapshot snapshotFile(const QString &path)
{
    FileSnapshot snap;
    snap.writePath = path;
    QFileInfo info(path);
    if (info.isSymLink()) {
        // Write through the link (a dotfile manager's symlink stays a symlink).
        const QString canonical = info.canonicalFilePath();
        if (!canonical.isEmpty() && !QFileInfo(canonical).isSymLink()) {
            snap.writePath = canonical;
        } else {
            const QString target = info.symLinkTarget();
            if (target.isEmpty() || QFileInfo(target).isSymLink() || target == path)
                return { false, {}, path,
                    EnvText::tr("%1 is a symbolic link that points nowhere usable (a loop or a chain of broken links)")
                        .arg(path) };
            snap.writePath = target; // dangling: the target is created
            return snap;
        }
        info = QFileInfo(snap.writePath);
    }
    if (!info.exists())
        return snap;
    if (!info.isFile())
        return { false, {}, snap.writePath, EnvText::tr("%1 is not a regular file").arg(snap.writePath) };
    if (info.size() > kMaxFileBytes)
        return { false, {}, snap.writePath,
            EnvText::tr("%1 is larger than 16 MiB; not editing it").arg(snap.writePath) };
    QFile file(snap.writePath);
    if (!file.open(QIODevice::ReadOnly))
        return { false, {}, snap.writePath, EnvText::tr("cannot read %1: %2").arg(snap.writePath, file.errorString()) };
    snap.exists = true;
    snap.bytes = file.readAll();
    return snap;
}

QString networkExposureExplanation(const QString &value)
{
    return EnvText::tr(
        "OLLAMA_HOST=%1 makes Ollama listen on every network interface, and its API has no "
        "authentication: anyone who can reach this machine can run, pull and delete models. "
        "If only WSL2 needs to reach Ollama on Windows, bind to the WSL virtual adapter's address "
        "instead (the IPv4 address of 'vEthernet (WSL)' in ipconfig, e.g. OLLAMA_HOST=172.28.160.1:11434), "
        "or keep 0.0.0.0 behind a firewall rule that only allows the WSL subnet. "
        "To expose it anyway, add --allow-network-exposure")
        .arg(value);
}

std::optional<EnvPlan> EnvPlanner::plan(const EnvRequest &request, QString *error) const
{
    EnvPlan plan;
    plan.target = request.target;
    plan.followUp = targetFollowUp(request.target);
    for (const EnvAssignment &a : request.set) {
        const EnvValidation v = validateEnvValue(a.first, a.second);
        if (!v.ok()) {
            *error = v.error;
            return std::nullopt;
        }
        for (const EnvAssignment &seen : std::as_const(plan.set)) {
            if (seen.first == a.first) {
                *error = EnvText::tr("%1 is set twice").arg(a.first);
                return std::nullopt;
            }
        }
        if (request.unset.contains(a.first)) {
            *error = EnvText::tr("%1 is both set and unset").arg(a.first);
            return std::nullopt;
        }
        if (a.first == QLatin1String("OLLAMA_HOST") && exposesToNetwork(v.value) && !request.allowNetworkExposure) {
            *error = networkExposureExplanation(v.value);
            return std::nullopt;
        }
        plan.set.append({ a.first, v.value });
    }
    for (const QString &key : request.unset) {
        if (!findEnvKey(key)) {
            *error
                = EnvText::tr("%1 is not a variable ollama-gpu-setup manages (see `env --help` for the list)").arg(key);
            return std::nullopt;
        }
        if (!plan.unset.contains(key))
            plan.unset << key;
    }
    for (const EnvAssignment &a : std::as_const(plan.set)) {
        if (isWindowsTarget(request.target)
            && (a.first == QLatin1String("HSA_OVERRIDE_GFX_VERSION")
                || a.first == QLatin1String("ROCR_VISIBLE_DEVICES")))
            plan.warnings
                << EnvText::tr("%1 has no effect on Windows (ROCm on Windows does not go through HSA)").arg(a.first);
        if (!isWindowsTarget(request.target) && a.first == QLatin1String("HSA_ENABLE_DXG_DETECTION")
            && request.target == EnvTarget::Systemd)
            plan.warnings << EnvText::tr("HSA_ENABLE_DXG_DETECTION only matters inside WSL2");
    }
    const bool ok = isFileTarget(request.target) ? planFile(request, plan, error) : planRegistry(request, plan, error);
    if (!ok)
        return std::nullopt;
    return plan;
}

bool EnvPlanner::planFile(const EnvRequest &request, EnvPlan &plan, QString *error) const
{
    Q_UNUSED(request);
    const QString path = envTargetPath(plan.target, m_roots);
    const FileSnapshot snap = snapshotFile(path);
    if (!snap.error.isEmpty()) {
        *error = snap.error;
        return false;
    }
    const BlockScan scan = scanBlock(plan.target, snap.bytes, path);
    if (!scan.ok()) {
        *error = scan.error;
        return false;
    }
    EnvAssignments values = scan.values;
    for (const QString &key : std::as_const(plan.unset)) {
        values.removeIf([&](const EnvAssignment &a) { return a.first == key; });
    }
    for (const EnvAssignment &a : std::as_const(plan.set)) {
        bool replaced = false;
        for (EnvAssignment &existing : values) {
            if (existing.first == a.first) {
                existing.second = a.second;
                replaced = true;
            }
        }
        if (!replaced)
            values << a;
    }
    // Same values as the block already holds: leave the file exactly as it is (a comment the user
    // added inside the block, or an older header, is not "fixed" behind their back).
    const BlockRewrite rewrite = (scan.hasBlock || values.isEmpty()) && values == scan.values
        ? BlockRewrite { snap.bytes, {} }
        : rewriteBlock(plan.target, snap.bytes, values, path);
    if (!rewrite.ok()) {
        *error = rewrite.error;
        return false;
    }

    FileChange change;
    change.target = plan.target;
    change.path = path;
    change.writePath = snap.writePath;
    change.existed = snap.exists;
    change.before = snap.bytes;
    change.after = rewrite.bytes;
    change.existsAfter
        = !(values.isEmpty() && (!snap.exists || (targetOwnsWholeFile(plan.target) && rewrite.bytes.isEmpty())));
    if (!change.existsAfter)
        change.after.clear();
    const QString label = snap.writePath == path ? path : QStringLiteral("%1 (-> %2)").arg(path, snap.writePath);
    change.diff = unifiedDiff(change.before, change.after, label, label, change.existed, change.existsAfter);
    plan.files << change;

    if (plan.target == EnvTarget::Profile) {
        for (const char *name : { "/.bash_profile", "/.bash_login" }) {
            const QString shadow = m_roots.home + QLatin1String(name);
            if (QFileInfo::exists(shadow)) {
                plan.warnings << EnvText::tr("%1 exists, so bash login shells read it instead of %2; "
                                             "make sure it sources %2, or use the bashrc target")
                                     .arg(shadow, path);
                break;
            }
        }
    }
    // Lines we did not write that set the same keys: we never edit them, but the user must know.
    const int blockEnd = scanBlock(plan.target, rewrite.bytes, path).endLine;
    for (const EnvAssignment &a : std::as_const(plan.set)) {
        for (int line : linesSettingKeyOutsideBlock(plan.target, rewrite.bytes, a.first)) {
            plan.warnings << (line - 1 > blockEnd
                    ? EnvText::tr("%1 line %2 also sets %3 after our block, so that line wins; remove it by hand")
                    : EnvText::tr("%1 line %2 also sets %3; our block comes later and wins"))
                                 .arg(path)
                                 .arg(line)
                                 .arg(a.first);
        }
    }
    for (const QString &key : std::as_const(plan.unset)) {
        for (int line : linesSettingKeyOutsideBlock(plan.target, rewrite.bytes, key))
            plan.warnings << EnvText::tr("%1 line %2 still sets %3; ollama-gpu-setup did not write that line and "
                                         "does not edit it; remove it by hand")
                                 .arg(path)
                                 .arg(line)
                                 .arg(key);
    }
    return true;
}

bool EnvPlanner::planRegistry(const EnvRequest &request, EnvPlan &plan, QString *error) const
{
    Q_UNUSED(request);
    if (!m_registry) {
        *error = EnvText::tr("the %1 target is only available on Windows").arg(envTargetId(plan.target));
        return false;
    }
    const RegistryScope scope = plan.target == EnvTarget::WindowsMachine ? RegistryScope::Machine : RegistryScope::User;
    auto readValue = [&](const QString &name, std::optional<RegistryValue> *out) {
        QString readError;
        *out = m_registry->read(scope, name, &readError);
        if (!readError.isEmpty()) {
            *error = readError;
            return false;
        }
        return true;
    };
    for (const QString &key : std::as_const(plan.unset)) {
        RegistryChange change { scope, key, std::nullopt, std::nullopt };
        if (!readValue(key, &change.before))
            return false;
        plan.registry << change;
    }
    for (const EnvAssignment &a : std::as_const(plan.set)) {
        RegistryChange change { scope, a.first, std::nullopt, std::nullopt };
        if (!readValue(a.first, &change.before))
            return false;
        const AssignmentLine check = formatAssignment(plan.target, a.first, a.second);
        if (!check.ok()) {
            *error = check.error;
            return false;
        }
        // Keep the type the value already has; a REG_EXPAND_SZ would expand %NAME% in our value.
        const bool expandable = change.before && change.before->expandable;
        if (expandable && a.second.contains(QLatin1Char('%'))) {
            *error = EnvText::tr("%1 in %2 is REG_EXPAND_SZ, where '%' would expand other variables; "
                                 "the value cannot contain '%'")
                         .arg(a.first, registryScopeName(scope));
            return false;
        }
        change.after = RegistryValue { a.second, expandable };
        plan.registry << change;
    }
    if (!m_appDatabase.isEmpty()) {
        const AppSettingsRead app = readOllamaAppOverrides(m_appDatabase);
        if (!app.error.isEmpty())
            plan.warnings << EnvText::tr("Could not check the Ollama app's own settings: %1").arg(app.error);
        QStringList touched = plan.unset;
        for (const EnvAssignment &a : std::as_const(plan.set))
            touched << a.first;
        for (const AppSettingOverride &o : app.overrides) {
            if (touched.contains(o.key))
                plan.warnings << EnvText::tr(
                    "The Ollama app sets %1=%2 itself when it starts the server, from its setting %3 "
                    "in %4, so the value here does not reach the server: change that setting in "
                    "Ollama's Settings window instead")
                                     .arg(o.key, o.value, o.setting, m_appDatabase);
        }
    }
    return true;
}

EnvAssignments EnvPlanner::currentValues(EnvTarget target, QString *error) const
{
    if (isFileTarget(target)) {
        const QString path = envTargetPath(target, m_roots);
        const FileSnapshot snap = snapshotFile(path);
        if (!snap.error.isEmpty()) {
            *error = snap.error;
            return {};
        }
        const BlockScan scan = scanBlock(target, snap.bytes, path);
        if (!scan.ok())
            *error = scan.error;
        return scan.values;
    }
    if (!m_registry) {
        *error = EnvText::tr("the %1 target is only available on Windows").arg(envTargetId(target));
        return {};
    }
    EnvAssignments values;
    const RegistryScope scope = target == EnvTarget::WindowsMachine ? RegistryScope::Machine : RegistryScope::User;
    for (const EnvKeyInfo &key : envKeys()) {
        QString readError;
        const std::optional<RegistryValue> v = m_registry->read(scope, key.name, &readError);
        if (!readError.isEmpty()) {
            *error = readError;
            return values;
        }
        if (v)
            values.append({ key.name, v->data });
    }
    return values;
}

QString registryScopeName(RegistryScope scope)
{
    return scope == RegistryScope::Machine
        ? QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment")
        : QStringLiteral("HKCU\\Environment");
}

} // namespace ogs

#pragma once

#include "envregistry.h"
#include "envtarget.h"
#include "markedblock.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ogs {

/// One file the plan rewrites: exact bytes before and after, and the diff between them.
struct FileChange {
    EnvTarget target = EnvTarget::Bashrc;
    QString path;          ///< the path as the target names it (~/.bashrc under the home root)
    QString writePath;     ///< where the bytes go: `path` with symlinks resolved (dotfile managers)
    bool existed = false;
    bool existsAfter = true; ///< false: the file is ours and would be empty, so it is deleted
    QByteArray before;
    QByteArray after;
    QString diff;
    bool changed() const { return existed != existsAfter || before != after; }
};

/// One registry value the plan sets or deletes.
struct RegistryChange {
    RegistryScope scope = RegistryScope::User;
    QString name;
    std::optional<RegistryValue> before; ///< nullopt: not there
    std::optional<RegistryValue> after;  ///< nullopt: deleted
    bool changed() const { return before != after; }
};

/// What the user asked for.
struct EnvRequest {
    EnvTarget target = EnvTarget::Bashrc;
    EnvAssignments set;  ///< validated values are normalised by the planner
    QStringList unset;
    bool allowNetworkExposure = false;
};

/// The exact edits, computed before anything is touched.
struct EnvPlan {
    EnvTarget target = EnvTarget::Bashrc;
    QList<FileChange> files;
    QList<RegistryChange> registry;
    EnvAssignments set;   ///< after normalisation (e.g. 512MiB → 536870912)
    QStringList unset;
    QStringList warnings; ///< keys also set outside our block, values another layer overrides, …
    QString followUp;
    bool hasChanges() const;
};

QJsonObject planToJson(const EnvPlan &plan);

/// Builds plans. Every path comes from `roots`; the registry may be null (not on Windows).
class EnvPlanner final {
public:
    explicit EnvPlanner(EnvRoots roots, EnvRegistry *registry = nullptr)
        : m_roots(std::move(roots)), m_registry(registry) {}

    /// The plan, or nullopt with *error saying which key, value or file was wrong.
    std::optional<EnvPlan> plan(const EnvRequest &request, QString *error) const;

    /// Windows: the Ollama app's db.sqlite, whose settings override some variables (warned about).
    void setAppDatabasePath(const QString &path) { m_appDatabase = path; }

    /// The value of every key in our block (or registry values of allow-listed keys) for `target`.
    EnvAssignments currentValues(EnvTarget target, QString *error) const;

private:
    bool planFile(const EnvRequest &request, EnvPlan &plan, QString *error) const;
    bool planRegistry(const EnvRequest &request, EnvPlan &plan, QString *error) const;

    EnvRoots m_roots;
    EnvRegistry *m_registry;
    QString m_appDatabase;
};

/// Reads a file for planning: bytes, whether it exists, and where a symlink points.
struct FileSnapshot {
    bool exists = false;
    QByteArray bytes;
    QString writePath;
    QString error;
};
FileSnapshot snapshotFile(const QString &path);

/// Explains why OLLAMA_HOST=value exposes the API and what narrower choice to make instead.
QString networkExposureExplanation(const QString &value);

} // namespace ogs

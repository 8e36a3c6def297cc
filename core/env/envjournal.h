#pragma once

#include "envplan.h"
#include "envregistry.h"
#include "envlock.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace ogs {

/// One applied change as the journal remembers it (for `env status` and `env undo`).
struct JournalSummary {
    QString id;
    QString created; ///< ISO 8601, UTC
    QString target;
    QString state;   ///< "pending" (interrupted), "applied", "undone"
    QStringList paths;
    QStringList registryNames;
};

/// Outcome of apply or undo: what happened, in sentences.
struct EnvActionResult {
    bool ok = false;
    QString error;
    QString journalId;
    QStringList messages;
};

/// Applies plans and undoes them. Every apply first writes a journal entry (with the exact
/// previous bytes of each file, the backup) to `stateDir/env-journal/`, then writes the
/// files atomically; so `undo` restores the previous bytes or registry values even after a
/// crash or a restart. A file that changed since the plan (or since the apply, for undo) is
/// not touched, and then nothing is.
class EnvJournal final {
public:
    using Clock = std::function<QDateTime()>;
    /// Called at each step of apply ("journal-pending", "file-written", "journal-applied"),
    /// so tests can stop the process exactly there.
    using StageHook = std::function<void(const QString &stage)>;

    EnvJournal(QString stateDir, EnvRegistry *registry, Clock clock);
    void setStageHook(StageHook hook) { m_hook = std::move(hook); }

    /// Applies `plan` under the locks (EnvLocks); refused when a file changed since the plan.
    EnvActionResult apply(const EnvPlan &plan);
    /// Takes the locks, makes the plan again from the files as they are now (another apply may have
    /// written them since the caller showed its plan), checks `expectSha256` ("absent" or the hex
    /// SHA-256 the caller saw; empty: not checked) against that fresh read, and applies it.
    /// *applied gets the plan that was applied (or refused).
    EnvActionResult applyRequest(
        const EnvPlanner &planner, const EnvRequest &request, const QString &expectSha256, EnvPlan *applied);
    /// Reverts the newest applied entry, or all of them (newest first) when `all`.
    EnvActionResult undo(bool all);

    /// How long apply/undo wait for another one to finish (then: "another env apply is running").
    void setLockWaitMs(int ms) { m_lockWaitMs = ms; }
    /// The root helper's rules: the state folder, the journal and every entry (folder and files) must
    /// be owned by us (root) and not writable by group or others, else nothing is read from them;
    /// and undo writes only `allowedPaths` (the files it manages), never another path an entry names.
    void requireTrustedState(const QStringList &allowedPaths)
    {
        m_trusted = true;
        m_allowedPaths = allowedPaths;
    }
    /// Every entry, oldest first.
    QList<JournalSummary> history(QString *error) const;

    QString journalDir() const;

private:
    EnvActionResult undoEntry(const QString &entryDir, QJsonObject entry);
    bool rollBack(const QList<QJsonObject> &written, const QString &entryDir, QString *error);
    void stage(const QString &name) const;
    EnvActionResult applyLocked(const EnvPlan &plan);
    EnvActionResult undoLocked(bool all);
    bool createEntryDir(QString *id, QString *entryDir, QString *error) const;
    bool untrusted(const QString &path, QString *error) const;
    bool entryUntrusted(const QString &entryDir, QString *error) const;
    bool notAllowed(const QJsonObject &file, QString *error) const;

    QString m_stateDir;
    EnvRegistry *m_registry;
    Clock m_clock;
    StageHook m_hook;
    int m_lockWaitMs = 30000;
    bool m_trusted = false;
    QStringList m_allowedPaths;
};

} // namespace ogs

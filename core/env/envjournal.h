#pragma once

#include "envplan.h"
#include "envregistry.h"

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

    EnvActionResult apply(const EnvPlan &plan);
    /// Reverts the newest applied entry, or all of them (newest first) when `all`.
    EnvActionResult undo(bool all);
    /// Every entry, oldest first.
    QList<JournalSummary> history(QString *error) const;

    QString journalDir() const;

private:
    EnvActionResult undoEntry(const QString &entryDir, QJsonObject entry);
    bool rollBack(const QList<QJsonObject> &written, const QString &entryDir, QString *error);
    void stage(const QString &name) const;
    QString nextId() const;

    QString m_stateDir;
    EnvRegistry *m_registry;
    Clock m_clock;
    StageHook m_hook;
};

} // namespace ogs

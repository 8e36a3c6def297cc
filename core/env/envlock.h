#pragma once

#include <QList>
#include <QLockFile>
#include <QString>
#include <QStringList>

#include <memory>

namespace ogs {

/// The locks one `env apply` or `env undo` holds while it reads and writes: the journal's lock file
/// (`<stateDir>/env-journal.lock`, QLockFile: freed when its process dies) and, on Unix, an advisory
/// flock(2) on the folder of every file it writes, so applies with different state folders (the
/// pkexec helper, root, a user) do not interleave on one file either. Always taken in that order
/// (journal, then folders sorted), so two holders never wait for each other in a circle.
class EnvLocks final {
public:
    EnvLocks() = default;
    ~EnvLocks();
    EnvLocks(const EnvLocks &) = delete;
    EnvLocks &operator=(const EnvLocks &) = delete;

    /// Waits at most `waitMs` for the journal lock; false with *error naming who holds it.
    bool lockJournal(const QString &stateDir, int waitMs, QString *error);
    /// Adds the folder of each path (its nearest existing folder when it does not exist yet).
    bool lockTargets(const QStringList &paths, int waitMs, QString *error);
    /// Drops the folder locks (the journal lock stays), so they can be taken again for other paths.
    void unlockTargets();

private:
    std::unique_ptr<QLockFile> m_journal;
    QList<int> m_folderFds;
};

} // namespace ogs

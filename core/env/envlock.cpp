#include "envlock.h"

#include "common/coretext.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <algorithm>

#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#endif

namespace ogs {

namespace {

QString busy(const QString &what)
{
    return EnvText::tr("another env apply or undo is running (it holds %1); nothing was changed, "
                       "try again when it has finished")
        .arg(what);
}

QString nearestExistingFolder(const QString &path)
{
    QString dir = QFileInfo(path).absolutePath();
    while (!QFileInfo(dir).isDir() && dir != QFileInfo(dir).absolutePath())
        dir = QFileInfo(dir).absolutePath();
    return QDir::cleanPath(dir);
}

} // namespace

EnvLocks::~EnvLocks()
{
    unlockTargets();
}

bool EnvLocks::lockJournal(const QString &stateDir, int waitMs, QString *error)
{
    if (!QDir().mkpath(stateDir)) {
        *error = EnvText::tr("cannot create the folder %1; nothing was changed").arg(stateDir);
        return false;
    }
    const QString path = stateDir + QStringLiteral("/env-journal.lock");
    m_journal = std::make_unique<QLockFile>(path);
    m_journal->setStaleLockTime(0); // stale only when its process is gone, however long an apply takes
    // Polled: QLockFile::tryLock(timeout) doubles its sleep up to 5 s, so twenty waiting applies took a minute.
    const QDeadlineTimer deadline(waitMs);
    while (!m_journal->tryLock(0)) {
        if (m_journal->error() != QLockFile::LockFailedError || deadline.hasExpired())
            break;
        QThread::msleep(20);
    }
    if (m_journal->isLocked())
        return true;
    if (m_journal->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString app;
        m_journal->getLockInfo(&pid, &host, &app);
        *error = busy(EnvText::tr("%1, process %2").arg(path).arg(pid));
    } else {
        *error = EnvText::tr("cannot create the lock file %1 (disk full or read-only?); nothing was changed").arg(path);
    }
    m_journal.reset();
    return false;
}

bool EnvLocks::lockTargets(const QStringList &paths, int waitMs, QString *error)
{
#if defined(Q_OS_UNIX)
    QStringList folders;
    for (const QString &p : paths)
        folders << nearestExistingFolder(p);
    folders.sort();
    folders.removeDuplicates();
    const QDeadlineTimer deadline(waitMs);
    for (const QString &folder : std::as_const(folders)) {
        const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (fd < 0) {
            *error = EnvText::tr("cannot open the folder %1 to lock it").arg(folder);
            unlockTargets();
            return false;
        }
        while (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            if ((errno != EWOULDBLOCK && errno != EINTR) || deadline.hasExpired()) {
                ::close(fd);
                unlockTargets();
                *error = busy(EnvText::tr("a lock on the folder %1").arg(folder));
                return false;
            }
            QThread::msleep(20);
        }
        m_folderFds << fd;
    }
#else
    Q_UNUSED(paths);
    Q_UNUSED(waitMs);
    Q_UNUSED(error);
#endif
    return true;
}

void EnvLocks::unlockTargets()
{
#if defined(Q_OS_UNIX)
    for (const int fd : std::as_const(m_folderFds))
        ::close(fd); // closing the only descriptor releases its flock
#endif
    m_folderFds.clear();
}

} // namespace ogs

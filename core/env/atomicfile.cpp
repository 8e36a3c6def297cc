#include "atomicfile.h"

#include "common/coretext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#if defined(Q_OS_UNIX)
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#endif

namespace ogs {

FileOwnership ownershipOf(const QString &path)
{
    FileOwnership own;
#if defined(Q_OS_UNIX)
    struct stat st { };
    if (::stat(QFile::encodeName(path).constData(), &st) == 0) {
        own.exists = true;
        own.mode = st.st_mode & 07777;
        own.uid = st.st_uid;
        own.gid = st.st_gid;
    }
#else
    own.exists = QFileInfo::exists(path);
#endif
    return own;
}

bool writeFileAtomically(
    const QString &path, const QByteArray &bytes, const FileOwnership &keep, QString *error, QStringList *createdDirs)
{
    const QFileInfo info(path);
    constexpr QFile::Permissions anyWrite = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    if (info.exists() && !(info.permissions() & anyWrite)) {
        // Read-only on purpose (even root could write it): respect that.
        *error = EnvText::tr("cannot write %1: the file is read-only (no write permission for anyone); "
                             "make it writable first if it should change")
                     .arg(path);
        return false;
    }
    if (info.exists() && !info.isWritable()) {
        *error = EnvText::tr("cannot write %1: permission denied (the file is read-only for this user)").arg(path);
        return false;
    }
    const QString dir = info.absolutePath();
    if (!QFileInfo(dir).isDir()) {
        QStringList missing;
        for (QString d = dir; !QFileInfo::exists(d) && d != QFileInfo(d).absolutePath();
             d = QFileInfo(d).absolutePath())
            missing.prepend(d);
        if (!QDir().mkpath(dir)) {
            *error = EnvText::tr("cannot create the folder %1 (permission denied?)").arg(dir);
            for (auto it = missing.crbegin(); it != missing.crend(); ++it)
                QDir().rmdir(*it);
            return false;
        }
        if (createdDirs)
            *createdDirs << missing;
    }
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = EnvText::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
#if defined(Q_OS_UNIX)
    const int fd = file.handle();
    const uint mode = keep.exists ? keep.mode : 0644u;
    if (::fchmod(fd, static_cast<mode_t>(mode)) != 0) {
        *error = EnvText::tr("cannot set the permissions of %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno)));
        file.cancelWriting();
        return false;
    }
    if (keep.exists) {
        struct stat st { };
        if (::fstat(fd, &st) == 0 && (st.st_uid != keep.uid || st.st_gid != keep.gid)
            && ::fchown(fd, static_cast<uid_t>(keep.uid), static_cast<gid_t>(keep.gid)) != 0) {
            *error = EnvText::tr("cannot keep the owner of %1 (uid %2, gid %3): %4")
                         .arg(path)
                         .arg(keep.uid)
                         .arg(keep.gid)
                         .arg(QString::fromLocal8Bit(strerror(errno)));
            file.cancelWriting();
            return false;
        }
    }
#else
    Q_UNUSED(keep);
#endif
    // Flush (and on Unix fsync) before commit: Qt 6.4's QSaveFile::commit() reports success when the
    // final flush fails (ENOSPC on a full disk) and renames the short temporary file over the original,
    // emptying it. Found by tests/env/tst_envjournal.cpp::diskFullOnTmpfs.
    if (file.write(bytes) != bytes.size() || !file.flush() || file.error() != QFileDevice::NoError) {
        *error = EnvText::tr("cannot write %1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
#if defined(Q_OS_UNIX)
    if (::fsync(file.handle()) != 0) {
        *error = EnvText::tr("cannot write %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno)));
        file.cancelWriting();
        return false;
    }
#endif
    if (!file.commit()) {
        *error = EnvText::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool removeFileAndDirs(const QString &path, const QStringList &createdDirs, QString *error)
{
    if (QFileInfo::exists(path) || QFileInfo(path).isSymLink()) {
        QFile file(path);
        if (!file.remove()) {
            *error = EnvText::tr("cannot remove %1: %2").arg(path, file.errorString());
            return false;
        }
    }
    for (auto it = createdDirs.crbegin(); it != createdDirs.crend(); ++it)
        QDir().rmdir(*it); // only succeeds when empty, which is what we want
    return true;
}

bool readWholeFile(const QString &path, QByteArray *bytes, bool *exists, QString *error)
{
    const QFileInfo info(path);
    *exists = info.exists();
    bytes->clear();
    if (!*exists)
        return true;
    if (!info.isFile()) {
        *error = EnvText::tr("%1 is not a regular file").arg(path);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = EnvText::tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    *bytes = file.readAll();
    return true;
}

} // namespace ogs

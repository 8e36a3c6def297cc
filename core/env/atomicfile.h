#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ogs {

/// Mode and owner of a file, so a rewrite keeps them (Unix; elsewhere only `exists`).
struct FileOwnership {
    bool exists = false;
    uint mode = 0644; ///< permission bits including setuid/setgid/sticky
    uint uid = 0;
    uint gid = 0;
};

FileOwnership ownershipOf(const QString &path);

/// Replaces `path` with `bytes` atomically (temporary file in the same folder, then rename,
/// as QSaveFile does): readers see the old or the new content, never a mix. Mode and owner
/// come from `keep` when it describes an existing file, else 0644. A file that exists but is
/// not writable for us is refused (it was made read-only on purpose). Missing parent folders
/// are created and appended to *createdDirs (deepest last) when it is non-null.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, const FileOwnership &keep,
                         QString *error, QStringList *createdDirs = nullptr);

/// Removes `path` (absent is fine), then each of `createdDirs` that is empty, deepest first.
bool removeFileAndDirs(const QString &path, const QStringList &createdDirs, QString *error);

/// Whole-file read with an error sentence; nullopt-like: *exists false when absent.
bool readWholeFile(const QString &path, QByteArray *bytes, bool *exists, QString *error);

} // namespace ogs

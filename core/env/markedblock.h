#pragma once

#include "envtarget.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ogs {

/// One KEY=VALUE in the order it appears (or will appear) in our block.
using EnvAssignment = std::pair<QString, QString>;
using EnvAssignments = QList<EnvAssignment>;

/// What the file holds now: our block's values, where the block is, and lines outside it
/// that set the same keys (those we never edit, but we say so).
struct BlockScan {
    bool hasBlock = false;
    int startLine = -1; ///< 0-based index of the start marker
    int endLine = -1;   ///< 0-based index of the end marker
    EnvAssignments values;
    QString error;      ///< damaged or hand-edited block: we refuse to touch the file
    bool ok() const { return error.isEmpty(); }
};

/// Splits bytes into lines that keep their own terminator ("\n", "\r\n" or none for the last).
QList<QByteArray> splitLinesKeepEnds(const QByteArray &bytes);

/// Finds and parses our block in `bytes` (`path` only names the file in errors).
BlockScan scanBlock(EnvTarget target, const QByteArray &bytes, const QString &path);

/// 1-based numbers of lines outside our block that set `key`.
QList<int> linesSettingKeyOutsideBlock(EnvTarget target, const QByteArray &bytes, const QString &key);

/// The new file bytes with our block holding exactly `values` (block removed when empty).
/// Everything outside the block is kept byte for byte; the file's line ending (LF or CRLF)
/// is used for our lines, and a missing final newline stays missing.
struct BlockRewrite {
    QByteArray bytes;
    QString error;
    bool ok() const { return error.isEmpty(); }
};
BlockRewrite rewriteBlock(EnvTarget target, const QByteArray &before, const EnvAssignments &values, const QString &path);

} // namespace ogs

#pragma once

#include <QByteArray>
#include <QString>

namespace ogs {

/// A unified diff (`diff -u` format, 3 lines of context) from `before` to `after`.
/// Empty when the two are equal. Lines are compared byte for byte (CR included); a CR
/// before the newline is not printed, a missing final newline prints the usual
/// "\ No newline at end of file". `existedBefore`/`existsAfter` false print /dev/null.
QString unifiedDiff(const QByteArray &before, const QByteArray &after, const QString &fromLabel,
                    const QString &toLabel, bool existedBefore = true, bool existsAfter = true);

} // namespace ogs

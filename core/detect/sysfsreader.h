#pragma once

#include <QString>

#include <optional>

namespace ogs {

/// The text of one sysfs/procfs attribute, or why it could not be had.
struct SysfsValue {
    QString text;  ///< trimmed, NUL padding removed
    QString error; ///< "missing", "unreadable: …", "empty", "not a regular file"
    bool ok() const { return error.isEmpty(); }
};

/// Reads a small attribute file. Refuses anything that is not a regular file (a FIFO or a
/// device node would block), caps the read at 64 KiB, strips NUL padding and whitespace.
SysfsValue readSysfsText(const QString &path);

/// An integer attribute ("17163091968", "0x1002", "4098"). base 0 accepts both 0x-hex and decimal.
/// Returns nullopt and sets *error when missing or garbled.
std::optional<qint64> readSysfsInt(const QString &path, QString *error, int base = 0);

/// Parses an integer as sysfs writes it (decimal, or 0x-prefixed hex when base is 0 or 16).
std::optional<qint64> parseSysfsInt(const QString &text, int base = 0);

} // namespace ogs

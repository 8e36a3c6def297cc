#pragma once

#include <QFile>
#include <QString>

#include <optional>

namespace ogs {

/// A sysfs attribute kept open between samples and re-read from the start each time, so a
/// sample costs a seek and a read, not an open/close. Refuses non-regular files (a FIFO would
/// block). Not copyable: it owns the open file.
class SysfsAttribute final {
public:
    explicit SysfsAttribute(QString path) : m_path(std::move(path)) {}
    SysfsAttribute(const SysfsAttribute &) = delete;
    SysfsAttribute &operator=(const SysfsAttribute &) = delete;

    const QString &path() const { return m_path; }
    /// Reads the whole attribute (≤ 4 KiB) into `buffer`, reusing its capacity. NUL padding and
    /// surrounding whitespace are removed. Returns false and sets *error ("missing", …) on failure.
    bool read(QByteArray &buffer, QString *error);
    /// An integer attribute; nullopt with *error on failure or garbage.
    std::optional<qint64> readInt(QByteArray &scratch, QString *error);

private:
    bool ensureOpen(QString *error);
    QString m_path;
    QFile m_file;
    int m_skipChecks = 0; ///< a missing file is looked for again only every few reads
};

} // namespace ogs

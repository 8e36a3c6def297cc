#include "sysfsattribute.h"

#include <QFileInfo>

namespace ogs {

namespace {
constexpr qint64 kMaxBytes = 4096;
}

bool SysfsAttribute::ensureOpen(QString *error)
{
    if (m_file.isOpen())
        return true;
    const QFileInfo info(m_path);
    if (!info.exists()) {
        *error = QStringLiteral("missing");
        return false;
    }
    if (!info.isFile()) {
        *error = QStringLiteral("not a regular file");
        return false;
    }
    m_file.setFileName(m_path);
    if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        *error = QStringLiteral("unreadable: ") + m_file.errorString();
        return false;
    }
    return true;
}

bool SysfsAttribute::read(QByteArray &buffer, QString *error)
{
    if (!ensureOpen(error))
        return false;
    buffer.resize(kMaxBytes);
    if (!m_file.seek(0)) {
        *error = QStringLiteral("cannot seek: ") + m_file.errorString();
        m_file.close();
        return false;
    }
    const qint64 n = m_file.read(buffer.data(), kMaxBytes);
    if (n < 0) {
        *error = QStringLiteral("read failed: ") + m_file.errorString();
        m_file.close(); // reopen next time: the device may have gone away
        return false;
    }
    buffer.truncate(static_cast<int>(n));
    const int nul = buffer.indexOf('\0');
    if (nul >= 0)
        buffer.truncate(nul);
    buffer = buffer.trimmed();
    if (buffer.isEmpty()) {
        *error = QStringLiteral("empty");
        return false;
    }
    return true;
}

std::optional<qint64> SysfsAttribute::readInt(QByteArray &scratch, QString *error)
{
    if (!read(scratch, error))
        return std::nullopt;
    bool ok = false;
    const qint64 v = scratch.toLongLong(&ok, 10);
    if (!ok) {
        *error = QStringLiteral("not a number: \"%1\"").arg(QString::fromUtf8(scratch.left(40)));
        return std::nullopt;
    }
    return v;
}

} // namespace ogs

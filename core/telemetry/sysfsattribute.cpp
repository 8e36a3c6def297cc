#include "sysfsattribute.h"

#include "common/coretext.h"

#include <QFileInfo>

#include <cctype>
#include <charconv>
#include <cstring>

namespace ogs {

namespace {
constexpr qint64 kMaxBytes = 4096;
}

bool SysfsAttribute::ensureOpen(QString *error)
{
    if (m_file.isOpen())
        return true;
    // Not every card has every file; don't stat a missing one at every sample.
    if (m_skipChecks > 0) {
        --m_skipChecks;
        *error = QStringLiteral("missing");
        return false;
    }
    const QFileInfo info(m_path);
    if (!info.exists()) {
        m_skipChecks = 63;
        *error = QStringLiteral("missing");
        return false;
    }
    if (!info.isFile()) {
        *error = TelemetryText::tr("not a regular file");
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
        *error = TelemetryText::tr("cannot seek: ") + m_file.errorString();
        m_file.close();
        return false;
    }
    const qint64 n = m_file.read(buffer.data(), kMaxBytes);
    if (n < 0) {
        *error = TelemetryText::tr("read failed: ") + m_file.errorString();
        m_file.close(); // reopen next time: the device may have gone away
        return false;
    }
    // Trim in place: no allocation on the sampling path.
    qsizetype end = n;
    const char *data = buffer.constData();
    if (const void *nul = std::memchr(data, '\0', static_cast<size_t>(end)))
        end = static_cast<const char *>(nul) - data;
    while (end > 0 && std::isspace(static_cast<unsigned char>(data[end - 1])))
        --end;
    qsizetype begin = 0;
    while (begin < end && std::isspace(static_cast<unsigned char>(data[begin])))
        ++begin;
    buffer.truncate(end);
    if (begin > 0)
        buffer.remove(0, begin);
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
    qint64 v = 0;
    const char *first = scratch.constData();
    const char *last = first + scratch.size();
    const auto [ptr, ec] = std::from_chars(first, last, v);
    if (ec != std::errc() || ptr != last) {
        *error = TelemetryText::tr("not a number: \"%1\"").arg(QString::fromUtf8(scratch.left(40)));
        return std::nullopt;
    }
    return v;
}

} // namespace ogs

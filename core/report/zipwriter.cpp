#include "zipwriter.h"

#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QtEndian>

#include <array>
#include <limits>

namespace ogs {

namespace {

constexpr quint16 kVersionNeeded = 20; // 2.0: deflate
constexpr quint16 kMadeByUnix = (3 << 8) | kVersionNeeded; // so the external attributes are Unix modes
constexpr quint16 kUtf8Names = 1 << 11;
constexpr quint16 kStored = 0;
constexpr quint16 kDeflated = 8;
constexpr quint32 kRegularFile0644 = 0100644u << 16;

/// Appends little-endian integers, as every zip field is.
class LittleEndian final {
public:
    explicit LittleEndian(QByteArray *out)
        : m_out(out)
    {
    }
    LittleEndian &u16(quint16 v)
    {
        char b[2];
        qToLittleEndian(v, b);
        m_out->append(b, 2);
        return *this;
    }
    LittleEndian &u32(quint32 v)
    {
        char b[4];
        qToLittleEndian(v, b);
        m_out->append(b, 4);
        return *this;
    }

private:
    QByteArray *m_out;
};

/// MS-DOS date and time: years 1980..2107, seconds in steps of two.
std::pair<quint16, quint16> dosDateTime(const QDateTime &when)
{
    QDate d = when.date();
    QTime t = when.time();
    if (!d.isValid() || d.year() < 1980) {
        d = QDate(1980, 1, 1);
        t = QTime(0, 0);
    } else if (d.year() > 2107) {
        d = QDate(2107, 12, 31);
        t = QTime(23, 59, 58);
    }
    const auto date = static_cast<quint16>(((d.year() - 1980) << 9) | (d.month() << 5) | d.day());
    const auto time = static_cast<quint16>((t.hour() << 11) | (t.minute() << 5) | (t.second() / 2));
    return { date, time };
}

QString nameError(const QString &name, const QSet<QString> &seen)
{
    if (name.isEmpty())
        return QStringLiteral("an entry has no name");
    if (name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\')))
        return QStringLiteral("entry name '%1' must be relative, with '/' between folders").arg(name);
    if (name.split(QLatin1Char('/')).contains(QStringLiteral("..")))
        return QStringLiteral("entry name '%1' must not contain '..'").arg(name);
    if (seen.contains(name))
        return QStringLiteral("entry name '%1' appears twice").arg(name);
    return {};
}

} // namespace

quint32 crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t {};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xffffffffu;
    for (const char byte : data)
        crc = table[(crc ^ static_cast<quint8>(byte)) & 0xff] ^ (crc >> 8);
    return crc ^ 0xffffffffu;
}

QByteArray rawDeflate(const QByteArray &data)
{
    if (data.isEmpty())
        return {};
    // qCompress: 4-byte big-endian length, then a zlib stream: 2-byte header, deflate data, 4-byte Adler-32.
    constexpr qsizetype prefix = 4 + 2;
    constexpr qsizetype trailer = 4;
    const QByteArray zlib = qCompress(data, 9);
    if (zlib.size() <= prefix + trailer)
        return {};
    return zlib.mid(prefix, zlib.size() - prefix - trailer);
}

std::optional<QByteArray> zipArchive(const QList<ZipEntry> &entries, const QDateTime &modified, QString *error)
{
    constexpr qint64 limit = std::numeric_limits<quint32>::max();
    if (entries.size() >= std::numeric_limits<quint16>::max()) {
        *error = QStringLiteral("too many entries for a zip archive without ZIP64 (%1)").arg(entries.size());
        return std::nullopt;
    }
    const std::pair<quint16, quint16> dateTime = dosDateTime(modified);
    QByteArray archive;
    QByteArray central;
    QSet<QString> seen;
    for (const ZipEntry &e : entries) {
        if (const QString why = nameError(e.name, seen); !why.isEmpty()) {
            *error = why;
            return std::nullopt;
        }
        seen.insert(e.name);
        const QByteArray name = e.name.toUtf8();
        const QByteArray deflated = rawDeflate(e.data);
        const bool store = deflated.isEmpty() || deflated.size() >= e.data.size();
        const QByteArray &body = store ? e.data : deflated;
        const qint64 offset = archive.size();
        if (e.data.size() >= limit || offset + 30 + name.size() + body.size() >= limit || name.size() >= 0xffff) {
            *error = QStringLiteral("'%1' does not fit in a zip archive without ZIP64 (4 GiB)").arg(e.name);
            return std::nullopt;
        }
        const quint32 crc = crc32(e.data);
        const auto sizes = [&](LittleEndian &w) {
            w.u16(kUtf8Names).u16(store ? kStored : kDeflated).u16(dateTime.second).u16(dateTime.first).u32(crc);
            w.u32(static_cast<quint32>(body.size())).u32(static_cast<quint32>(e.data.size()));
            w.u16(static_cast<quint16>(name.size())).u16(0); // no extra field
        };
        LittleEndian local(&archive);
        local.u32(0x04034b50).u16(kVersionNeeded);
        sizes(local);
        archive += name;
        archive += body;

        LittleEndian dir(&central);
        dir.u32(0x02014b50).u16(kMadeByUnix).u16(kVersionNeeded);
        sizes(dir);
        dir.u16(0).u16(0).u16(0).u32(kRegularFile0644).u32(static_cast<quint32>(offset)); // comment, disk, attrs
        central += name;
    }
    if (archive.size() + central.size() + 22 >= limit) {
        *error = QStringLiteral("the archive does not fit in a zip file without ZIP64 (4 GiB)");
        return std::nullopt;
    }
    const auto count = static_cast<quint16>(entries.size());
    const auto centralOffset = static_cast<quint32>(archive.size());
    archive += central;
    LittleEndian end(&archive);
    end.u32(0x06054b50).u16(0).u16(0).u16(count).u16(count);
    end.u32(static_cast<quint32>(central.size())).u32(centralOffset).u16(0); // no comment
    return archive;
}

bool writeZip(const QString &path, const QList<ZipEntry> &entries, const QDateTime &modified, QString *error)
{
    const std::optional<QByteArray> bytes = zipArchive(entries, modified, error);
    if (!bytes) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, *error);
        return false;
    }
    if (QFileInfo(path).isDir()) {
        *error = QStringLiteral("cannot write %1: it is a folder; give a file name").arg(path);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false; // the QSaveFile's temporary file goes with it; `path` is as it was
    }
    return true;
}

} // namespace ogs

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ogs {

/// One file in a zip archive: a relative name with '/' separators, and its bytes.
struct ZipEntry {
    QString name;
    QByteArray data;
};

/// CRC-32 as zip, gzip and PNG use it (IEEE 802.3, reflected, initial and final value 0xffffffff).
quint32 crc32(const QByteArray &data);

/// `data` as a raw DEFLATE stream (RFC 1951): qCompress's output without its 4-byte length prefix,
/// 2-byte zlib header and 4-byte Adler-32 trailer. Empty for empty data (store it instead).
QByteArray rawDeflate(const QByteArray &data);

/// A zip archive (PKWARE APPNOTE, no ZIP64) of `entries` in order: each one deflated, or stored when
/// deflate gets it no smaller; names in UTF-8 (flag bit 11); every entry dated `modified` as that
/// QDateTime shows it (DOS time, 2-second steps; zip tools read it as local time). nullopt with *error
/// for a name that is empty, absolute, has a ".." or "\\" part or repeats, or an archive past 4 GiB.
std::optional<QByteArray> zipArchive(const QList<ZipEntry> &entries, const QDateTime &modified, QString *error);

/// Writes zipArchive() to `path` atomically (QSaveFile): on failure the file that was there is
/// unchanged, nothing new is left, and *error names the file and why.
bool writeZip(const QString &path, const QList<ZipEntry> &entries, const QDateTime &modified, QString *error);

} // namespace ogs

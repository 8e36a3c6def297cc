#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace ogs::fuzz {

/// The fuzzer's bytes without a copy (valid for the duration of LLVMFuzzerTestOneInput).
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

/// The bytes as the product sees text it read from a file or a process (UTF-8, invalid sequences replaced).
inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

} // namespace ogs::fuzz

#pragma once

#include <QString>

#include <optional>

namespace ogs {

/// Parses a size: plain bytes ("8000000000"), decimal units ("8G", "8GB", "512MB", "7.5 GB" = powers
/// of 1000, as Ollama and disk makers print them) or binary units ("8GiB", "512MiB" = powers of 1024,
/// as Ollama's logs and GPU tools print VRAM). Case-insensitive; nullopt for anything else,
/// negative values, or more than 2^62 bytes.
std::optional<qint64> parseByteSize(const QString &text);

/// "7.6 GB (7.1 GiB)": both units, so nobody has to guess which one is meant.
QString formatBytesBoth(qint64 bytes);

} // namespace ogs

#pragma once

#include <QDateTime>
#include <QString>

namespace ogs {

/// The PROCESSOR column of `ollama ps` (cmd/cmd.go ListRunningHandler):
/// size_vram 0 → "100% CPU"; equal to size → "100% GPU"; size_vram > size, size 0 or a negative value → "Unknown";
/// otherwise "28%/72% CPU/GPU" with CPU% = round((size − size_vram) / size · 100).
QString formatProcessor(qint64 sizeBytes, qint64 sizeVramBytes);
/// The SIZE column: Ollama's format.HumanBytes (decimal units: "5.1 GB", "42 GB", "512 MB").
QString formatSizeSi(qint64 bytes);
/// The UNTIL column: "4 minutes from now", "Stopping..." once expired, "Forever" for far-future, "Never" when unset.
QString formatUntil(const QDateTime &expiresAt, const QDateTime &now);
/// Ollama's format.HumanDuration ("Less than a second", "About a minute", "3 hours", …).
QString formatHumanDuration(qint64 milliseconds);

} // namespace ogs

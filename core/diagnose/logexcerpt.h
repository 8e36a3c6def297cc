#pragma once

#include "loglocator.h"

#include <QString>
#include <QStringList>

namespace ogs {

class ProcessRunner;

/// The lines of an Ollama server log that matter in a bug report, and where they came from.
struct LogExcerpt {
    QString source; ///< the file or command read; empty when no log could be read
    QStringList lines;
    QStringList tried; ///< every source looked at, for "no log found"
};

/// The lines that say which backend Ollama picked and why a GPU was dropped: `inference compute`,
/// `server config`, offload, unsupported/skipped/filtered GPUs, total VRAM, `Listening on`,
/// errors and warnings; the newest `maxLines` of them.
QStringList relevantLogLines(const QString &text, int maxLines = 60);
/// Reads the first of `sources` that has relevant lines (journalctl through `runner`; null runner:
/// files only) and keeps them.
LogExcerpt readLogExcerpt(const QList<LogSource> &sources, ProcessRunner *runner, int maxLines = 60);
/// The same over `locateOllamaLogs(where)`.
LogExcerpt readLogExcerpt(const LogLocation &where, ProcessRunner *runner, int maxLines = 60);

} // namespace ogs

#pragma once

#include "nvmlabi.h"

#include <QLibrary>
#include <QStringList>

namespace ogs {

/// What loadNvmlLibrary() found: `loaded`, or why not (`unavailableReason`, a note, since no NVIDIA
/// driver is normal) plus warnings for files that exist but would not load.
struct NvmlLoadResult {
    bool loaded = false;
    QString unavailableReason;
    QStringList warnings;
};

/// Names tried in order when no library was given: libnvidia-ml.so.1 (and WSL 2's copy) on Linux,
/// the driver's nvml.dll paths on Windows, none on macOS.
QStringList nvmlLibraryCandidates();

/// Loads `explicitLibrary`, or the first of nvmlLibraryCandidates() that loads when it is empty,
/// into `library`. Never unloaded by the callers: NVML starts threads of its own.
NvmlLoadResult loadNvmlLibrary(QLibrary &library, const QString &explicitLibrary);

/// Resolves one entry point into `fn`, or appends its name to `missing`.
template <typename Fn> void resolveNvml(QLibrary &library, const char *symbol, Fn &fn, QStringList &missing)
{
    // QFunctionPointer is void (*)(), which converts to any function pointer type.
    fn = reinterpret_cast<Fn>(library.resolve(symbol));
    if (!fn)
        missing << QString::fromLatin1(symbol);
}

/// "Not Supported (NVML error 3)": nvmlErrorString's words when the library has it.
QString nvmlErrorText(nvml::ErrorStringFn errorString, nvml::Return code);

} // namespace ogs

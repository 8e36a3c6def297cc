#include "nvmlloader.h"

#include "common/coretext.h"

#include <QFileInfo>

namespace ogs {

QStringList nvmlLibraryCandidates()
{
#if defined(Q_OS_WIN)
    // The driver installs nvml.dll in System32 (R418+); older drivers only under NVSMI. Full paths,
    // so a stray nvml.dll in the working directory is never the one loaded.
    const QString systemRoot = qEnvironmentVariable("SystemRoot", QStringLiteral("C:/Windows"));
    const QString programFiles = qEnvironmentVariable("ProgramFiles", QStringLiteral("C:/Program Files"));
    return { systemRoot + QStringLiteral("/System32/nvml.dll"),
        programFiles + QStringLiteral("/NVIDIA Corporation/NVSMI/nvml.dll") };
#elif defined(Q_OS_MACOS)
    return {};
#else
    // WSL 2 maps the Windows driver's NVML into /usr/lib/wsl/lib, which is not always on the
    // loader path.
    return { QStringLiteral("libnvidia-ml.so.1"), QStringLiteral("/usr/lib/wsl/lib/libnvidia-ml.so.1") };
#endif
}

NvmlLoadResult loadNvmlLibrary(QLibrary &library, const QString &explicitLibrary)
{
    NvmlLoadResult result;
    const QStringList candidates
        = explicitLibrary.isEmpty() ? nvmlLibraryCandidates() : QStringList { explicitLibrary };
    QStringList tried;
    for (const QString &candidate : candidates) {
        library.setFileName(candidate);
        if (library.load()) {
            result.loaded = true;
            return result;
        }
        tried << candidate;
        // A file that is there but will not load (wrong architecture, broken install) is worth a
        // warning; a name the loader cannot find just means there is no NVIDIA driver.
        if (QFileInfo(candidate).isAbsolute() && QFileInfo::exists(candidate))
            result.warnings
                << DetectText::tr("%1 exists but cannot be loaded: %2").arg(candidate, library.errorString());
    }
    result.unavailableReason = candidates.isEmpty()
        ? DetectText::tr("NVML does not exist on this platform")
        : DetectText::tr("no NVIDIA driver (NVML not found: %1)").arg(tried.join(QStringLiteral(", ")));
    return result;
}

QString nvmlErrorText(nvml::ErrorStringFn errorString, nvml::Return code)
{
    const char *text = errorString ? errorString(code) : nullptr;
    const QString words = text ? QString::fromUtf8(text) : DetectText::tr("unknown error");
    return DetectText::tr("%1 (NVML error %2)").arg(words).arg(code);
}

} // namespace ogs

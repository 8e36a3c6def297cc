#pragma once

#include <QMap>
#include <QString>

namespace ogs {

/// Whether AMD's compute runtime is installed system-wide: ROCm on Linux, the HIP SDK on Windows.
struct RuntimePresence {
    bool installed = false;
    QString version; ///< from ROCm's .info/version or the HIP SDK folder name, when readable
    QString path;
};

/// Looks for ROCm under `rootPrefix`/opt/rocm (the path amdgpu-install uses).
RuntimePresence probeLinuxRocm(const QString &rootPrefix = QString());

/// Looks for the AMD HIP SDK: HIP_PATH in `environment`, else `programFiles`/AMD/ROCm/<version>.
RuntimePresence probeWindowsHipSdk(const QMap<QString, QString> &environment, const QString &programFiles);

} // namespace ogs

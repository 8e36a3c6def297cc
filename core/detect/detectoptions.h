#pragma once

#include "gpudetector.h"

namespace ogs {

/// Where detection looks. Every system path is a parameter so tests and `--sysfs-root`
/// point it at fixture trees.
struct DetectOptions {
    QString sysfsRoot = QStringLiteral("/sys");
    PlatformRoots platformRoots = PlatformRoots::system();
    /// Source ids to run ("vulkan", "sysfs", "nvml", "dxgi"); empty means all that apply here.
    QStringList sources;
    QString vulkanLibrary; ///< empty: the platform's loader name
    QString nvmlLibrary;   ///< empty: the platform's NVML name

    static QStringList allSourceIds();
};

/// Builds the detector with the real sources for this platform.
GpuDetector makeDetector(const DetectOptions &options);

} // namespace ogs

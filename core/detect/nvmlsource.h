#pragma once

#include "gpusource.h"

namespace ogs {

/// NVIDIA GPUs through NVML (libnvidia-ml.so.1 / nvml.dll), loaded at run time so the
/// program starts on machines without the NVIDIA driver. `library` is a file name or path;
/// empty means the platform's candidates (defaultLibraryCandidates()).
class NvmlSource final : public GpuSource {
public:
    explicit NvmlSource(QString library = QString())
        : m_library(std::move(library))
    {
    }
    QString id() const override { return QStringLiteral("nvml"); }
    SourceResult probe() override;

    /// Why the last probe() found no NVML at all ("not installed"); empty when it loaded.
    /// A missing NVML is normal on non-NVIDIA machines, so this is a note, not a warning.
    QString unavailableReason() const { return m_unavailableReason; }

    /// Names tried in order when no library was given.
    static QStringList defaultLibraryCandidates();

private:
    QString m_library;
    QString m_unavailableReason;
};

/// NVML's bus id "00000000:01:00.0" (8-digit domain, upper-case hex) → "0000:01:00.0" as sysfs
/// writes it: lowercase, domain at least 4 digits (wider domains such as Hyper-V's keep their
/// digits). Empty when the text is not domain:bus:device.function.
QString normalizeNvmlBusId(const QString &busId);

} // namespace ogs

#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace ogs {

/// What one process does on one GPU, from the DRM per-client counters in
/// `/proc/<pid>/fdinfo/<fd>` (drm-engine-*, drm-memory-vram), as nvtop and amdgpu_top read them.
/// KFD (ROCm) compute queues are not counted there: a ROCm runner shows VRAM, not engine time.
struct ProcessGpuUsage {
    qint64 pid = 0;
    QString command;       ///< /proc/<pid>/comm
    QString pciAddress;    ///< drm-pdev
    qint64 engineNs = 0;   ///< sum of drm-engine-* counters, cumulative
    qint64 vramBytes = 0;
    std::optional<double> enginePercent; ///< busy share since the previous scan
};

/// Parses one fdinfo file; returns false when it is not a DRM client.
struct DrmClientInfo {
    QString driver;
    QString pciAddress;
    QString clientId;
    qint64 engineNs = 0;
    qint64 vramBytes = 0;
};
bool parseDrmFdinfo(const QByteArray &text, DrmClientInfo *info);

/// Scans `<procRoot>` for DRM clients. `procRoot` stands in for /proc.
class ProcessGpuScanner final {
public:
    explicit ProcessGpuScanner(QString procRoot) : m_procRoot(std::move(procRoot)) {}
    /// All DRM clients, merged per process and GPU. `nowMs` timestamps the scan so the
    /// engine share can be computed against the previous one.
    QList<ProcessGpuUsage> scan(qint64 nowMs);

private:
    QString m_procRoot;
    QHash<QString, qint64> m_previousNs; ///< "pid/pdev" → engine ns at the previous scan
    qint64 m_previousMs = -1;
};

/// Whether Ollama's server and model runner processes are alive (`/proc/<pid>/comm`, cmdline).
struct OllamaProcesses {
    bool serverAlive = false;
    bool runnerAlive = false;
};
OllamaProcesses findOllamaProcesses(const QString &procRoot);

} // namespace ogs

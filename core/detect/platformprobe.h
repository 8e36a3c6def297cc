#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace ogs {

enum class Platform { Linux, Windows, Wsl2, MacOs };
QString platformKey(Platform platform);

/// The operating system as far as GPU compute cares: which platform, and on Linux whether
/// this user can reach the AMD compute device at all.
struct PlatformInfo {
    Platform platform = Platform::Linux;
    QString kernelRelease;
    bool hasDevDxg = false;        ///< WSL2's GPU paravirtualisation device
    bool hasDevKfd = false;        ///< ROCm's compute device
    bool devKfdAccessible = false; ///< read+write for this user
    QString userName;
    bool inRenderGroup = false;    ///< as configured in /etc/group (needs a new login to apply)
    bool inVideoGroup = false;
    bool renderGroupExists = false;
    /// Windows: %SystemRoot%\System32\vulkan-1.dll, the GPU driver's Vulkan loader, exists (Ollama for
    /// Windows uses it from 0.30.11 on); nullopt where not checked (not Windows).
    std::optional<bool> windowsVulkanLoader;
    QStringList warnings;
};

/// Roots of everything PlatformProbe reads, so tests point it at fixture trees.
struct PlatformRoots {
    QString procRoot = QStringLiteral("/proc");
    QString devRoot = QStringLiteral("/dev");
    QString etcRoot = QStringLiteral("/etc");
    QString systemRoot; ///< Windows folder (%SystemRoot%); empty: from the environment, else C:\Windows
    QMap<QString, QString> environment; ///< only WSL_DISTRO_NAME, WSL_INTEROP are consulted
    QString userName;                   ///< empty: taken from the environment / passwd
    /// Compile-time platform unless set; tests use it to exercise the Linux path anywhere.
    bool forceLinuxChecks = false;

    static PlatformRoots system();
};

/// Whether <systemRoot>/System32/vulkan-1.dll is a file. `systemRoot` empty: %SystemRoot%, else C:\Windows.
bool hasWindowsVulkanLoader(const QString &systemRoot);

class PlatformProbe {
public:
    explicit PlatformProbe(PlatformRoots roots) : m_roots(std::move(roots)) {}
    PlatformInfo probe() const;

private:
    void probeLinux(PlatformInfo &info) const;
    void probeGroups(PlatformInfo &info) const;
    PlatformRoots m_roots;
};

} // namespace ogs

#pragma once

#include "ollamaversion.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace ogs {

/// The two operating systems whose Ollama builds ship different ROCm target lists.
enum class RocmOs { Linux, Windows };
QString rocmOsKey(RocmOs os);

/// The ROCm targets one range of Ollama releases ships, from `since` up to the next row.
struct CompatRelease {
    OllamaVersion since;
    QString source; ///< where the Linux list (the presets) comes from
    QString windowsSource; ///< where the Windows list comes from: the HIP SDK's rocBLAS, Ollama's Windows docs
    QStringList linuxTargets;
    QStringList windowsTargets;
    QString linuxRunnerDir; ///< folder under lib/ollama: "rocm", "rocm_v7_2"
    QString windowsRunnerDir;

    const QStringList &targets(RocmOs os) const { return os == RocmOs::Linux ? linuxTargets : windowsTargets; }
    QString runnerDir(RocmOs os) const { return os == RocmOs::Linux ? linuxRunnerDir : windowsRunnerDir; }
    const QString &sourceFor(RocmOs os) const { return os == RocmOs::Linux ? source : windowsSource; }
};

/// What the table knows about one gfx target: its family (for overrides) and example cards.
struct GfxTargetInfo {
    QString gfx;
    QString family; ///< "rdna2": an override only ever maps within one family
    QString generation; ///< "RDNA 2"
    QString examples;
    bool integrated = false; ///< an APU's graphics (Ollama's iGPU rules apply)
    QString source;
};

/// How Ollama's Vulkan backend is switched on in a given release.
enum class VulkanMode { Absent, OptIn, Default };

/// A version the table has a date and a source for.
struct CompatFeature {
    OllamaVersion since;
    QString source;
    QStringList targets; ///< the gfx targets it concerns, where it names some
};

/// The versioned compatibility table shipped as resources/data/ollama-compat.json.
class CompatTable {
public:
    /// Parses the JSON; on error returns an empty table and sets *error.
    static CompatTable fromJson(const QByteArray &json, QString *error);
    /// Every entry must name its source: a row, feature, target or note without one is an error
    /// naming the entry. The table compiled into the program.
    static const CompatTable &builtin();

    bool isEmpty() const { return m_releases.isEmpty(); }
    const QList<CompatRelease> &releases() const { return m_releases; }
    /// The release row in force for `version`; a version older than the table takes its first row;
    /// nullptr only for an empty table.
    const CompatRelease *releaseFor(const OllamaVersion &version) const;
    QStringList supportedTargets(const OllamaVersion &version, RocmOs os) const;
    bool isSupported(const QString &gfx, const OllamaVersion &version, RocmOs os) const;
    /// Every target the table names (builds, fork, known targets), sorted by number.
    QStringList allTargets() const;

    const GfxTargetInfo *targetInfo(const QString &gfx) const;
    /// The nearest target in `supported` of the same family as `gfx` (highest stepping not above
    /// gfx's own, else the lowest above it); empty when the family has none or gfx is supported.
    QString overrideTarget(const QString &gfx, const QStringList &supported) const;

    const QStringList &forkWindowsTargets() const { return m_forkTargets; }
    QString forkSource() const { return m_forkSource; }
    QString forkUrl() const { return m_forkUrl; }
    /// The fork's newest release the table knows (its version decides its iGPU rules).
    const CompatFeature &forkLatest() const { return m_forkLatest; }

    OllamaVersion newestKnownVersion() const { return m_newest; }
    QString newestKnownSource() const { return m_newestSource; }
    /// True for a version newer than any the table has facts for (0.34.x, 0.35.0-rc1): the advice
    /// then uses the newest known behaviour and says so.
    bool isBeyondData(const OllamaVersion &version) const { return m_newest < version; }
    VulkanMode vulkanMode(const OllamaVersion &version) const;
    const CompatFeature &vulkanOptIn() const { return m_vulkanOptIn; }
    const CompatFeature &vulkanDefault() const { return m_vulkanDefault; }
    const CompatFeature &igpuEnable() const { return m_igpuEnable; }
    /// Since when ROCm admits some iGPUs without OLLAMA_IGPU_ENABLE (targets: gfx1151).
    const CompatFeature &igpuRocmDefault() const { return m_igpuRocmDefault; }
    /// Since when Ollama for Windows uses the driver's %SystemRoot%\System32\vulkan-1.dll.
    const CompatFeature &windowsHostVulkanLoader() const { return m_windowsHostVulkanLoader; }
    /// Whether Ollama `version` drops this integrated GPU unless OLLAMA_IGPU_ENABLE=1 is set, on
    /// `rocm` (true) or another backend such as Vulkan (false). False for discrete GPUs.
    bool igpuNeedsEnable(const QString &gfx, bool integrated, const OllamaVersion &version, bool rocm) const;
    /// One line per override note (gfx, text, source).
    const QList<std::pair<QString, QString>> &overrideNoteSources() const { return m_overrideNotes; }
    QString about() const { return m_about; }

private:
    QList<CompatRelease> m_releases;
    QList<GfxTargetInfo> m_targets;
    QHash<QString, int> m_targetIndex;
    QStringList m_forkTargets;
    QString m_forkSource;
    QString m_forkUrl;
    CompatFeature m_forkLatest;
    OllamaVersion m_newest;
    CompatFeature m_vulkanOptIn;
    CompatFeature m_vulkanDefault;
    CompatFeature m_igpuEnable;
    CompatFeature m_igpuRocmDefault;
    CompatFeature m_windowsHostVulkanLoader;
    QList<std::pair<QString, QString>> m_overrideNotes; ///< (gfx, source)
    QString m_newestSource;
    QString m_about;
};

} // namespace ogs

#pragma once

#include "detect/gpuinfo.h"
#include "detect/platformprobe.h"
#include "ollamainstall.h"
#include "ollamaversion.h"

#include <QList>
#include <QStringList>

#include <optional>
#include <utility>

namespace ogs {

/// The acceleration paths the wizard can recommend.
enum class PathId { Rocm, RocmOverride, Vulkan, OllamaForAmd, Cuda, Cpu, RemoteHost };
QString pathKey(PathId id);
std::optional<PathId> pathFromKey(const QString &key);
QList<PathId> allPathIds();

/// Environment variables in the order they should be shown.
using EnvList = QList<std::pair<QString, QString>>;
void setEnv(EnvList &env, const QString &name, const QString &value);

/// A percentage range, "60–80 % of ROCm speed".
struct Range {
    int min = 0;
    int max = 0;
};

/// Expected generation speed on this card, from the seed's per-GPU table.
struct TokensEstimate {
    Range tokensPerSecond;
    QString model; ///< the model the table was measured with
    QString card; ///< the table row that matched
    QString basis; ///< "measured on rocm", or "scaled from rocm by relative speed"
    QString source; ///< where the table comes from: "shared/seeds/000 section 11, 'By GPU Generation'"
};

/// One acceleration path with everything the user has to do for it.
struct PathAdvice {
    PathId id = PathId::Cpu;
    int rank = 0;
    EnvList env; ///< set exactly these
    QStringList unset; ///< and make sure these are not set
    EnvList optionalEnv; ///< mitigations to apply only if the named problem shows up
    QStringList requirements; ///< what else must be installed or replaced
    Range relativeSpeed; ///< percent of ROCm/CUDA speed on the same GPU
    std::optional<TokensEstimate> tokens;
    QString stability; ///< production, experimental, community
    QStringList reasons;
    QStringList warnings;
    QStringList rules; ///< ids of the known-bug rules that changed this path
};

/// A path that is not offered, and why.
struct RejectedPath {
    PathId id = PathId::Cpu;
    QString reason;
};

/// Everything the recommender looks at. Each field may come from detection or a CLI flag.
struct RecommendInput {
    Platform platform = Platform::Linux;
    std::optional<GpuInfo> gpu; ///< nullopt: no usable GPU
    QString model; ///< Ollama model name, e.g. "qwen3.5:4b"; empty when unknown
    OllamaVersion version;
    bool versionAssumed = false;
    QString versionNote; ///< how the version was guessed, when it was
    std::optional<bool> rocmInstalled; ///< Linux: ROCm present; nullopt = unknown
    std::optional<bool> hipSdkInstalled; ///< Windows: AMD HIP SDK present
    /// Windows: %SystemRoot%\System32\vulkan-1.dll (the GPU driver's Vulkan loader) present; nullopt = unknown
    std::optional<bool> windowsVulkanLoader;
    std::optional<OllamaInstall> install;
    QString wslHostAddress; ///< the Windows host seen from WSL2, when known
};

/// How the gfx target's ROCm support was decided.
struct RocmSupport {
    QString gfx;
    bool known = false; ///< the table knows this gfx target
    QString family;
    bool table = false; ///< the table says this Ollama version ships it
    std::optional<bool> installed; ///< the install's rocBLAS files say so; nullopt without an install
    bool effective = false;
    QString decidedBy; ///< "install" or "table"
    QStringList effectiveTargets;
};

/// The ranked advice.
struct Recommendation {
    QList<PathAdvice> paths; ///< ordered by rank
    QList<RejectedPath> rejected;
    QStringList notes; ///< messages that concern the whole machine
    std::optional<RocmSupport> rocm; ///< AMD only
    const PathAdvice *find(PathId id) const;
};

} // namespace ogs

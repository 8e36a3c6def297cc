#pragma once

#include "detect/platformprobe.h"

#include <QMap>
#include <QStringList>

#include <optional>

namespace ogs {

/// What an installed Ollama really ships, read from its library folder.
struct OllamaInstall {
    QString libDir; ///< the lib/ollama folder that was read
    QString rocmDir; ///< the ROCm runner folder inside it ("rocm_v7_2"); empty without one
    QStringList rocmTargets; ///< gfx targets with a rocBLAS TensileLibrary_lazy_gfx*.dat, sorted
    QStringList runnerDirs; ///< every backend folder: "cuda_v13", "rocm_v7_2", "vulkan", …
    /// What looks broken, one sentence each ("…/rocblas/library is a file, not a folder").
    QStringList problems;
    bool hasVulkan() const { return runnerDirs.contains(QStringLiteral("vulkan")); }
    bool hasRocm() const { return !rocmDir.isEmpty(); }
};

/// Reads an Ollama install the way Ollama itself decides ROCm support: by globbing
/// lib/ollama/<rocm dir>/rocblas/library/TensileLibrary_lazy_gfx*.dat, and the nested layout of the
/// ROCm 7.14 builds, rocblas/library/gfx*/TensileLibrary_lazy_gfx*.dat. The ROCm folder is any
/// `rocm*` folder holding rocblas (rocm, rocm_v7_1, rocm_v7_2, rocm_v7_14, …): the newest by its
/// version numbers wins. `dir` may be the install root (holding lib/ollama), lib/ollama itself, or
/// the ROCm folder. nullopt when `dir` holds no Ollama library folder; then *whyNot says why.
std::optional<OllamaInstall> scanOllamaInstall(const QString &dir, QString *whyNot = nullptr);

/// Where the official installers put lib/ollama on `platform`. `environment` supplies
/// LOCALAPPDATA on Windows; `rootPrefix` is prepended to the Linux paths (tests).
QStringList defaultOllamaLibDirs(
    Platform platform, const QMap<QString, QString> &environment, const QString &rootPrefix = QString());

/// The first of `candidates` that holds an Ollama install.
std::optional<OllamaInstall> findOllamaInstall(const QStringList &candidates);

} // namespace ogs

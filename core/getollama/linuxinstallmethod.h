#pragma once

#include "compat/ollamaversion.h"
#include "compat/recommendation.h"

#include <QStringList>

#include <optional>

namespace ogs {

/// The fields of os-release that decide how Ollama is installed.
struct OsRelease {
    QString id;         ///< "arch", "debian", "ubuntu"
    QStringList idLike; ///< "arch" for Manjaro and EndeavourOS
    QString prettyName;
    bool found = false;
    bool isArchLike() const { return id == QLatin1String("arch") || idLike.contains(QStringLiteral("arch")); }
};

/// Reads `root`/etc/os-release, else `root`/usr/lib/os-release (quotes and escapes as os-release(5) says).
OsRelease readOsRelease(const QString &root);
OsRelease parseOsRelease(const QByteArray &text);

/// How Ollama gets onto this Linux: the distribution's package, or the official install script.
struct LinuxInstallMethod {
    enum class Kind { Package, Script };
    Kind kind = Kind::Script;
    QString package;   ///< "ollama-vulkan" (Arch)
    QString why;       ///< one sentence
};

/// Arch (and derivatives): `ollama-vulkan`, `ollama-rocm`, `ollama-cuda` or `ollama` by path; a pinned
/// version (pacman installs the repository's) and everything else: the official script. Debian has no package.
LinuxInstallMethod chooseLinuxInstallMethod(
    const OsRelease &os, const std::optional<PathId> &path, const std::optional<OllamaVersion> &pinned);

/// The packages the privileged helper accepts.
QStringList allowedLinuxPackages();

} // namespace ogs

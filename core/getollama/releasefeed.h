#pragma once

#include "compat/ollamaversion.h"
#include "ollamabuild.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QUrl>

#include <optional>

namespace ogs {

/// One downloadable file of a release.
struct ReleaseAsset {
    QString name;
    QUrl url;
    qint64 size = -1;
    QString sha256; ///< from the GitHub API's "digest": "sha256:…"; empty when the feed has none
};

/// A release as the GitHub releases API describes it (tag_name, assets[name, browser_download_url]).
struct Release {
    QString tag;
    std::optional<OllamaVersion> version; ///< parsed from the tag; nullopt for tags like "nightly"
    QList<ReleaseAsset> assets;

    const ReleaseAsset *find(const QString &name) const;
    /// The Windows installer: "OllamaSetup.exe", else the first *.exe whose name holds "setup".
    const ReleaseAsset *windowsInstaller() const;
    /// A checksum list covering every asset: sha256sum.txt, sha256sums.txt or SHA256SUMS.
    const ReleaseAsset *checksumList() const;
};

/// Parses one release object. nullopt with *error naming what is missing or malformed.
std::optional<Release> parseRelease(const QByteArray &json, QString *error);

/// Parses `sha256sum` output ("HEX  ./name" or "HEX *name"): file name (without any folder) →
/// lowercase hex. Lines that are not a 64-digit hash and a name are skipped.
QMap<QString, QString> parseChecksumList(const QByteArray &text);

/// A per-asset ".sha256" file: its first token when that is a 64-digit hash, else empty.
QString parseChecksumFile(const QByteArray &text);

/// The GitHub releases API address for `build`: the newest release, or the one tagged v`version`.
QUrl releaseFeedUrl(OllamaBuild build, const std::optional<OllamaVersion> &version = std::nullopt);

/// The official Linux install script.
QUrl officialInstallScriptUrl();

} // namespace ogs

#pragma once

#include "download.h"
#include "installplan.h"

class QNetworkAccessManager;

namespace ogs {

/// Reads a release feed (GitHub releases API shape). nullopt with *error naming the address and the problem.
std::optional<Release> fetchRelease(
    QNetworkAccessManager *nam, const QUrl &feedUrl, const DownloadOptions &options, QString *error);

/// The release's Windows installer and its published SHA-256: the asset's digest, the release's
/// sha256sum.txt, or `<asset>.sha256`; where several are published they must agree. An installer without
/// any published hash is returned with an empty sha256 (the plan then refuses it).
std::optional<ResolvedInstaller> resolveWindowsInstaller(
    QNetworkAccessManager *nam, const Release &release, const DownloadOptions &options, QString *error);

} // namespace ogs

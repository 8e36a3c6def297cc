#include "releaselookup.h"

#include "common/coretext.h"

namespace ogs {

namespace {

std::optional<QByteArray> fetchSmall(
    QNetworkAccessManager *nam, const QUrl &url, const DownloadOptions &options, QString *error)
{
    Download d(nam, url, QString(), QString(), options);
    d.start();
    if (!d.wait()) {
        *error = d.error();
        return std::nullopt;
    }
    return d.body();
}

} // namespace

std::optional<Release> fetchRelease(
    QNetworkAccessManager *nam, const QUrl &feedUrl, const DownloadOptions &options, QString *error)
{
    const auto body = fetchSmall(nam, feedUrl, options, error);
    if (!body) {
        *error = InstallText::tr("cannot read the release feed: %1").arg(*error);
        return std::nullopt;
    }
    QString why;
    auto release = parseRelease(*body, &why);
    if (!release)
        *error = QStringLiteral("%1: %2").arg(feedUrl.toDisplayString(), why);
    return release;
}

std::optional<ResolvedInstaller> resolveWindowsInstaller(
    QNetworkAccessManager *nam, const Release &release, const DownloadOptions &options, QString *error)
{
    const ReleaseAsset *asset = release.windowsInstaller();
    if (!asset) {
        *error = InstallText::tr("release %1 has no Windows installer (OllamaSetup.exe)").arg(release.tag);
        return std::nullopt;
    }
    ResolvedInstaller r { release, *asset, QString(), QString() };
    QStringList sources;
    QString hash = asset->sha256;
    if (!hash.isEmpty())
        sources << InstallText::tr("the feed's digest");

    const auto agree = [&](const QString &found, const QString &source) {
        if (found.isEmpty())
            return true;
        if (!hash.isEmpty() && hash != found) {
            *error
                = InstallText::tr("release %1 publishes two different SHA-256 values for %2 (%3: %4, %5: %6); refused")
                      .arg(release.tag, asset->name, sources.join(QStringLiteral(", ")), hash, source, found);
            return false;
        }
        hash = found;
        sources << source;
        return true;
    };
    if (const ReleaseAsset *list = release.checksumList()) {
        const auto body = fetchSmall(nam, list->url, options, error);
        if (!body) {
            *error = InstallText::tr("cannot read %1: %2").arg(list->name, *error);
            return std::nullopt;
        }
        if (!agree(parseChecksumList(*body).value(asset->name), list->name))
            return std::nullopt;
    }
    if (const ReleaseAsset *single = release.find(asset->name + QStringLiteral(".sha256"))) {
        const auto body = fetchSmall(nam, single->url, options, error);
        if (!body) {
            *error = InstallText::tr("cannot read %1: %2").arg(single->name, *error);
            return std::nullopt;
        }
        if (!agree(parseChecksumFile(*body), single->name))
            return std::nullopt;
    }
    r.sha256 = hash;
    r.sha256Source = sources.join(QStringLiteral(" and "));
    return r;
}

} // namespace ogs

#include "releasefeed.h"

#include "common/coretext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace ogs {

namespace {

bool isSha256Hex(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-fA-F]{64}$"));
    return re.match(text).hasMatch();
}

} // namespace

const ReleaseAsset *Release::find(const QString &name) const
{
    for (const ReleaseAsset &a : assets)
        if (a.name == name)
            return &a;
    return nullptr;
}

const ReleaseAsset *Release::windowsInstaller() const
{
    if (const ReleaseAsset *exact = find(QStringLiteral("OllamaSetup.exe")))
        return exact;
    for (const ReleaseAsset &a : assets)
        if (a.name.endsWith(QLatin1String(".exe"), Qt::CaseInsensitive)
            && a.name.contains(QLatin1String("setup"), Qt::CaseInsensitive))
            return &a;
    return nullptr;
}

const ReleaseAsset *Release::checksumList() const
{
    for (const char *name : { "sha256sum.txt", "sha256sums.txt", "SHA256SUMS" })
        if (const ReleaseAsset *a = find(QString::fromLatin1(name)))
            return a;
    return nullptr;
}

std::optional<Release> parseRelease(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = InstallText::tr("the release feed is not JSON (%1 at byte %2)")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = InstallText::tr("the release feed is not a JSON object");
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    Release release;
    release.tag = o.value(QLatin1String("tag_name")).toString();
    if (release.tag.isEmpty()) {
        *error = InstallText::tr("the release feed has no tag_name");
        return std::nullopt;
    }
    release.version = OllamaVersion::parse(release.tag);
    if (!o.value(QLatin1String("assets")).isArray()) {
        *error = InstallText::tr("the release feed has no assets list");
        return std::nullopt;
    }
    const QJsonArray assets = o.value(QLatin1String("assets")).toArray();
    for (const QJsonValue &v : assets) {
        const QJsonObject a = v.toObject();
        ReleaseAsset asset;
        asset.name = a.value(QLatin1String("name")).toString();
        asset.url = QUrl(a.value(QLatin1String("browser_download_url")).toString(), QUrl::StrictMode);
        if (asset.name.isEmpty() || !asset.url.isValid() || asset.url.isRelative()) {
            *error = InstallText::tr("the release feed has an asset without a name or a download address");
            return std::nullopt;
        }
        if (a.value(QLatin1String("size")).isDouble())
            asset.size = static_cast<qint64>(a.value(QLatin1String("size")).toDouble());
        const QString digest = a.value(QLatin1String("digest")).toString();
        if (digest.startsWith(QLatin1String("sha256:")) && isSha256Hex(digest.mid(7)))
            asset.sha256 = digest.mid(7).toLower();
        release.assets.append(asset);
    }
    return release;
}

QMap<QString, QString> parseChecksumList(const QByteArray &text)
{
    static const QRegularExpression line(QStringLiteral("^([0-9a-fA-F]{64})\\s+\\*?(\\S.*)$"));
    QMap<QString, QString> sums;
    for (const QByteArray &raw : text.split('\n')) {
        const QRegularExpressionMatch m = line.match(QString::fromUtf8(raw).trimmed());
        if (!m.hasMatch())
            continue;
        QString name = m.captured(2).trimmed();
        const qsizetype slash = std::max(name.lastIndexOf(QLatin1Char('/')), name.lastIndexOf(QLatin1Char('\\')));
        if (slash >= 0)
            name = name.mid(slash + 1);
        if (!name.isEmpty())
            sums.insert(name, m.captured(1).toLower());
    }
    return sums;
}

QString parseChecksumFile(const QByteArray &text)
{
    const QString first = QString::fromUtf8(text).simplified().section(QLatin1Char(' '), 0, 0);
    return isSha256Hex(first) ? first.toLower() : QString();
}

QUrl releaseFeedUrl(OllamaBuild build, const std::optional<OllamaVersion> &version)
{
    const QString repo = build == OllamaBuild::Official ? QStringLiteral("ollama/ollama")
                                                        : QStringLiteral("likelovewant/ollama-for-amd");
    const QString tail = version ? QStringLiteral("tags/v") + version->toString() : QStringLiteral("latest");
    return QUrl(QStringLiteral("https://api.github.com/repos/%1/releases/%2").arg(repo, tail));
}

QUrl officialInstallScriptUrl()
{
    return QUrl(QStringLiteral("https://ollama.com/install.sh"));
}

} // namespace ogs

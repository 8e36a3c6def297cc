#include "ollamaversion.h"

#include <QRegularExpression>

namespace ogs {

std::optional<OllamaVersion> OllamaVersion::parse(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^v?(\d{1,4})\.(\d{1,4})\.(\d{1,4})(?:-([0-9A-Za-z.]+))?$)"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    OllamaVersion v;
    v.major = m.captured(1).toInt();
    v.minor = m.captured(2).toInt();
    v.patch = m.captured(3).toInt();
    v.preRelease = m.captured(4);
    return v;
}

QString OllamaVersion::toString() const
{
    QString s = QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(patch);
    if (!preRelease.isEmpty())
        s += QLatin1Char('-') + preRelease;
    return s;
}

int OllamaVersion::compare(const OllamaVersion &o) const
{
    if (major != o.major)
        return major < o.major ? -1 : 1;
    if (minor != o.minor)
        return minor < o.minor ? -1 : 1;
    if (patch != o.patch)
        return patch < o.patch ? -1 : 1;
    if (preRelease == o.preRelease)
        return 0;
    if (preRelease.isEmpty())
        return 1;
    if (o.preRelease.isEmpty())
        return -1;
    return preRelease < o.preRelease ? -1 : 1;
}

std::optional<OllamaVersion> parseOllamaVersionOutput(const QString &output)
{
    static const QRegularExpression re(QStringLiteral(R"(version is (v?\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?))"));
    QRegularExpressionMatchIterator it = re.globalMatch(output);
    std::optional<OllamaVersion> found;
    while (it.hasNext()) {
        // "ollama version is X" (the server) comes before "client version is Y"; prefer the server.
        const QRegularExpressionMatch m = it.next();
        if (!found)
            found = OllamaVersion::parse(m.captured(1));
    }
    return found;
}

} // namespace ogs

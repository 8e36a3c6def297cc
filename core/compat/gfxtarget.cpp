#include "gfxtarget.h"

#include <QRegularExpression>

namespace ogs {

QString normalizeGfxTarget(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^(gfx[0-9]{1,2}[0-9a-f]{2})(?::[a-z+-]+)*$"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(text.trimmed());
    return m.hasMatch() ? m.captured(1).toLower() : QString();
}

std::optional<GfxVersion> gfxVersion(const QString &gfxTarget)
{
    const QString gfx = normalizeGfxTarget(gfxTarget);
    if (gfx.isEmpty())
        return std::nullopt;
    const QString digits = gfx.mid(3);
    GfxVersion v;
    bool ok = false;
    v.major = digits.left(digits.size() - 2).toInt(&ok);
    if (!ok)
        return std::nullopt;
    v.minor = digits.mid(digits.size() - 2, 1).toInt(&ok, 16);
    if (!ok)
        return std::nullopt;
    v.stepping = digits.right(1).toInt(&ok, 16);
    if (!ok)
        return std::nullopt;
    return v;
}

QString hsaOverrideValue(const QString &gfxTarget)
{
    const std::optional<GfxVersion> v = gfxVersion(gfxTarget);
    if (!v)
        return {};
    return QStringLiteral("%1.%2.%3").arg(v->major).arg(v->minor).arg(v->stepping);
}

} // namespace ogs

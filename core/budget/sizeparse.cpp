#include "sizeparse.h"

#include <QRegularExpression>

#include <cmath>

namespace ogs {

std::optional<qint64> parseByteSize(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(\d+(?:\.\d+)?)\s*(?:(k|m|g|t)(i?)(b?)|(b))?$)"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QString number = m.captured(1);
    const QString prefix = m.captured(2).toLower();
    const bool binary = !m.captured(3).isEmpty();
    if (binary && m.captured(4).isEmpty())
        return std::nullopt; // "8Gi" without the B is not a unit anyone writes
    double multiplier = 1.0;
    if (!prefix.isEmpty()) {
        const int power = QStringLiteral("kmgt").indexOf(prefix) + 1;
        multiplier = std::pow(binary ? 1024.0 : 1000.0, power);
    } else if (number.contains(QLatin1Char('.'))) {
        return std::nullopt; // a fraction of a byte
    }
    bool ok = false;
    const double value = number.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    const double bytes = value * multiplier;
    if (!std::isfinite(bytes) || bytes > 4611686018427387904.0)
        return std::nullopt;
    if (prefix.isEmpty())
        return number.toLongLong(&ok);
    return static_cast<qint64>(std::llround(bytes));
}

QString formatBytesBoth(qint64 bytes)
{
    const double b = static_cast<double>(bytes);
    if (bytes >= 1000LL * 1000 * 1000)
        return QStringLiteral("%1 GB (%2 GiB)").arg(b / 1e9, 0, 'f', 2).arg(b / (1024.0 * 1024 * 1024), 0, 'f', 2);
    if (bytes >= 1000LL * 1000)
        return QStringLiteral("%1 MB (%2 MiB)").arg(b / 1e6, 0, 'f', 0).arg(b / (1024.0 * 1024), 0, 'f', 0);
    return QStringLiteral("%1 B").arg(bytes);
}

} // namespace ogs

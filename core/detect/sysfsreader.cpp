#include "sysfsreader.h"

#include "common/coretext.h"

#include <QFile>
#include <QFileInfo>

namespace ogs {

namespace {
constexpr qint64 kMaxAttributeBytes = 64 * 1024;
}

SysfsValue readSysfsText(const QString &path)
{
    SysfsValue value;
    const QFileInfo info(path);
    if (!info.exists()) {
        value.error = QStringLiteral("missing");
        return value;
    }
    if (!info.isFile()) {
        value.error = DetectText::tr("not a regular file");
        return value;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        value.error = QStringLiteral("unreadable: ") + file.errorString();
        return value;
    }
    QByteArray bytes = file.read(kMaxAttributeBytes);
    const int nul = bytes.indexOf('\0');
    if (nul >= 0)
        bytes.truncate(nul);
    value.text = QString::fromUtf8(bytes).trimmed();
    if (value.text.isEmpty())
        value.error = QStringLiteral("empty");
    return value;
}

std::optional<qint64> parseSysfsInt(const QString &text, int base)
{
    QString t = text.trimmed();
    int b = base;
    if ((base == 0 || base == 16) && t.startsWith(QLatin1String("0x"), Qt::CaseInsensitive)) {
        t = t.mid(2);
        b = 16;
    } else if (base == 0) {
        b = 10;
    }
    if (t.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 v = t.toLongLong(&ok, b);
    if (!ok)
        return std::nullopt;
    return v;
}

std::optional<qint64> readSysfsInt(const QString &path, QString *error, int base)
{
    const SysfsValue value = readSysfsText(path);
    if (!value.ok()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, value.error);
        return std::nullopt;
    }
    const auto v = parseSysfsInt(value.text, base);
    if (!v && error)
        *error = DetectText::tr("%1: not a number: \"%2\"").arg(path, value.text.left(40));
    return v;
}

} // namespace ogs

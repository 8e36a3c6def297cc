#include "wslhost.h"

#include <QFile>
#include <QList>

namespace ogs {

QString defaultGatewayFromRouteTable(const QByteArray &procNetRoute)
{
    const QList<QByteArray> lines = procNetRoute.split('\n');
    for (int i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> f = lines.at(i).simplified().split(' ');
        if (f.size() < 3 || f.at(1) != "00000000")
            continue;
        bool ok = false;
        const quint32 gw = f.at(2).toUInt(&ok, 16);
        if (!ok || gw == 0)
            continue;
        // The kernel prints the address in host (little-endian) byte order.
        return QStringLiteral("%1.%2.%3.%4")
            .arg(gw & 0xff)
            .arg((gw >> 8) & 0xff)
            .arg((gw >> 16) & 0xff)
            .arg((gw >> 24) & 0xff);
    }
    return {};
}

QString wslWindowsHostAddress(const QString &procRoot)
{
    QFile f(procRoot + QStringLiteral("/net/route"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return defaultGatewayFromRouteTable(f.readAll());
}

} // namespace ogs

#pragma once

#include <QString>

namespace ogs {

/// The default gateway from a /proc/net/route table: inside WSL2 (NAT mode) that is the Windows
/// host. Empty when the table has no default route.
QString defaultGatewayFromRouteTable(const QByteArray &procNetRoute);

/// Reads `procRoot`/net/route and returns its default gateway, or an empty string.
QString wslWindowsHostAddress(const QString &procRoot);

} // namespace ogs

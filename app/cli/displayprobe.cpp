#include "displayprobe.h"

#include <QDir>
#include <QFile>
#include <QLibrary>

#if defined(Q_OS_UNIX)
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>
#endif

namespace ogs::app {

DisplayEnvironment DisplayEnvironment::fromProcess()
{
    return { qEnvironmentVariable("DISPLAY"), qEnvironmentVariable("WAYLAND_DISPLAY"),
        qEnvironmentVariable("XDG_RUNTIME_DIR"), qEnvironmentVariable("QT_QPA_PLATFORM") };
}

#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
namespace {

/// xcb_connect as Qt's xcb plugin calls it; libxcb is there wherever that plugin can load.
bool x11Reachable(const QString &display)
{
    using Connect = void *(*)(const char *, int *);
    using HasError = int (*)(void *);
    using Disconnect = void (*)(void *);
    QLibrary xcb(QStringLiteral("xcb"), 1);
    const auto connect = reinterpret_cast<Connect>(xcb.resolve("xcb_connect"));
    const auto hasError = reinterpret_cast<HasError>(xcb.resolve("xcb_connection_has_error"));
    const auto disconnect = reinterpret_cast<Disconnect>(xcb.resolve("xcb_disconnect"));
    if (!connect || !hasError || !disconnect)
        return false;
    void *connection = connect(display.toLocal8Bit().constData(), nullptr);
    const bool ok = connection && hasError(connection) == 0;
    if (connection)
        disconnect(connection); // also frees a connection in error
    return ok;
}

bool waylandReachable(const QString &name, const QString &runtimeDir)
{
    const QString path = QDir::isAbsolutePath(name) ? name : QDir(runtimeDir).filePath(name);
    const QByteArray native = QFile::encodeName(path);
    sockaddr_un address {};
    if (runtimeDir.isEmpty() && !QDir::isAbsolutePath(name))
        return false;
    if (native.size() >= static_cast<qsizetype>(sizeof address.sun_path))
        return false;
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, native.constData(), static_cast<size_t>(native.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    const bool ok = ::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) == 0;
    ::close(fd);
    return ok;
}

} // namespace

DisplayCheck checkDisplay(const DisplayEnvironment &env)
{
    const QString platform = env.qpaPlatform.section(QLatin1Char(';'), 0, 0).section(QLatin1Char(':'), 0, 0);
    const bool wantsX = platform.isEmpty() || platform == QLatin1String("xcb");
    const bool wantsWayland = platform.isEmpty() || platform.startsWith(QLatin1String("wayland"));
    if (!wantsX && !wantsWayland)
        return { true, {}, {} }; // offscreen, vnc, eglfs, …: no display server to ask
    if (env.display.isEmpty() && env.waylandDisplay.isEmpty())
        return { false, QStringLiteral("no graphical display found ($DISPLAY and $WAYLAND_DISPLAY are not set)"), {} };
    if (wantsX && !env.display.isEmpty() && x11Reachable(env.display))
        return { true, {}, {} };
    if (wantsWayland && !env.waylandDisplay.isEmpty() && waylandReachable(env.waylandDisplay, env.runtimeDir))
        return { true, {}, platform.isEmpty() ? QStringLiteral("wayland") : QString() }; // Qt would try xcb first
    QStringList tried;
    if (wantsX && !env.display.isEmpty())
        tried << QStringLiteral("$DISPLAY is '%1'").arg(env.display);
    if (wantsWayland && !env.waylandDisplay.isEmpty())
        tried << QStringLiteral("$WAYLAND_DISPLAY is '%1'").arg(env.waylandDisplay);
    return { false,
        QStringLiteral("the graphical display cannot be reached (%1, but nothing answers there: a stale SSH "
                       "forwarding, sudo, or WSL without WSLg?)")
            .arg(tried.join(QStringLiteral(" and "))),
        {} };
}
#else
DisplayCheck checkDisplay(const DisplayEnvironment &)
{
    return { true, {}, {} };
}
#endif

} // namespace ogs::app

#pragma once

#include <QString>

namespace ogs::app {

/// Whether a window can open, and if not, why (one clause for "the wizard cannot open: …").
struct DisplayCheck {
    bool available = false;
    QString reason; ///< empty when available
    QString platform; ///< a QT_QPA_PLATFORM to set before the GUI starts (empty: leave Qt's choice)
};

/// The environment a display check reads; a parameter so tests can give their own.
struct DisplayEnvironment {
    QString display; ///< $DISPLAY
    QString waylandDisplay; ///< $WAYLAND_DISPLAY
    QString runtimeDir; ///< $XDG_RUNTIME_DIR
    QString qpaPlatform; ///< $QT_QPA_PLATFORM
    static DisplayEnvironment fromProcess();
};

/// Connects to the display server the GUI would use (X11 through libxcb as Qt's xcb plugin does, the
/// Wayland socket) before the GUI module is loaded: Qt aborts (exit 134, "Reinstalling the application
/// may fix this problem") on a $DISPLAY that is set but unreachable (stale SSH forwarding, sudo, WSL
/// without WSLg). Windows and macOS always have a display.
DisplayCheck checkDisplay(const DisplayEnvironment &env);

} // namespace ogs::app

#pragma once

#include <QStringList>

namespace ogs::app {

/// True when a GUI can open here: Windows and macOS always; elsewhere a display server
/// ($DISPLAY / $WAYLAND_DISPLAY) or an explicit QT_QPA_PLATFORM must be there.
bool displayAvailable();

/// Opens the wizard. Returns the process exit code.
int runGui(int &argc, char **argv);

/// Without a display: says so and prints what `detect` knows instead.
int runHeadlessFallback();

} // namespace ogs::app

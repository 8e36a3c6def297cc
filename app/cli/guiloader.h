#pragma once

#include "gui/guirequest.h"

namespace ogs::app {

/// True when a window can open here: Windows and macOS always; elsewhere a display server
/// ($DISPLAY / $WAYLAND_DISPLAY) or an explicit QT_QPA_PLATFORM must be there.
bool displayAvailable();

/// Loads the GUI module (next to the executable, or in the installed lib directory) and runs
/// the request. On failure prints why and returns exit code 1.
int launchGui(const GuiRequest &request, int &argc, char **argv);

/// Without a display: says so and prints what `detect` knows instead.
int runHeadlessFallback();

} // namespace ogs::app

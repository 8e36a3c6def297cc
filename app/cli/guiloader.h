#pragma once

#include "gui/guirequest.h"

namespace ogs::app {


/// Loads the GUI module (next to the executable, or in the installed lib directory) and runs
/// the request. On failure prints why and returns exit code 1.
int launchGui(const GuiRequest &request, int &argc, char **argv);

/// Without a display: says why (`reason`, from checkDisplay) and prints what `detect` knows instead;
/// exits like `detect` (0 when it detected), since the user learns what the wizard would have shown first.
int runHeadlessFallback(const QString &reason);

} // namespace ogs::app

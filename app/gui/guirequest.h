#pragma once

#include "telemetry/stuckgpuwatchdog.h"

#include <QString>
#include <QUrl>

namespace ogs::app {

/// What the command line asks the GUI module to open. The executable parses and validates;
/// the module (loaded only when a window is wanted) just opens it.
struct MonitorRequest {
    QString sysfsRoot = QStringLiteral("/sys");
    QString procRoot = QStringLiteral("/proc");
    QString nvmlLibrary;
    int intervalMs = 1000;
    WatchdogConfig watchdog;
    QString screenshot; ///< save the window as PNG after `count` samples, then exit
    int count = 5;
    QUrl ollamaUrl = QUrl(QStringLiteral("http://127.0.0.1:11434")); ///< /api/ps: the loaded models, and the watchdog's answer
};

struct GuiRequest {
    enum class Kind { Wizard, Monitor };
    Kind kind = Kind::Wizard;
    QString language; ///< --lang; empty: the system locale
    MonitorRequest monitor;
};

/// The one symbol the GUI module exports. Both sides are built together by this project with
/// the same compiler and Qt, so passing C++ types across is safe.
using GuiEntryFn = int (*)(const GuiRequest &request, int &argc, char **argv);
constexpr const char *kGuiEntrySymbol = "ogs_gui_main";

} // namespace ogs::app

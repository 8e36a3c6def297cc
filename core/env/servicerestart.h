#pragma once

#include "envtarget.h"
#include "processrunner.h"
#include "windowsapprestart.h"

#include <QList>
#include <QStringList>

namespace ogs {

/// How a running Ollama picks up what was written to a target: the systemctl calls we can make
/// ourselves (the systemd service), the Windows tray app we stop and start again (registry
/// targets), or the one step the user has to take (a shell that runs `ollama serve`, a login
/// session, a Windows machine where nothing can be stopped from here).
struct RestartPlan {
    EnvTarget target = EnvTarget::Bashrc;
    QList<QStringList> systemctl; ///< argument lists, in order; empty: no systemctl calls
    QString windowsApp; ///< registry targets: the tray app to start again after stopping Ollama; empty: none
    QString manualStep; ///< what the user must do when we cannot restart it (targetFollowUp)
    bool restartsWindowsApp() const { return !windowsApp.isEmpty(); }
    bool canRestart() const { return !systemctl.isEmpty() || restartsWindowsApp(); }
};

/// `windowsApp`: where Ollama's tray app is (windowsTrayApp()), from a caller that can stop
/// and start processes (a WindowsOllamaControl); only the registry targets use it.
RestartPlan restartPlan(EnvTarget target, const QString &windowsApp = QString());

/// Runs the plan's systemctl calls through `runner`, one message per call ("Ran systemctl restart
/// ollama", or "Warning: systemctl … failed; run: …"). True when every call succeeded.
bool runRestart(const RestartPlan &plan, ProcessRunner &runner, QStringList *messages);

/// Restarts the plan's Windows tray app through `control` (restartWindowsApp), with one message
/// (describeWindowsAppRestart). True when it was started.
bool runAppRestart(
    const RestartPlan &plan, WindowsOllamaControl &control, QStringList *messages, WindowsAppRestart *result = nullptr);

} // namespace ogs

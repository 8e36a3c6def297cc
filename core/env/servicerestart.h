#pragma once

#include "envtarget.h"
#include "processrunner.h"

#include <QList>
#include <QStringList>

namespace ogs {

/// How a running Ollama picks up what was written to a target: the systemctl calls we can make
/// ourselves (the systemd service), or the one step the user has to take (a shell that runs
/// `ollama serve`, a login session, the Windows tray app).
struct RestartPlan {
    EnvTarget target = EnvTarget::Bashrc;
    QList<QStringList> systemctl; ///< argument lists, in order; empty: we cannot restart it from here
    QString manualStep; ///< what the user must do when `systemctl` is empty (targetFollowUp)
    bool canRestart() const { return !systemctl.isEmpty(); }
};

RestartPlan restartPlan(EnvTarget target);

/// Runs the plan's systemctl calls through `runner`, one message per call ("Ran systemctl restart
/// ollama", or "Warning: systemctl … failed; run: …"). True when every call succeeded.
bool runRestart(const RestartPlan &plan, ProcessRunner &runner, QStringList *messages);

} // namespace ogs

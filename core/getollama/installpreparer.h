#pragma once

#include "installplan.h"
#include "download.h"
#include "env/processrunner.h"

#include <optional>

class QNetworkAccessManager;

namespace ogs {

/// Everything needed to find Ollama and plan for a goal; the CLI and the wizard fill it the same way.
struct InstallRequest {
    InstallGoal goal;           ///< goal.platform is the platform planned for
    OllamaLocatorInput locator;
    ServerProbe server;         ///< empty: the server is not asked
    QUrl feedUrl;               ///< empty: releaseFeedUrl(build, version)
    DownloadOptions download;
    PlanInput plan;             ///< downloadDir, serverUrl, os, scriptUrl, helper…; decision and installer are filled in
    bool readFeed = true;       ///< false: decide without the network (an update then cannot know the newest release)
};

/// The state of Ollama and, unless only the status was asked for, the plan (or why there is none).
struct PreparedInstall {
    OllamaStatus status;
    InstallDecision decision;
    std::optional<InstallPlan> plan;
    QString error; ///< the feed or checksum could not be read, or the plan cannot be made safely
};

/// This machine's seams for getting Ollama: PATH, LOCALAPPDATA, the uninstall registry, os-release,
/// the cache folder for downloads, the privileged helper (installed, else next to this program), root or not.
InstallRequest systemInstallRequest(Platform platform, const QUrl &serverUrl);

/// Locates Ollama and asks its version through `runner`; then decides, reads the release feed where the
/// decision needs it (the Windows installer and its SHA-256, or the newest version for `update`), and plans.
/// Blocks (local event loops) while it reads the network: call it off the GUI thread.
PreparedInstall prepareInstall(const InstallRequest &request, QNetworkAccessManager *nam, ProcessRunner &runner);

/// Only the status: nothing is read from the network.
OllamaStatus probeStatus(const InstallRequest &request, ProcessRunner &runner);

/// Removes `key` where Ollama reads it by running `program env apply --unset KEY --yes` (this program's
/// own `env` command) through `runner`. False and *why when that failed.
bool clearEnvThroughCli(ProcessRunner &runner, const QString &program, const QString &key, QString *why, QString *output = nullptr);

} // namespace ogs

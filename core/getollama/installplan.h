#pragma once

#include "installdecision.h"
#include "linuxinstallmethod.h"
#include "releasefeed.h"

#include <QJsonObject>
#include <QList>
#include <QUrl>

namespace ogs {

/// One step of getting Ollama, as data: shown first, then run by InstallExecutor.
struct InstallStep {
    enum class Kind { Download, Verify, Show, Run, Wait, ClearEnv };
    Kind kind = Kind::Run;
    QString description;
    QUrl url;             ///< Download
    QString path;         ///< Download: the target; Verify/Show: the file
    QString sha256;       ///< Download/Verify: the published hash (empty for a script: shown instead)
    QString sha256Source; ///< "sha256sum.txt", "digest", "OllamaSetup.exe.sha256"
    QString program;      ///< Run
    QStringList arguments; ///< Run; kSha256Placeholder stands for the hash of `verifyFile` as shown
    QString verifyFile;   ///< Run: a downloaded file that must still have its verified hash
    bool privileged = false; ///< Run: goes through pkexec and the helper (or runs as root)
    QString envKey;       ///< ClearEnv
    QUrl serverUrl;       ///< Wait
    int timeoutMs = 0;    ///< Wait
};
QString stepKindKey(InstallStep::Kind kind); ///< "download", "verify", "show", "run", "wait", "clear-env"

/// Stands for the shown script's SHA-256 in a Run step's arguments (filled in after Show).
inline constexpr char kSha256Placeholder[] = "@SHA256@";

struct InstallPlan {
    InstallDecision decision;
    QString releaseTag;   ///< the release the steps install, when a feed was read
    QString method;       ///< "windows-installer", "package", "script", or empty
    QString methodReason;
    QList<InstallStep> steps;
    QStringList warnings;
    bool hasSteps() const { return !steps.isEmpty(); }
};

QJsonObject installPlanToJson(const InstallPlan &plan);
QString installPlanToText(const InstallPlan &plan);

/// Which installer a Windows setup program is: its silent flags differ.
enum class InstallerKind { InnoSetup, Nsis };
/// Inno Setup: /VERYSILENT /SUPPRESSMSGBOXES /NORESTART; NSIS: /S.
QStringList silentInstallFlags(InstallerKind kind);

/// The Windows installer of a release and its published SHA-256.
struct ResolvedInstaller {
    Release release;
    ReleaseAsset asset;
    QString sha256;
    QString sha256Source;
};

/// Everything the plan depends on, as parameters.
struct PlanInput {
    Platform platform = Platform::Linux;
    InstallDecision decision;
    std::optional<PathId> path;
    QString downloadDir;
    QUrl serverUrl = QUrl(QStringLiteral("http://127.0.0.1:11434"));
    int waitTimeoutMs = 120000;
    // Windows
    std::optional<ResolvedInstaller> installer;
    InstallerKind installerKind = InstallerKind::InnoSetup;
    // Linux
    OsRelease os;
    QUrl scriptUrl = officialInstallScriptUrl();
    bool runningAsRoot = false;
    QString helperProgram = QStringLiteral("/usr/libexec/ollama-gpu-setup/ollama-gpu-setup-env-helper");
    QString pkexecProgram = QStringLiteral("pkexec");
};

/// The steps for `input.decision`. Empty steps when nothing has to change; nullopt (and *error) when
/// the steps cannot be made safely (Windows: no installer, or no published SHA-256 for it).
std::optional<InstallPlan> buildInstallPlan(const PlanInput &input, QString *error);

} // namespace ogs

#include "installpreparer.h"

#include "common/coretext.h"
#include "releaselookup.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStandardPaths>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

namespace ogs {

InstallRequest systemInstallRequest(Platform platform, const QUrl &serverUrl)
{
    InstallRequest r;
    r.goal.platform = platform;
    r.locator = systemLocatorInput(platform);
    r.download.allowedRedirectHosts = githubRedirectHosts();
    r.plan.downloadDir = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
        + QStringLiteral("/ollama-gpu-setup/downloads");
    r.plan.serverUrl = serverUrl;
    r.plan.os = readOsRelease(QStringLiteral("/"));
#if defined(Q_OS_UNIX)
    r.plan.runningAsRoot = ::geteuid() == 0;
#endif
    if (!QFileInfo(r.plan.helperProgram).isExecutable())
        r.plan.helperProgram = QCoreApplication::applicationDirPath() + QStringLiteral("/ollama-gpu-setup-env-helper");
    return r;
}

OllamaStatus probeStatus(const InstallRequest &request, ProcessRunner &runner)
{
    return probeOllamaStatus(request.locator, runner, request.server);
}

PreparedInstall prepareInstall(const InstallRequest &request, QNetworkAccessManager *nam, ProcessRunner &runner)
{
    PreparedInstall p;
    p.status = probeStatus(request, runner);
    InstallGoal goal = request.goal;
    const OllamaBuild build
        = goal.build.value_or(goal.path == PathId::OllamaForAmd ? OllamaBuild::OllamaForAmd : OllamaBuild::Official);
    const QUrl feed = request.feedUrl.isEmpty() ? releaseFeedUrl(build, goal.version) : request.feedUrl;
    std::optional<Release> release;
    const auto readRelease = [&]() -> bool {
        if (!release)
            release = fetchRelease(nam, feed, request.download, &p.error);
        return release.has_value();
    };
    if (goal.toLatest && !goal.version && request.readFeed) {
        if (!readRelease())
            return p;
        goal.latest = release->version;
    }
    p.decision = decideInstall(goal, p.status);

    PlanInput in = request.plan;
    in.platform = goal.platform;
    in.decision = p.decision;
    in.path = goal.path;
    const bool needsInstaller = goal.platform == Platform::Windows && p.decision.action != InstallAction::None
        && p.decision.action != InstallAction::Refuse;
    if (needsInstaller) {
        if (!request.readFeed)
            return p; // the plan needs the release; the caller asks again with readFeed
        if (!readRelease())
            return p;
        in.installer = resolveWindowsInstaller(nam, *release, request.download, &p.error);
        if (!in.installer)
            return p;
    }
    p.plan = buildInstallPlan(in, &p.error);
    return p;
}

bool clearEnvThroughCli(
    ProcessRunner &runner, const QString &program, const QString &key, QString *why, QString *output)
{
    const ProcessResult r = runner.run(program,
        { QStringLiteral("env"), QStringLiteral("apply"), QStringLiteral("--unset"), key, QStringLiteral("--yes") },
        120000);
    if (output)
        *output = QString::fromUtf8(r.standardOutput);
    if (r.started && r.exitCode == 0)
        return true;
    *why = QString::fromUtf8(r.standardError).trimmed();
    if (why->isEmpty())
        *why = InstallText::tr("`%1 env apply --unset %2` failed").arg(program, key);
    return false;
}

} // namespace ogs

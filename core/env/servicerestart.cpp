#include "servicerestart.h"

#include "common/coretext.h"

namespace ogs {

RestartPlan restartPlan(EnvTarget target, const QString &windowsApp)
{
    RestartPlan plan;
    plan.target = target;
    plan.manualStep = targetFollowUp(target);
    if (target == EnvTarget::Systemd)
        plan.systemctl
            = { { QStringLiteral("daemon-reload") }, { QStringLiteral("restart"), QStringLiteral("ollama") } };
    if (!isFileTarget(target))
        plan.windowsApp = windowsApp;
    return plan;
}

bool runRestart(const RestartPlan &plan, ProcessRunner &runner, QStringList *messages)
{
    bool ok = true;
    for (const QStringList &args : plan.systemctl) {
        const ProcessResult p = runner.run(QStringLiteral("systemctl"), args, 60000);
        const bool ran = p.started && p.exitCode == 0;
        ok = ok && ran;
        if (messages)
            *messages << (ran ? EnvText::tr("Ran systemctl %1").arg(args.join(QLatin1Char(' ')))
                              : EnvText::tr("Warning: systemctl %1 failed; run: %2")
                                    .arg(args.join(QLatin1Char(' ')), plan.manualStep));
    }
    return ok;
}

bool runAppRestart(
    const RestartPlan &plan, WindowsOllamaControl &control, QStringList *messages, WindowsAppRestart *result)
{
    if (!plan.restartsWindowsApp())
        return false;
    const WindowsAppRestart r = restartWindowsApp(control, plan.windowsApp);
    if (messages)
        *messages << describeWindowsAppRestart(r, plan.manualStep);
    if (result)
        *result = r;
    return r.ok();
}

} // namespace ogs

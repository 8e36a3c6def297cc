#include "installplan.h"

#include "common/coretext.h"

#include <QDir>
#include <QJsonArray>

namespace ogs {

QString stepKindKey(InstallStep::Kind kind)
{
    switch (kind) {
    case InstallStep::Kind::Download:
        return QStringLiteral("download");
    case InstallStep::Kind::Verify:
        return QStringLiteral("verify");
    case InstallStep::Kind::Show:
        return QStringLiteral("show");
    case InstallStep::Kind::Run:
        return QStringLiteral("run");
    case InstallStep::Kind::Wait:
        return QStringLiteral("wait");
    case InstallStep::Kind::ClearEnv:
        return QStringLiteral("clear-env");
    }
    return QString();
}

QStringList silentInstallFlags(InstallerKind kind)
{
    if (kind == InstallerKind::Nsis)
        return { QStringLiteral("/S") };
    return { QStringLiteral("/VERYSILENT"), QStringLiteral("/NORESTART"), QStringLiteral("/SUPPRESSMSGBOXES") };
}

namespace {

InstallStep waitStep(const PlanInput &in)
{
    InstallStep s;
    s.kind = InstallStep::Kind::Wait;
    s.serverUrl = in.serverUrl;
    s.timeoutMs = in.waitTimeoutMs;
    s.description = InstallText::tr("Wait up to %1 s for Ollama to answer at %2")
                        .arg(in.waitTimeoutMs / 1000)
                        .arg(in.serverUrl.toDisplayString());
    return s;
}

InstallStep runStep(const QString &description, const QString &program, const QStringList &args, bool privileged)
{
    InstallStep s;
    s.kind = InstallStep::Kind::Run;
    s.description = description;
    s.program = program;
    s.arguments = args;
    s.privileged = privileged;
    return s;
}

bool planWindows(const PlanInput &in, InstallPlan &plan, QString *error)
{
    if (!in.installer) {
        *error = InstallText::tr("no release was read, so there is no installer to download");
        return false;
    }
    const ResolvedInstaller &inst = *in.installer;
    if (inst.sha256.isEmpty()) {
        *error = InstallText::tr(
            "release %1 publishes no SHA-256 for %2 (no digest, no sha256sum.txt entry, no %2.sha256); "
            "refusing to run it unverified")
                     .arg(inst.release.tag, inst.asset.name);
        return false;
    }
    plan.releaseTag = inst.release.tag;
    plan.method = QStringLiteral("windows-installer");
    plan.methodReason = InstallText::tr("%1 from release %2 of %3, run silently.")
                            .arg(inst.asset.name, inst.release.tag, buildDisplayName(plan.decision.build));
    const QString file = QDir::cleanPath(in.downloadDir + QLatin1Char('/') + inst.asset.name);

    InstallStep download;
    download.kind = InstallStep::Kind::Download;
    download.url = inst.asset.url;
    download.path = file;
    download.sha256 = inst.sha256;
    download.sha256Source = inst.sha256Source;
    download.description = InstallText::tr("Download %1 to %2 (kept as .part until its SHA-256 matches)")
                               .arg(inst.asset.url.toDisplayString(), file);
    plan.steps << download;

    InstallStep verify;
    verify.kind = InstallStep::Kind::Verify;
    verify.path = file;
    verify.sha256 = inst.sha256;
    verify.sha256Source = inst.sha256Source;
    verify.description
        = InstallText::tr("Check its SHA-256 is %1 (published in %2)").arg(inst.sha256, inst.sha256Source);
    plan.steps << verify;

    InstallStep run
        = runStep(InstallText::tr("Run the installer silently"), file, silentInstallFlags(in.installerKind), false);
    run.verifyFile = file;
    plan.steps << run;
    if (plan.decision.action == InstallAction::Replace)
        plan.warnings << InstallText::tr("The new build is installed over the old one; the old uninstaller is not run, "
                                         "so downloaded models stay.");
    plan.steps << waitStep(in);
    return true;
}

void planLinux(const PlanInput &in, InstallPlan &plan)
{
    const LinuxInstallMethod m = chooseLinuxInstallMethod(in.os, in.path, plan.decision.targetVersion);
    plan.methodReason = m.why;
    if (m.kind == LinuxInstallMethod::Kind::Package) {
        plan.method = QStringLiteral("package");
        if (in.runningAsRoot) {
            plan.steps << runStep(InstallText::tr("Install the %1 package").arg(m.package), QStringLiteral("pacman"),
                { QStringLiteral("-S"), QStringLiteral("--needed"), QStringLiteral("--noconfirm"), m.package }, true);
            plan.steps << runStep(InstallText::tr("Start the ollama service"), QStringLiteral("systemctl"),
                { QStringLiteral("enable"), QStringLiteral("--now"), QStringLiteral("ollama.service") }, true);
        } else {
            plan.steps << runStep(
                InstallText::tr("Install the %1 package and start the ollama service, as root through "
                                "pkexec (the helper runs: pacman -S --needed --noconfirm %1; "
                                "systemctl enable --now ollama.service)")
                    .arg(m.package),
                in.pkexecProgram, { in.helperProgram, QStringLiteral("install-package"), m.package }, true);
        }
        plan.steps << waitStep(in);
        return;
    }

    plan.method = QStringLiteral("script");
    const QString file = QDir::cleanPath(in.downloadDir + QStringLiteral("/install.sh"));
    InstallStep download;
    download.kind = InstallStep::Kind::Download;
    download.url = in.scriptUrl;
    download.path = file;
    download.description
        = InstallText::tr("Download the official install script %1 to %2").arg(in.scriptUrl.toDisplayString(), file);
    plan.steps << download;

    InstallStep show;
    show.kind = InstallStep::Kind::Show;
    show.path = file;
    show.description = InstallText::tr("Show the script in full with its SHA-256; it runs only after you have seen it, "
                                       "and only if its SHA-256 is still the one shown");
    plan.steps << show;

    const QString sha = QString::fromLatin1(kSha256Placeholder);
    InstallStep run;
    if (in.runningAsRoot) {
        QStringList args;
        QString program = QStringLiteral("sh");
        if (plan.decision.targetVersion) {
            program = QStringLiteral("env");
            args << QStringLiteral("OLLAMA_VERSION=") + plan.decision.targetVersion->toString() << QStringLiteral("sh");
        }
        args << file;
        run = runStep(InstallText::tr("Run the script as root"), program, args, true);
    } else {
        QStringList args { in.helperProgram, QStringLiteral("install-script"), QStringLiteral("--file"), file,
            QStringLiteral("--expect-sha256"), sha };
        if (plan.decision.targetVersion)
            args << QStringLiteral("--version") << plan.decision.targetVersion->toString();
        run = runStep(InstallText::tr("Run the script as root through pkexec (the helper checks its SHA-256 again and "
                                      "runs its own copy with sh)"),
            in.pkexecProgram, args, true);
    }
    run.verifyFile = file;
    plan.steps << run;
    plan.steps << waitStep(in);
}

QJsonObject stepToJson(const InstallStep &s)
{
    QJsonObject o { { QStringLiteral("kind"), stepKindKey(s.kind) }, { QStringLiteral("description"), s.description } };
    if (!s.url.isEmpty())
        o.insert(QStringLiteral("url"), s.url.toString());
    if (!s.path.isEmpty())
        o.insert(QStringLiteral("path"), s.path);
    if (!s.sha256.isEmpty())
        o.insert(QStringLiteral("sha256"), s.sha256);
    if (!s.sha256Source.isEmpty())
        o.insert(QStringLiteral("sha256_source"), s.sha256Source);
    if (s.kind == InstallStep::Kind::Run) {
        o.insert(QStringLiteral("program"), s.program);
        o.insert(QStringLiteral("arguments"), QJsonArray::fromStringList(s.arguments));
        o.insert(QStringLiteral("privileged"), s.privileged);
        if (!s.verifyFile.isEmpty())
            o.insert(QStringLiteral("verify_file"), s.verifyFile);
    }
    if (!s.envKey.isEmpty())
        o.insert(QStringLiteral("env_key"), s.envKey);
    if (s.kind == InstallStep::Kind::Wait) {
        o.insert(QStringLiteral("server"), s.serverUrl.toString());
        o.insert(QStringLiteral("timeout_ms"), s.timeoutMs);
    }
    return o;
}

QString quoteArg(const QString &arg)
{
    if (!arg.isEmpty() && !arg.contains(QLatin1Char(' ')) && !arg.contains(QLatin1Char('"')))
        return arg;
    return QLatin1Char('"') + QString(arg).replace(QLatin1String("\""), QLatin1String("\\\"")) + QLatin1Char('"');
}

} // namespace

std::optional<InstallPlan> buildInstallPlan(const PlanInput &in, QString *error)
{
    InstallPlan plan;
    plan.decision = in.decision;
    const InstallAction a = in.decision.action;
    if (a == InstallAction::None || a == InstallAction::Refuse)
        return plan;
    if (in.platform == Platform::Windows) {
        if (!planWindows(in, plan, error))
            return std::nullopt;
    } else if (in.platform == Platform::Linux || in.platform == Platform::Wsl2) {
        planLinux(in, plan);
    } else {
        *error = InstallText::tr("installing Ollama on %1 is not supported; use the installer from ollama.com")
                     .arg(platformKey(in.platform));
        return std::nullopt;
    }
    if (in.decision.clearHsaOverride) {
        InstallStep clear;
        clear.kind = InstallStep::Kind::ClearEnv;
        clear.envKey = QStringLiteral("HSA_OVERRIDE_GFX_VERSION");
        clear.description = InstallText::tr("Remove HSA_OVERRIDE_GFX_VERSION (it only made sense for ollama-for-amd)");
        plan.steps << clear;
    }
    return plan;
}

QJsonObject installPlanToJson(const InstallPlan &plan)
{
    const InstallDecision &d = plan.decision;
    QJsonArray steps;
    for (const InstallStep &s : plan.steps)
        steps.append(stepToJson(s));
    return QJsonObject {
        { QStringLiteral("action"), actionKey(d.action) },
        { QStringLiteral("build"), buildKey(d.build) },
        { QStringLiteral("reason"), d.reason },
        { QStringLiteral("target_version"), d.targetVersion ? QJsonValue(d.targetVersion->toString()) : QJsonValue() },
        { QStringLiteral("minimum_version"),
            d.minimumVersion ? QJsonValue(d.minimumVersion->toString()) : QJsonValue() },
        { QStringLiteral("notes"), QJsonArray::fromStringList(d.notes) },
        { QStringLiteral("release"), plan.releaseTag.isEmpty() ? QJsonValue() : QJsonValue(plan.releaseTag) },
        { QStringLiteral("method"), plan.method.isEmpty() ? QJsonValue() : QJsonValue(plan.method) },
        { QStringLiteral("method_reason"), plan.methodReason.isEmpty() ? QJsonValue() : QJsonValue(plan.methodReason) },
        { QStringLiteral("steps"), steps },
        { QStringLiteral("warnings"), QJsonArray::fromStringList(plan.warnings) },
    };
}

QString installPlanToText(const InstallPlan &plan)
{
    const InstallDecision &d = plan.decision;
    QString text = QStringLiteral("%1: %2\n").arg(actionKey(d.action), d.reason);
    for (const QString &n : d.notes)
        text += QStringLiteral("  note: %1\n").arg(n);
    if (!plan.methodReason.isEmpty())
        text += QStringLiteral("How: %1\n").arg(plan.methodReason);
    int i = 1;
    for (const InstallStep &s : plan.steps) {
        text += QStringLiteral("  %1. [%2] %3\n").arg(i++).arg(stepKindKey(s.kind), s.description);
        if (s.kind == InstallStep::Kind::Run) {
            QStringList words { quoteArg(s.program) };
            for (const QString &arg : s.arguments)
                words << (arg == QLatin1String(kSha256Placeholder) ? QStringLiteral("<SHA-256 as shown>")
                                                                   : quoteArg(arg));
            text += QStringLiteral("       $ %1\n").arg(words.join(QLatin1Char(' ')));
        }
    }
    for (const QString &w : plan.warnings)
        text += QStringLiteral("  warning: %1\n").arg(w);
    return text;
}

} // namespace ogs

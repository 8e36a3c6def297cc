#include "targetdecision.h"

#include "common/coretext.h"

#include <QFileInfo>

namespace ogs {

EnvTarget shellTarget(const QString &shell)
{
    const QString name = QFileInfo(shell).fileName();
    if (name == QLatin1String("zsh"))
        return EnvTarget::Zshrc;
    if (name == QLatin1String("fish"))
        return EnvTarget::Fish;
    if (name == QLatin1String("bash"))
        return EnvTarget::Bashrc;
    return name.isEmpty() ? EnvTarget::Bashrc : EnvTarget::Profile;
}

TargetDecision decideDefaultTarget(const TargetProbeInput &input)
{
    if (input.windows)
        return { EnvTarget::WindowsUser,
            EnvText::tr("Ollama on Windows runs as the tray app, which reads the user's environment variables when it "
                        "starts") };

    const EnvTarget shell = shellTarget(input.shell);
    if (input.runner) {
        const ProcessResult active = input.runner->run(
            QStringLiteral("systemctl"), { QStringLiteral("is-active"), QStringLiteral("ollama") }, 5000);
        if (active.started && active.exitCode == 0 && active.standardOutput.trimmed() == "active")
            return { EnvTarget::Systemd,
                EnvText::tr("the ollama systemd service is active; a service does not read ~/.bashrc, so the "
                            "variables go into a drop-in for the unit") };

        const ProcessResult ps = input.runner->run(
            QStringLiteral("ps"), { QStringLiteral("-eo"), QStringLiteral("pid=,user=,args=") }, 5000);
        if (ps.started && ps.exitCode == 0) {
            for (const QByteArray &raw : ps.standardOutput.split('\n')) {
                const QList<QByteArray> fields = raw.simplified().split(' ');
                if (fields.size() < 4)
                    continue;
                const QString program = QFileInfo(QString::fromLocal8Bit(fields.at(2))).fileName();
                if (program == QLatin1String("ollama") && fields.at(3) == "serve")
                    return { shell,
                        EnvText::tr("`ollama serve` runs by hand (pid %1, user %2); it takes its variables "
                                    "from the shell that starts it, so they go into %3")
                            .arg(QString::fromLocal8Bit(fields.at(0)), QString::fromLocal8Bit(fields.at(1)),
                                envTargetId(shell)) };
            }
        }
    }
    for (const char *unit : { "/etc/systemd/system/ollama.service", "/usr/lib/systemd/system/ollama.service",
             "/lib/systemd/system/ollama.service" }) {
        const QString path
            = (input.roots.root == QLatin1String("/") ? QString() : input.roots.root) + QLatin1String(unit);
        if (QFileInfo::exists(path))
            return { EnvTarget::Systemd,
                EnvText::tr("Ollama is installed as a systemd service (%1), though it is not running now").arg(path) };
    }
    QString reason = EnvText::tr("no Ollama service or running `ollama serve` was found; the variables go where your "
                                 "shell (%1) reads them, for a manual `ollama serve`")
                         .arg(input.shell.isEmpty() ? EnvText::tr("unknown, assuming bash") : input.shell);
    if (input.wsl)
        reason += EnvText::tr(". This is WSL2: if Ollama runs on Windows instead, its variables belong in the Windows "
                              "user environment (run ollama-gpu-setup.exe env there, target windows-user), and only "
                              "OLLAMA_HOST belongs here");
    return { shell, reason };
}

} // namespace ogs

// ollama-gpu-setup-env-helper: the only part that runs as root. Started through pkexec (polkit
// action io.github.ollama_gpu_setup.env-helper); it edits the systemd drop-in or /etc/environment
// for allow-listed keys, restarts the ollama service, or undoes its own last change; and it installs
// Ollama (an allow-listed Arch package, or the official script whose SHA-256 the user was shown).
// Nothing else: no roots or state directories come from the caller.
#include "env/envhelper.h"
#include "getollama/installhelper.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    QTextStream out(stdout);
    QTextStream err(stderr);
    ogs::SystemProcessRunner runner;
    if (ogs::isInstallHelperRequest(args)) {
        ogs::InstallHelperContext install;
        install.workDir = ogs::envHelperStateDir() + QStringLiteral("/install");
        install.runner = &runner;
        install.out = &out;
        install.err = &err;
        return ogs::runInstallHelper(args, install);
    }
    ogs::EnvHelperContext context;
    context.roots.root = QStringLiteral("/");
    context.roots.home = QStringLiteral("/nonexistent"); // never used: only /etc targets are accepted
    context.stateDir = ogs::envHelperStateDir();
    context.runner = &runner;
    context.out = &out;
    context.err = &err;
    return ogs::runEnvHelper(args, context);
}

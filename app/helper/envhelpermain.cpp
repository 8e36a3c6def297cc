// ollama-gpu-setup-env-helper: the only part that runs as root. Started through pkexec (polkit
// action io.github.ollama_gpu_setup.env-helper); it edits the systemd drop-in or /etc/environment
// for allow-listed keys, restarts the ollama service, or undoes its own last change. Nothing else:
// no paths, roots or state directories come from the caller.
#include "env/envhelper.h"

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
    ogs::EnvHelperContext context;
    context.roots.root = QStringLiteral("/");
    context.roots.home = QStringLiteral("/nonexistent"); // never used: only /etc targets are accepted
    context.stateDir = ogs::envHelperStateDir();
    context.runner = &runner;
    context.out = &out;
    context.err = &err;
    return ogs::runEnvHelper(args, context);
}

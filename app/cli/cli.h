#pragma once

#include <QStringList>

#include <functional>

namespace ogs::cli {

enum ExitCode { ExitOk = 0, ExitFailed = 1, ExitUsage = 2 };

/// One headless subcommand. `run` receives the arguments after the subcommand name.
struct Command {
    QString name;
    QString summary;
    std::function<int(const QStringList &args)> run;
};

/// Every subcommand, in the order `--help` lists them (defined in cli/commands/commandtable.cpp).
const QList<Command> &commands();
const Command *findCommand(const QString &name);

/// Runs a subcommand, `--help` or `--version`. `args` excludes the program name.
int runCli(const QStringList &args);

} // namespace ogs::cli

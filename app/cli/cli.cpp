#include "cli.h"

#include "clioutput.h"

namespace ogs::cli {

const Command *findCommand(const QString &name)
{
    for (const Command &c : commands()) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

static void printGlobalHelp()
{
    QString text = QStringLiteral(
        "Usage: ollama-gpu-setup [COMMAND] [OPTIONS]\n\n"
        "Gets Ollama running on your GPU. Without a command, opens the setup wizard.\n\n"
        "Commands:\n");
    for (const Command &c : commands())
        text += QStringLiteral("  %1%2\n").arg(c.name.leftJustified(12), c.summary);
    text += QStringLiteral(
        "\nOptions:\n"
        "  -h, --help     Show this help, or a command's help with COMMAND --help\n"
        "  -v, --version  Show the version\n"
        "  --lang CODE    User-interface language for the wizard (e.g. de, fr, ja)\n\n"
        "Exit codes: 0 done, 1 the operation failed, 2 usage error.\n");
    out() << text;
}

int runCli(const QStringList &args)
{
    const QString first = args.value(0);
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        if (args.size() > 1) {
            if (const Command *c = findCommand(args.at(1)))
                return c->run({QStringLiteral("--help")});
        }
        printGlobalHelp();
        return ExitOk;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out() << QStringLiteral("ollama-gpu-setup %1\n").arg(QStringLiteral(OGS_VERSION));
        return ExitOk;
    }
    if (const Command *c = findCommand(first))
        return c->run(args.mid(1));
    if (first.startsWith(QLatin1Char('-')))
        return usageError(QString(), QStringLiteral("unknown option '%1' (see --help)").arg(first));
    return usageError(QString(), QStringLiteral("unknown command '%1' (see --help)").arg(first));
}

} // namespace ogs::cli

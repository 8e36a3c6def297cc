#include "cli/cli.h"
#include "cli/commands/envcommand.h"
#include "cli/commands/recommendcommand.h"
#include "gui/guilauncher.h"
#include "gui/monitorlauncher.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("ollama-gpu-setup"));
    QCoreApplication::setOrganizationName(QStringLiteral("ollama-gpu-setup"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OGS_VERSION));

    // Any argument other than GUI options selects the headless command line.
    const bool guiRequested = argc < 2 || QString::fromLocal8Bit(argv[1]) == QLatin1String("--lang");
    if (guiRequested) {
        if (!ogs::app::displayAvailable()) {
            QCoreApplication app(argc, argv);
            return ogs::app::runHeadlessFallback();
        }
        return ogs::app::runGui(argc, argv);
    }
    if (QString::fromLocal8Bit(argv[1]) == QLatin1String("monitor"))
        return ogs::app::runMonitor(argc, argv);
    QCoreApplication app(argc, argv);
    ogs::cli::setPathEnvironmentSource(ogs::cli::pathEnvironmentForThisMachine);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    return ogs::cli::runCli(args);
}

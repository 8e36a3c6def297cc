#include "cli/cli.h"
#include "cli/clioutput.h"
#include "cli/commands/envcommand.h"
#include "cli/commands/monitorcommand.h"
#include "cli/commands/recommendcommand.h"
#include "cli/displayprobe.h"
#include "cli/guiloader.h"

#include <QCoreApplication>

namespace {

QStringList arguments(int argc, char **argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    return args;
}

/// No command (or only --lang): the wizard. `monitor`: the monitor window. Both need a display;
/// everything else is a headless command run with QCoreApplication alone.
int runWindow(const ogs::app::GuiRequest &request, int &argc, char **argv)
{
    const ogs::app::DisplayCheck display = ogs::app::checkDisplay(ogs::app::DisplayEnvironment::fromProcess());
    if (!display.available) {
        QCoreApplication app(argc, argv);
        if (request.kind == ogs::app::GuiRequest::Kind::Monitor)
            return ogs::cli::failure(QStringLiteral("monitor"),
                display.reason + QStringLiteral("; use 'ollama-gpu-setup sample' for the same numbers as text"));
        return ogs::app::runHeadlessFallback(display.reason);
    }
    if (!display.platform.isEmpty())
        qputenv("QT_QPA_PLATFORM", display.platform.toLocal8Bit());
    return ogs::app::launchGui(request, argc, argv);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("ollama-gpu-setup"));
    QCoreApplication::setOrganizationName(QStringLiteral("ollama-gpu-setup"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OGS_VERSION));

    const QStringList args = arguments(argc, argv);
    ogs::app::GuiRequest request;
    if (args.isEmpty() || args.first() == QLatin1String("--lang")) {
        if (args.size() == 1) {
            QCoreApplication app(argc, argv);
            return ogs::cli::usageError(QString(), QStringLiteral("--lang needs one language code, e.g. --lang de"));
        }
        if (args.size() > 2) {
            QCoreApplication app(argc, argv);
            return ogs::cli::usageError(QString(),
                QStringLiteral("--lang only chooses the wizard's language (ollama-gpu-setup --lang %1); '%2' after it "
                               "is not understood")
                    .arg(args.at(1), args.at(2)));
        }
        request.language = args.value(1);
        return runWindow(request, argc, argv);
    }
    if (args.first() == QLatin1String("monitor")) {
        request.kind = ogs::app::GuiRequest::Kind::Monitor;
        {
            QCoreApplication app(argc, argv);
            if (auto stop = ogs::cli::parseMonitorRequest(args.mid(1), &request.monitor))
                return *stop;
        }
        return runWindow(request, argc, argv);
    }
    QCoreApplication app(argc, argv);
    ogs::cli::setPathEnvironmentSource(ogs::cli::pathEnvironmentForThisMachine);
    return ogs::cli::runCli(args);
}

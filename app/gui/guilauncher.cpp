#include "guilauncher.h"

#include "cli/cli.h"
#include "cli/clioutput.h"
#include "wizard/setupsession.h"
#include "wizard/setupwizard.h"

#include <QApplication>
#include <QCoreApplication>

namespace ogs::app {

bool displayAvailable()
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    return true;
#else
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#endif
}

int runGui(int &argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Ollama GPU Setup"));
    ui::SetupSession session(DetectOptions{});
    ui::SetupWizard wizard(&session);
    wizard.show();
    return QApplication::exec();
}

int runHeadlessFallback()
{
    cli::err() << "ollama-gpu-setup: no graphical display found ($DISPLAY and $WAYLAND_DISPLAY are not set), "
                  "so the wizard cannot open.\n"
                  "Every step is also a command: see 'ollama-gpu-setup --help'. Here is what 'detect' finds:\n\n";
    cli::err().flush();
    const int rc = cli::runCli({QStringLiteral("detect")});
    return rc == cli::ExitOk ? cli::ExitFailed : rc;
}

} // namespace ogs::app

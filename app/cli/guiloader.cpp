#include "guiloader.h"

#include "cli.h"
#include "clioutput.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>

namespace ogs::app {

int launchGui(const GuiRequest &request, int &argc, char **argv)
{
    QString tried;
    GuiEntryFn entry = nullptr;
    {
        // Only to learn where the executable is; the module creates the QApplication.
        QCoreApplication probe(argc, argv);
        const QDir exeDir(QCoreApplication::applicationDirPath());
        // The build tree keeps the module beside the executable; an install puts it in
        // <prefix>/<libdir>/ollama-gpu-setup (OGS_GUI_MODULE_RELDIR is relative to bin/).
        for (const QString &dir : {exeDir.path(), exeDir.filePath(QStringLiteral(OGS_GUI_MODULE_RELDIR))}) {
            const QString path = QDir(dir).filePath(QStringLiteral(OGS_GUI_MODULE_FILE));
            if (!QFile::exists(path))
                continue;
            QLibrary module(path);
            module.setLoadHints(QLibrary::ExportExternalSymbolsHint);
            entry = reinterpret_cast<GuiEntryFn>(module.resolve(kGuiEntrySymbol));
            if (entry)
                break; // stays loaded: QLibrary does not unload on destruction
            tried += QStringLiteral(" %1 (%2)").arg(path, module.errorString());
        }
        if (!entry) {
            cli::err() << "ollama-gpu-setup: the window cannot open: the GUI module " << OGS_GUI_MODULE_FILE
                       << " was not found or did not load:" << (tried.isEmpty() ? QStringLiteral(" not installed") : tried)
                       << "\nThe commands work without it; see 'ollama-gpu-setup --help'." << Qt::endl;
            return cli::ExitFailed;
        }
    }
    return entry(request, argc, argv);
}

int runHeadlessFallback(const QString &reason)
{
    cli::err() << "ollama-gpu-setup: " << reason << ", so the wizard cannot open.\n"
                  "Every step is also a command: see 'ollama-gpu-setup --help'. Here is what 'detect' finds:\n\n";
    cli::err().flush();
    return cli::runCli({QStringLiteral("detect")});
}

} // namespace ogs::app

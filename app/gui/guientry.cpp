// The GUI module: Qt Widgets, Charts and the wizard live here, loaded with QLibrary only when a
// window opens, so the headless commands never load them.
#include "guirequest.h"

#include "home/launcher.h"
#include "i18n/translator.h"
#include "monitor/monitorsession.h"
#include "monitor/monitorwindow.h"
#include "telemetry/telemetryworker.h"
#include "wizard/sessionconfig.h"

#include <QApplication>
#include <QTextStream>

#include <cstdio>

#if defined(_WIN32)
#define OGS_GUI_EXPORT extern "C" __declspec(dllexport)
#else
#define OGS_GUI_EXPORT extern "C" __attribute__((visibility("default")))
#endif

namespace ogs::app {

namespace {

ui::MonitorSessionOptions sessionOptions(const MonitorRequest &r)
{
    ui::MonitorSessionOptions o;
    o.sysfsRoot = r.sysfsRoot;
    o.procRoot = r.procRoot;
    o.nvmlLibrary = r.nvmlLibrary;
    o.intervalMs = r.intervalMs;
    o.watchdog = r.watchdog;
    o.ollamaUrl = r.ollamaUrl;
    return o;
}

/// The wizard, or the home view once setup has completed (ui::Launcher decides and wires them).
int runWizard()
{
    const ui::SessionConfig config = ui::SessionConfig::system(DetectOptions{});
    ui::MonitorSessionOptions monitor;
    monitor.ollamaUrl = config.ollamaUrl;
    ui::Launcher launcher(config, monitor);
    launcher.start();
    return QApplication::exec();
}

int runMonitor(const MonitorRequest &r)
{
    ui::MonitorSession session(sessionOptions(r));
    ui::MonitorWindow &window = *session.window();
    int rounds = 0;
    if (!r.screenshot.isEmpty()) {
        QObject::connect(session.worker(), &TelemetryWorker::sampled, &window, [&] {
            if (++rounds == r.count) {
                const bool saved = window.exportPng(r.screenshot);
                if (!saved)
                    QTextStream(stderr) << "ollama-gpu-setup monitor: could not write " << r.screenshot << Qt::endl;
                QApplication::exit(saved ? 0 : 1);
            }
        });
    }
    session.present();
    return QApplication::exec();
}

} // namespace

} // namespace ogs::app

OGS_GUI_EXPORT int ogs_gui_main(const ogs::app::GuiRequest &request, int &argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Ollama GPU Setup"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/ollama-gpu-setup.svg")));
    // The system locale's languages unless --lang says otherwise.
    const QString loaded = ogs::ui::installTranslator(app, request.language);
    const QString notice = ogs::ui::languageNotice(request.language, loaded);
    if (!notice.isEmpty())
        QTextStream(stderr) << "ollama-gpu-setup: " << notice << Qt::endl;
    if (request.kind == ogs::app::GuiRequest::Kind::Monitor)
        return ogs::app::runMonitor(request.monitor);
    return ogs::app::runWizard();
}

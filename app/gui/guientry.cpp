// The GUI module: Qt Widgets, Charts and the wizard live here, loaded with QLibrary only when a
// window opens, so the headless commands never load them.
#include "guirequest.h"

#include "home/homeview.h"
#include "i18n/translator.h"
#include "monitor/monitorsession.h"
#include "monitor/monitorwindow.h"
#include "telemetry/telemetryworker.h"
#include "wizard/setupsession.h"
#include "wizard/setupwizard.h"

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

/// The wizard, or the home view once setup has completed; both can open the monitor, and the
/// home view can run the setup again.
int runWizard()
{
    const ui::SessionConfig config = ui::SessionConfig::system(DetectOptions{});
    ui::SetupSession session(config);
    ui::SetupWizard wizard(&session);
    std::unique_ptr<ui::MonitorSession> monitor;
    const auto openMonitor = [&] {
        if (!monitor) {
            ui::MonitorSessionOptions options;
            options.ollamaUrl = config.ollamaUrl;
            monitor = std::make_unique<ui::MonitorSession>(options);
        }
        monitor->present();
    };
    QObject::connect(&wizard, &ui::SetupWizard::openMonitorRequested, &wizard, openMonitor);
    std::unique_ptr<ui::HomeView> home;
    if (session.setupComplete()) {
        home = std::make_unique<ui::HomeView>(config);
        QObject::connect(home.get(), &ui::HomeView::openMonitorRequested, home.get(), openMonitor);
        QObject::connect(home.get(), &ui::HomeView::runSetupRequested, home.get(), [&] {
            wizard.restart();
            wizard.show();
            home->hide();
        });
        home->show();
    } else {
        wizard.show();
    }
    const int rc = QApplication::exec();
    monitor.reset(); // stops the sampling thread before the windows go
    return rc;
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
    ogs::ui::installTranslator(app, request.language); // the system locale unless --lang says otherwise
    if (request.kind == ogs::app::GuiRequest::Kind::Monitor)
        return ogs::app::runMonitor(request.monitor);
    return ogs::app::runWizard();
}

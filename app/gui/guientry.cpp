// The GUI module: Qt Widgets, Charts and the wizard live here, loaded with QLibrary only when a
// window opens, so the headless commands never load them.
#include "guirequest.h"

#include "i18n/translator.h"
#include "monitor/monitorwindow.h"
#include "telemetry/compositetelemetry.h"
#include "telemetry/telemetryworker.h"
#include "wizard/setupsession.h"
#include "wizard/setupwizard.h"

#include <QApplication>
#include <QThread>
#include <QTextStream>

#include <cstdio>

#if defined(_WIN32)
#define OGS_GUI_EXPORT extern "C" __declspec(dllexport)
#else
#define OGS_GUI_EXPORT extern "C" __attribute__((visibility("default")))
#endif

namespace ogs::app {

namespace {

int runWizard()
{
    ui::SetupSession session(DetectOptions{});
    ui::SetupWizard wizard(&session);
    wizard.show();
    return QApplication::exec();
}

int runMonitor(const MonitorRequest &r)
{
    ui::MonitorWindow window;
    TelemetryOptions options;
    options.sysfsRoot = r.sysfsRoot;
    options.nvmlLibrary = r.nvmlLibrary;
    options.intervalMs = r.intervalMs;
    TelemetrySetup setup = makeTelemetrySource(options);
    for (const QString &w : std::as_const(setup.warnings))
        window.showWarning(w);
    if (setup.gpuCount == 0 && !setup.gpusPending)
        window.showWarning(QObject::tr("No GPU to sample: %1").arg(setup.notes.join(QStringLiteral("; "))));
    auto *worker = new TelemetryWorker(std::move(setup.source), r.procRoot, r.watchdog);
    QThread thread;
    worker->moveToThread(&thread);
    QObject::connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
    QObject::connect(worker, &TelemetryWorker::sampled, &window, &ui::MonitorWindow::addRound);
    QObject::connect(worker, &TelemetryWorker::warning, &window, &ui::MonitorWindow::showWarning);
    int rounds = 0;
    if (!r.screenshot.isEmpty()) {
        QObject::connect(worker, &TelemetryWorker::sampled, &window, [&] {
            if (++rounds == r.count) {
                const bool saved = window.exportPng(r.screenshot);
                if (!saved)
                    QTextStream(stderr) << "ollama-gpu-setup monitor: could not write " << r.screenshot << Qt::endl;
                QApplication::exit(saved ? 0 : 1);
            }
        });
    }
    thread.start();
    const int interval = r.intervalMs;
    QMetaObject::invokeMethod(worker, [worker, interval] { worker->start(interval); }, Qt::QueuedConnection);
    window.show();
    const int rc = QApplication::exec();
    QMetaObject::invokeMethod(worker, &TelemetryWorker::stop, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
    return rc;
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

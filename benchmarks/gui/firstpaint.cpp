// libogs-bench-firstpaint: LD_PRELOADed into the real `ollama-gpu-setup` by ogs-bench-wizard, so
// the product's own start-up is timed with nothing changed in it. Every QCoreApplication the
// process creates gets an event filter (qAddPreRoutine); on the first QEvent::Paint of any widget
// it waits for the event loop's next turn (the whole first frame painted and flushed), prints
// "painted <ms since this library was loaded> <ms since the QApplication was created>" and ends
// the event loop. QtCore only: the app loads its widget libraries itself, as it always does.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>

namespace {

QElapsedTimer &sinceLoad()
{
    static QElapsedTimer timer;
    return timer;
}

class FirstPaintProbe final : public QObject {
public:
    explicit FirstPaintProbe(QObject *parent)
        : QObject(parent)
    {
        m_sinceApp.start();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_done && event->type() == QEvent::Paint && watched->isWidgetType()) {
            m_done = true;
            QTimer::singleShot(0, this, [this] {
                std::printf("painted %.3f %.3f\n", static_cast<double>(sinceLoad().nsecsElapsed()) / 1e6,
                    static_cast<double>(m_sinceApp.nsecsElapsed()) / 1e6);
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return false;
    }

private:
    QElapsedTimer m_sinceApp;
    bool m_done = false;
};

void installProbe()
{
    QCoreApplication *app = QCoreApplication::instance();
    app->installEventFilter(new FirstPaintProbe(app));
}

struct Loader {
    Loader()
    {
        sinceLoad().start();
        qAddPreRoutine(installProbe);
    }
} loader;

} // namespace

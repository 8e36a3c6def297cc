#include "ollamatestserver.h"

#include "monitor/loadedmodelspanel.h"
#include "monitor/monitorsession.h"
#include "monitor/monitorwindow.h"

#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QProcess>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ogs;
using namespace ogs::ui;
using ogs::test::OllamaTestServer;

namespace {

/// A GPU stuck at 100 % and its top clock, as the RDNA4 + ROCm bug leaves it.
QString stuckTree(const QTemporaryDir &dir)
{
    const QString root = dir.filePath(QStringLiteral("sys"));
    QProcess::execute(
        QStringLiteral("cp"), { QStringLiteral("-r"), QStringLiteral(OGS_TEST_DATA "/sysfs/rdna4-rx9060xt"), root });
    QProcess::execute(QStringLiteral("chmod"), { QStringLiteral("-R"), QStringLiteral("u+w"), root });
    const QString dev = root + QStringLiteral("/class/drm/card1/device/");
    for (const auto &[file, text] :
        { std::pair { "gpu_busy_percent", "100\n" }, std::pair { "pp_dpm_sclk", "0: 500Mhz\n1: 3470Mhz *\n" } }) {
        QFile f(dev + QLatin1String(file));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write fixture");
        f.write(text);
    }
    return root;
}

MonitorSessionOptions options(const QTemporaryDir &dir, const QUrl &ollama)
{
    MonitorSessionOptions o;
    o.sysfsRoot = stuckTree(dir);
    o.procRoot = dir.path(); // no Ollama runner process: only the server's answer says a model is loaded
    o.nvmlLibrary = dir.filePath(QStringLiteral("none.so"));
    o.intervalMs = 100;
    o.watchdog.stuckAfterMs = 500;
    o.ollamaUrl = ollama;
    return o;
}

} // namespace

/// The monitor as the GUI opens it: the telemetry thread, /api/ps polling, and the watchdog
/// that hears from /api/ps whether a model is loaded (as `sample --watchdog --host` does).
class TestMonitorSession final : public QObject {
    Q_OBJECT
private slots:
    void aLoadedModelExplainsTheBusyGpu()
    {
        QTemporaryDir dir;
        OllamaTestServer server(QStringLiteral(OGS_TEST_DATA "/ollama-api")); // ps.json: mistral loaded
        QVERIFY(server.listen());
        MonitorSession session(options(dir, server.url()));
        session.present();
        MonitorWindow *w = session.window();
        QTRY_COMPARE(w->loadedModels()->modelLoaded(), std::optional<bool>(true));
        QTRY_VERIFY(w->history().size() >= 15); // 1.5 s busy at 100 %, three times --stuck-after
        QVERIFY(!w->findChild<QLabel *>(QStringLiteral("stuckBanner"))->isVisible());
        QCOMPARE(w->loadedModels()->table()->rowCount(), 1);
    }

    void noModelLoadedMeansStuck()
    {
        QTemporaryDir dir;
        OllamaTestServer server(QStringLiteral(OGS_TEST_DATA "/ollama-api"));
        QVERIFY(server.listen());
        server.setRunningModels(QJsonObject { { QStringLiteral("models"), QJsonArray() } });
        MonitorSession session(options(dir, server.url()));
        session.present();
        auto *banner = session.window()->findChild<QLabel *>(QStringLiteral("stuckBanner"));
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QLatin1String("stuck busy")));
        // The process check may raise the banner before /api/ps has answered.
        QTRY_COMPARE(session.window()->loadedModels()->modelLoaded(), std::optional<bool>(false));
        bool askedPs = false;
        for (const auto &r : server.requests())
            askedPs = askedPs || r.path == QLatin1String("/api/ps");
        QVERIFY(askedPs);
    }
};

QTEST_MAIN(TestMonitorSession)
#include "tst_monitorsession.moc"

#include "charts/rollingchart.h"
#include "i18n/translator.h"
#include "monitor/gpumonitorpanel.h"
#include "monitor/monitorwindow.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ogs;
using namespace ogs::ui;

namespace {

GpuSample sample(double util, int sclk = 2000)
{
    GpuSample s;
    s.id = QStringLiteral("0000:03:00.0");
    s.name = QStringLiteral("AMD Radeon RX 9060 XT");
    s.utilPercent = util;
    s.vramUsedBytes = 4LL * 1024 * 1024 * 1024;
    s.vramTotalBytes = 16LL * 1024 * 1024 * 1024;
    s.gttUsedBytes = 256LL * 1024 * 1024;
    s.sclkMhz = sclk;
    s.powerW = 42.5;
    s.tempC = 61.0;
    return s;
}

} // namespace

class TestMonitorWindow final : public QObject {
    Q_OBJECT
private slots:
    /// The status line counts GPUs and samples in proper English plurals (the en plural forms).
    void statusCountsGpusAndSamples()
    {
        QCOMPARE(ogs::ui::installTranslator(*QCoreApplication::instance(), QStringLiteral("en")), QString());
        MonitorWindow w;
        auto *status = w.findChild<QLabel *>(QStringLiteral("statusText"));
        QVERIFY(status);
        w.addRound(0, { sample(10) }, {}, {});
        QCOMPARE(status->text(), QStringLiteral("1 GPU, 1 sample kept"));
        GpuSample second = sample(20);
        second.id = QStringLiteral("0000:0a:00.0");
        w.addRound(1000, { sample(10), second }, {}, {});
        QCOMPARE(status->text(), QStringLiteral("2 GPUs, 2 samples kept"));
    }

    void panelsChartsAndHistory()
    {
        MonitorWindow w;
        w.show();
        for (qint64 t = 0; t < 7200; ++t) // two hours at 1 Hz into a one-hour window
            w.addRound(t * 1000, { sample(static_cast<double>(t % 100)) }, {}, {});
        GpuMonitorPanel *panel = w.panel(QStringLiteral("0000:03:00.0"));
        QVERIFY(panel);
        QCOMPARE(w.history().size(), 3600);
        QVERIFY(panel->utilisationChart()->pointCount(0) > 0);
        QVERIFY(panel->utilisationChart()->pointCount(0) <= 4 * 361);
    }

    void pauseFreezesTheChartsButKeepsRecording()
    {
        MonitorWindow w;
        w.addRound(0, { sample(10) }, {}, {});
        auto *pause = w.findChild<QAction *>(QStringLiteral("pauseAction"));
        QVERIFY(pause);
        pause->trigger();
        QVERIFY(w.isPaused());
        RollingChart *chart = w.panel(QStringLiteral("0000:03:00.0"))->utilisationChart();
        const int before = chart->pointCount(0);
        for (qint64 t = 1; t < 30; ++t)
            w.addRound(t * 1000, { sample(50) }, {}, {});
        QCOMPARE(chart->pointCount(0), before);
        QCOMPARE(w.history().size(), 30);
        pause->trigger();
        QVERIFY(chart->pointCount(0) > before);
    }

    void stuckAlertShowsTheBanner()
    {
        MonitorWindow w;
        w.show();
        auto *banner = w.findChild<QLabel *>(QStringLiteral("stuckBanner"));
        QVERIFY(banner);
        w.addRound(0, { sample(100, 3470) }, {}, {});
        QVERIFY(!banner->isVisible());
        StuckGpuAlert alert;
        alert.gpuId = QStringLiteral("0000:03:00.0");
        alert.gpuName = QStringLiteral("AMD Radeon RX 9060 XT");
        alert.evidence << QStringLiteral("busy 100 % for 30 s");
        alert.explanation = QStringLiteral("orphaned queues");
        alert.fixes << QStringLiteral("Use Vulkan with ROCR_VISIBLE_DEVICES=NOT_A_DEVICE");
        w.addRound(1000, { sample(100, 3470) }, { alert }, {});
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QLatin1String("ROCR_VISIBLE_DEVICES=NOT_A_DEVICE")));
        w.addRound(2000, { sample(1, 500) }, {}, {});
        QVERIFY(!banner->isVisible());
    }

    void processesAreListed()
    {
        MonitorWindow w;
        ProcessGpuUsage p;
        p.pid = 4242;
        p.command = QStringLiteral("ollama_llama_se");
        p.pciAddress = QStringLiteral("0000:03:00.0");
        p.vramBytes = 4100LL * 1024 * 1024;
        w.addRound(0, { sample(90) }, {}, { p });
        auto *table = w.findChild<QTableWidget *>(QStringLiteral("processTable"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("ollama_llama_se"));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("4100 MiB"));
    }

    void exportCsvAndPng()
    {
        MonitorWindow w;
        w.show();
        for (qint64 t = 0; t < 5; ++t)
            w.addRound(t * 1000, { sample(10.0 * static_cast<double>(t)) }, {}, {});
        QTemporaryDir dir;
        QString error;
        const QString csv = dir.filePath(QStringLiteral("m.csv"));
        QVERIFY2(w.exportCsv(csv, &error), qPrintable(error));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 6);
        QVERIFY(lines.first().startsWith("t_ms,gpu_id,name,util_percent"));
        QCOMPARE(lines.at(3),
            QByteArray("2000,0000:03:00.0,\"AMD Radeon RX 9060 "
                       "XT\",20.0,true,4294967296,17179869184,268435456,2000,42.500,61.0"));
        QVERIFY(!w.exportCsv(dir.filePath(QStringLiteral("no/such/dir/m.csv")), &error));
        QVERIFY(!error.isEmpty());
        const QString png = dir.filePath(QStringLiteral("m.png"));
        QVERIFY(w.exportPng(png));
        QVERIFY(QFile(png).size() > 1000);
    }
};

QTEST_MAIN(TestMonitorWindow)
#include "tst_monitorwindow.moc"

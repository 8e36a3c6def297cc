#include "ollamatestserver.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ogs;
using ogs::test::OllamaTestServer;

namespace {

/// A GPU stuck at 100 % and its top clock, as the RDNA4 + ROCm bug leaves it.
QString stuckTree(const QTemporaryDir &dir)
{
    const QString root = dir.filePath(QStringLiteral("sys"));
    QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-r"), QStringLiteral(OGS_TEST_DATA "/sysfs/rdna4-rx9060xt"), root});
    QProcess::execute(QStringLiteral("chmod"), {QStringLiteral("-R"), QStringLiteral("u+w"), root});
    const QString dev = root + QStringLiteral("/class/drm/card1/device/");
    for (const auto &[file, text] : {std::pair{"gpu_busy_percent", "100\n"}, std::pair{"pp_dpm_sclk", "0: 500Mhz\n1: 3470Mhz *\n"}}) {
        QFile f(dev + QLatin1String(file));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write fixture");
        f.write(text);
    }
    return root;
}

/// Runs `sample --watchdog --host URL` while serving the test server on this thread's event loop.
QList<QJsonObject> runSample(const QString &root, const QString &procRoot, const QUrl &url)
{
    QProcess p;
    p.start(QStringLiteral(OGS_APP_BINARY),
            {QStringLiteral("sample"), QStringLiteral("--json"), QStringLiteral("--watchdog"), QStringLiteral("--stuck-after"),
             QStringLiteral("0.5"), QStringLiteral("--interval-ms"), QStringLiteral("200"), QStringLiteral("--count"),
             QStringLiteral("8"), QStringLiteral("--sysfs-root"), root, QStringLiteral("--proc-root"), procRoot,
             QStringLiteral("--host"), url.toString(), QStringLiteral("--nvml-library"), procRoot + QStringLiteral("/none.so")});
    // Keep this thread's event loop turning: the test server answers on it.
    for (int i = 0; i < 600 && p.state() != QProcess::NotRunning; ++i)
        QTest::qWait(50);
    if (p.exitCode() != 0)
        qWarning() << p.readAllStandardError();
    QList<QJsonObject> lines;
    for (const QByteArray &line : p.readAllStandardOutput().trimmed().split('\n'))
        lines << QJsonDocument::fromJson(line).object();
    return lines;
}

} // namespace

class TestSampleWatchdogCli final : public QObject {
    Q_OBJECT
private slots:
    void modelLoadedMeansNoAlert()
    {
        QTemporaryDir dir;
        OllamaTestServer server(QStringLiteral(OGS_TEST_DATA "/ollama-api"));
        QVERIFY(server.listen());
        // ps.json of the transcripts has a model loaded.
        const QList<QJsonObject> lines = runSample(stuckTree(dir), dir.path(), server.url());
        QCOMPARE(lines.size(), 8);
        for (const QJsonObject &o : lines)
            QVERIFY(o.value(QStringLiteral("alerts")).toArray().isEmpty());
    }

    void noModelLoadedAlerts()
    {
        QTemporaryDir dir;
        OllamaTestServer server(QStringLiteral(OGS_TEST_DATA "/ollama-api"));
        QVERIFY(server.listen());
        server.setRunningModels(QJsonObject{{QStringLiteral("models"), QJsonArray()}});
        const QList<QJsonObject> lines = runSample(stuckTree(dir), dir.path(), server.url());
        QCOMPARE(lines.size(), 8);
        const QJsonArray alerts = lines.last().value(QStringLiteral("alerts")).toArray();
        QCOMPARE(alerts.size(), 1);
        const QJsonObject alert = alerts.first().toObject();
        QCOMPARE(alert.value(QStringLiteral("type")).toString(), QStringLiteral("gpu_stuck_busy"));
        QCOMPARE(alert.value(QStringLiteral("gpu")).toString(), QStringLiteral("0000:03:00.0"));
        QVERIFY(alert.value(QStringLiteral("fixes")).toArray().first().toString().contains(QLatin1String("NOT_A_DEVICE")));
        QVERIFY(lines.first().value(QStringLiteral("alerts")).toArray().isEmpty()); // not before --stuck-after
    }

    void ollamaNotRunningCountsAsIdle()
    {
        QTemporaryDir dir;
        const QList<QJsonObject> lines = runSample(stuckTree(dir), dir.path(), QUrl(QStringLiteral("http://127.0.0.1:1")));
        QCOMPARE(lines.size(), 8);
        QCOMPARE(lines.last().value(QStringLiteral("alerts")).toArray().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSampleWatchdogCli)
#include "tst_samplewatchdogcli.moc"

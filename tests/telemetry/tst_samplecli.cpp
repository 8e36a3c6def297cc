#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

/// Runs `sample` with extra environment; returns its stdout lines, stderr in *err.
QList<QByteArray> runSample(const QStringList &args, const QProcessEnvironment &env, QString *err, int *exitCode)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(OGS_APP_BINARY), QStringList{QStringLiteral("sample")} + args);
    if (!p.waitForFinished(30000))
        return {};
    *exitCode = p.exitCode();
    *err = QString::fromUtf8(p.readAllStandardError());
    const QByteArray out = p.readAllStandardOutput().trimmed();
    return out.isEmpty() ? QList<QByteArray>() : out.split('\n');
}

} // namespace

class TestSampleCli final : public QObject {
    Q_OBJECT
private slots:
    void jsonLinesWithCount()
    {
        QProcess p;
        p.start(QStringLiteral(OGS_APP_BINARY), {QStringLiteral("sample"), QStringLiteral("--json"), QStringLiteral("--count"),
                                                 QStringLiteral("3"), QStringLiteral("--interval-ms"), QStringLiteral("100"),
                                                 QStringLiteral("--sysfs-root"), QStringLiteral(OGS_TEST_DATA "/sysfs/rx6900xt")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        qint64 previousT = -1;
        for (const QByteArray &line : lines) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            QVERIFY(o.value(QStringLiteral("t")).toInteger() > previousT);
            previousT = o.value(QStringLiteral("t")).toInteger();
            const QJsonObject gpu = o.value(QStringLiteral("gpus")).toArray().first().toObject();
            QCOMPARE(gpu.value(QStringLiteral("id")).toString(), QStringLiteral("0000:0c:00.0"));
            QCOMPARE(gpu.value(QStringLiteral("name")).toString(), QStringLiteral("AMD Radeon RX 6900 XT"));
            QCOMPARE(gpu.value(QStringLiteral("util_percent")).toDouble(), 3.0);
            QCOMPARE(gpu.value(QStringLiteral("vram_total_bytes")).toInteger(), qint64(17163091968));
            QCOMPARE(gpu.value(QStringLiteral("sclk_mhz")).toInt(), 500);
            QCOMPARE(gpu.value(QStringLiteral("power_w")).toDouble(), 36.0);
            QCOMPARE(gpu.value(QStringLiteral("temp_c")).toDouble(), 56.0);
            QVERIFY(o.value(QStringLiteral("alerts")).toArray().isEmpty());
        }
    }

    /// AMD from the sysfs fixture and NVIDIA from the fake NVML, in one sample line.
    void nvidiaThroughNvml_data()
    {
        QTest::addColumn<bool>("bySoname"); // found as libnvidia-ml.so.1 on LD_LIBRARY_PATH, not by --nvml-library
        QTest::newRow("--nvml-library") << false;
        QTest::newRow("LD_LIBRARY_PATH") << true;
    }
    void nvidiaThroughNvml()
    {
#ifdef OGS_FAKE_NVML
        QFETCH(bool, bySoname);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fixture = dir.filePath(QStringLiteral("nvml.txt"));
        QFile f(fixture);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("device name=NVIDIA GeForce RTX 4090;busid=00000000:01:00.0;pciid=0x268410de;total=25757220864;"
                "free=25000000000/5000000000;util=3/97;memutil=1/30;clock=210/2550;maxclock=2595;power=21000/445000;"
                "temp=33/74\n");
        f.close();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OGS_FAKE_NVML_FIXTURE"), fixture);
        QStringList args{QStringLiteral("--json"), QStringLiteral("--count"), QStringLiteral("2"), QStringLiteral("--interval-ms"),
                         QStringLiteral("100"), QStringLiteral("--sysfs-root"), QStringLiteral(OGS_TEST_DATA "/sysfs/rx6900xt")};
        if (bySoname) {
            QVERIFY(QFile::link(QStringLiteral(OGS_FAKE_NVML), dir.filePath(QStringLiteral("libnvidia-ml.so.1"))));
            env.insert(QStringLiteral("LD_LIBRARY_PATH"), dir.path());
        } else {
            args << QStringLiteral("--nvml-library") << QStringLiteral(OGS_FAKE_NVML);
        }
        QString err;
        int rc = -1;
        const QList<QByteArray> lines = runSample(args, env, &err, &rc);
        QCOMPARE(rc, 0);
        QCOMPARE(err, QString());
        QCOMPARE(lines.size(), 2);
        const double util[] = {3, 97};
        const qint64 used[] = {25757220864LL - 25000000000LL, 25757220864LL - 5000000000LL};
        const int sclk[] = {210, 2550};
        const double power[] = {21.0, 445.0};
        const double temp[] = {33, 74};
        for (int i = 0; i < 2; ++i) {
            const QJsonArray gpus = QJsonDocument::fromJson(lines.at(i)).object().value(QStringLiteral("gpus")).toArray();
            QCOMPARE(gpus.size(), 2);
            QCOMPARE(gpus.at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("0000:0c:00.0"));
            const QJsonObject nv = gpus.at(1).toObject();
            QCOMPARE(nv.value(QStringLiteral("id")).toString(), QStringLiteral("0000:01:00.0"));
            QCOMPARE(nv.value(QStringLiteral("name")).toString(), QStringLiteral("NVIDIA GeForce RTX 4090"));
            QCOMPARE(nv.value(QStringLiteral("util_percent")).toDouble(), util[i]);
            QCOMPARE(nv.value(QStringLiteral("vram_used_bytes")).toInteger(), used[i]);
            QCOMPARE(nv.value(QStringLiteral("vram_total_bytes")).toInteger(), qint64(25757220864LL));
            QVERIFY(nv.value(QStringLiteral("gtt_used_bytes")).isNull());
            QCOMPARE(nv.value(QStringLiteral("sclk_mhz")).toInt(), sclk[i]);
            QCOMPARE(nv.value(QStringLiteral("sclk_max_mhz")).toInt(), 2595);
            QCOMPARE(nv.value(QStringLiteral("power_w")).toDouble(), power[i]);
            QCOMPARE(nv.value(QStringLiteral("temp_c")).toDouble(), temp[i]);
            QCOMPARE(nv.value(QStringLiteral("sources")).toObject().value(QStringLiteral("power_w")).toString(),
                     QStringLiteral("nvmlDeviceGetPowerUsage"));
        }
#else
        QSKIP("the fake NVML library is only built on Unix");
#endif
    }

    void nvmlWarningsReachStderr()
    {
#ifdef OGS_FAKE_NVML
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fixture = dir.filePath(QStringLiteral("nvml.txt"));
        QFile f(fixture);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("device name=NVIDIA GeForce RTX 3060;busid=00000000:0A:00.0;pciid=0x250310de;total=12884901888;"
                "free=1;util=1;clock=300;maxclock=1777;temp=40\n");
        f.close();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OGS_FAKE_NVML_FIXTURE"), fixture);
        QString err;
        int rc = -1;
        const QList<QByteArray> lines = runSample({QStringLiteral("--json"), QStringLiteral("--count"), QStringLiteral("2"),
                                                   QStringLiteral("--interval-ms"), QStringLiteral("100"), QStringLiteral("--sysfs-root"),
                                                   dir.path(), QStringLiteral("--nvml-library"), QStringLiteral(OGS_FAKE_NVML)},
                                                  env, &err, &rc);
        QCOMPARE(rc, 0);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(QJsonDocument::fromJson(lines.at(1)).object().value(QStringLiteral("gpus")).toArray().at(0).toObject()
                     .value(QStringLiteral("power_w")), QJsonValue(QJsonValue::Null));
        // Reported once, not at every sample.
        QCOMPARE(err.count(QStringLiteral("warning: nvml: NVIDIA GeForce RTX 3060 (0000:0a:00.0): nvmlDeviceGetPowerUsage "
                                          "failed: Not Supported (NVML error 3); power_w is null")), 1);
#else
        QSKIP("the fake NVML library is only built on Unix");
#endif
    }

    void nvidiaSmiWhenNvmlWillNotLoad()
    {
#ifdef Q_OS_UNIX
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString script = dir.filePath(QStringLiteral("nvidia-smi"));
        QFile f(script);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\necho \"$@\" > \"$(dirname \"$0\")/args\"\n"
                "while :; do echo '0, 00000000:01:00.0, NVIDIA GeForce RTX 4090, 97, 40, 20512, 24564, 2520, 2595, 431.27, 71'; "
                "sleep 0.05; done\n");
        f.close();
        QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QString err;
        int rc = -1;
        const QList<QByteArray> lines = runSample({QStringLiteral("--json"), QStringLiteral("--count"), QStringLiteral("2"),
                                                   QStringLiteral("--interval-ms"), QStringLiteral("100"), QStringLiteral("--sysfs-root"),
                                                   dir.path(), QStringLiteral("--nvml-library"), dir.filePath(QStringLiteral("none.so")),
                                                   QStringLiteral("--nvidia-smi"), script},
                                                  QProcessEnvironment::systemEnvironment(), &err, &rc);
        QCOMPARE(rc, 0);
        QVERIFY2(!err.contains(QStringLiteral("no GPU to sample")), qPrintable(err));
        QCOMPARE(lines.size(), 2);
        const QJsonObject gpu = QJsonDocument::fromJson(lines.at(1)).object().value(QStringLiteral("gpus")).toArray().at(0).toObject();
        QCOMPARE(gpu.value(QStringLiteral("id")).toString(), QStringLiteral("0000:01:00.0"));
        QCOMPARE(gpu.value(QStringLiteral("util_percent")).toDouble(), 97.0);
        QCOMPARE(gpu.value(QStringLiteral("power_w")).toDouble(), 431.27);
        QCOMPARE(gpu.value(QStringLiteral("sources")).toObject().value(QStringLiteral("util_percent")).toString(),
                 QStringLiteral("nvidia-smi"));
        QFile args(dir.filePath(QStringLiteral("args")));
        QVERIFY(args.open(QIODevice::ReadOnly));
        const QByteArray a = args.readAll();
        QVERIFY2(a.contains("--format=csv,noheader,nounits -lms 100"), a.constData()); // started once, streaming
#else
        QSKIP("uses a shell script as nvidia-smi");
#endif
    }

    void nothingToSampleSaysWhy()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString missing = dir.filePath(QStringLiteral("no-nvml.so"));
        QString err;
        int rc = -1;
        const QList<QByteArray> lines = runSample({QStringLiteral("--json"), QStringLiteral("--count"), QStringLiteral("1"),
                                                   QStringLiteral("--sysfs-root"), dir.path(), QStringLiteral("--nvml-library"), missing,
                                                   QStringLiteral("--nvidia-smi"), dir.filePath(QStringLiteral("no-nvidia-smi"))},
                                                  QProcessEnvironment::systemEnvironment(), &err, &rc);
        QCOMPARE(rc, 0);
        QCOMPARE(lines.size(), 1);
        QVERIFY(QJsonDocument::fromJson(lines.at(0)).object().value(QStringLiteral("gpus")).toArray().isEmpty());
        QVERIFY2(err.contains(QStringLiteral("no GPU to sample (no amdgpu card under %1/class/drm; no NVIDIA driver (NVML not found: %2); "
                                             "%3/no-nvidia-smi is not an executable file)")
                                  .arg(dir.path(), missing, dir.path())),
                 qPrintable(err));
    }

    void interruptEndsCleanly()
    {
        QProcess p;
        p.start(QStringLiteral(OGS_APP_BINARY), {QStringLiteral("sample"), QStringLiteral("--json"), QStringLiteral("--interval-ms"),
                                                 QStringLiteral("100"), QStringLiteral("--sysfs-root"),
                                                 QStringLiteral(OGS_TEST_DATA "/sysfs/strixpoint")});
        QVERIFY(p.waitForStarted());
        QByteArray output;
        for (int i = 0; i < 40 && !output.contains("\"gpus\""); ++i) {
            p.waitForReadyRead(250);
            output += p.readAllStandardOutput();
        }
        QVERIFY(output.contains("\"gpus\""));
        p.terminate(); // SIGTERM, handled like Ctrl-C
        QVERIFY(p.waitForFinished(5000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("count zero") << QStringList{QStringLiteral("--count"), QStringLiteral("0")} << "--count: '0'";
        QTest::newRow("interval too small") << QStringList{QStringLiteral("--interval-ms"), QStringLiteral("5")} << "--interval-ms: '5'";
        QTest::newRow("stuck-after without watchdog") << QStringList{QStringLiteral("--stuck-after"), QStringLiteral("10")} << "needs --watchdog";
        QTest::newRow("bad stuck-after") << QStringList{QStringLiteral("--watchdog"), QStringLiteral("--stuck-after"), QStringLiteral("soon")} << "'soon'";
        QTest::newRow("bad root") << QStringList{QStringLiteral("--proc-root"), QStringLiteral("/no/such/proc")} << "'/no/such/proc' is not a directory";
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QProcess p;
        p.start(QStringLiteral(OGS_APP_BINARY), QStringList{QStringLiteral("sample")} + args);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(message), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestSampleCli)
#include "tst_samplecli.moc"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

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

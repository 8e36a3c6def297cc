#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

/// The executable opens windows through the GUI module it loads at run time, and the headless
/// commands never link the widget libraries.
class TestGuiLaunch final : public QObject {
    Q_OBJECT
private slots:
    void executableLinksNoWidgets()
    {
#if defined(Q_OS_LINUX)
        QProcess ldd;
        ldd.start(QStringLiteral("ldd"), {QStringLiteral(OGS_APP_BINARY)});
        QVERIFY(ldd.waitForFinished(10000));
        const QByteArray libs = ldd.readAllStandardOutput();
        QVERIFY(libs.contains("libQt6Core"));
        QVERIFY2(!libs.contains("libQt6Widgets"), libs.constData());
        QVERIFY2(!libs.contains("libQt6Charts"), libs.constData());
#else
        QSKIP("ldd is Linux-only");
#endif
    }

    void monitorWindowOpensThroughTheModule()
    {
        QTemporaryDir dir;
        const QString shot = dir.filePath(QStringLiteral("monitor.png"));
        QProcess p;
        p.start(QStringLiteral(OGS_APP_BINARY),
                {QStringLiteral("monitor"), QStringLiteral("--sysfs-root"), QStringLiteral(OGS_TEST_DATA "/sysfs/rx6900xt"),
                 QStringLiteral("--proc-root"), dir.path(), QStringLiteral("--nvml-library"), dir.filePath(QStringLiteral("none.so")),
                 QStringLiteral("--interval-ms"), QStringLiteral("100"), QStringLiteral("--count"), QStringLiteral("3"),
                 QStringLiteral("--screenshot"), shot, QStringLiteral("--host"), QStringLiteral("http://127.0.0.1:1")}); // no Ollama
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QFile png(shot);
        QVERIFY(png.open(QIODevice::ReadOnly));
        QVERIFY(png.read(8) == QByteArray("\x89PNG\r\n\x1a\n", 8)); // a PNG was written
        QVERIFY(png.size() > 10000);
    }

    void monitorUsageErrorsComeBeforeAnyWindow()
    {
        QProcess p;
        p.start(QStringLiteral(OGS_APP_BINARY), {QStringLiteral("monitor"), QStringLiteral("--count"), QStringLiteral("3")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("--count goes with --screenshot"));
    }

    void monitorHostIsValidated()
    {
        QProcess p;
        p.start(QStringLiteral(OGS_APP_BINARY), {QStringLiteral("monitor"), QStringLiteral("--host"), QStringLiteral("ftp://example")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("not an http:// or https:// address"));
    }

    void missingModuleIsAClearError()
    {
        // A copy of the executable without the module beside it (and no installed one).
        QTemporaryDir dir;
        const QString exe = dir.filePath(QStringLiteral("ollama-gpu-setup"));
        QVERIFY(QFile::copy(QStringLiteral(OGS_APP_BINARY), exe));
        QVERIFY(QFile::setPermissions(exe, QFile::permissions(exe) | QFile::ExeOwner));
        QProcess p;
        p.start(exe, {QStringLiteral("monitor"), QStringLiteral("--sysfs-root"), dir.path()});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 1);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains("the window cannot open") && err.contains("--help"), err.constData());
        // The commands still work.
        p.start(exe, {QStringLiteral("--version")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestGuiLaunch)
#include "tst_guilaunch.moc"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(OGS_APP_BINARY), args);
    if (!p.waitForFinished(60000))
        qFatal("ollama-gpu-setup did not finish");
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QString fixture(const char *name)
{
    return QStringLiteral(OGS_TEST_DATA "/sysfs/") + QLatin1String(name);
}

} // namespace

class TestDetectCli final : public QObject {
    Q_OBJECT
private slots:
    void version()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("ollama-gpu-setup " OGS_VERSION));
    }

    void help()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("detect")));
        const Run d = run({QStringLiteral("detect"), QStringLiteral("--help")});
        QCOMPARE(d.exitCode, 0);
        QVERIFY(d.out.startsWith(QLatin1String("Usage: ollama-gpu-setup detect")));
        QVERIFY(d.out.contains(QLatin1String("--sysfs-root")));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("detcet")} << "unknown command 'detcet'";
        QTest::newRow("unknown global option") << QStringList{QStringLiteral("--frobnicate")} << "unknown option '--frobnicate'";
        QTest::newRow("unknown detect option") << QStringList{QStringLiteral("detect"), QStringLiteral("--jsn")} << "unknown option '--jsn'";
        QTest::newRow("missing value") << QStringList{QStringLiteral("detect"), QStringLiteral("--sysfs-root")} << "--sysfs-root";
        QTest::newRow("root not a directory")
            << QStringList{QStringLiteral("detect"), QStringLiteral("--sysfs-root"), QStringLiteral("/nonexistent/sys")}
            << "--sysfs-root: '/nonexistent/sys' is not a directory";
        QTest::newRow("unknown source")
            << QStringList{QStringLiteral("detect"), QStringLiteral("--sources"), QStringLiteral("sysfs,opencl")}
            << "--sources: unknown source 'opencl'";
        QTest::newRow("stray argument") << QStringList{QStringLiteral("detect"), QStringLiteral("now")} << "unexpected argument 'now'";
        QTest::newRow("--lang without a code") << QStringList{QStringLiteral("--lang")} << "--lang needs one language code";
        QTest::newRow("--lang before a command")
            << QStringList{QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("detect")}
            << "--lang only chooses the wizard's language (ollama-gpu-setup --lang de); 'detect' after it is not understood";
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0); // one line
        QVERIFY(r.out.isEmpty());
    }

    void jsonSchema()
    {
        const Run r = run({QStringLiteral("detect"), QStringLiteral("--json"), QStringLiteral("--sources"), QStringLiteral("sysfs"),
                           QStringLiteral("--sysfs-root"), fixture("dgpu-with-apu")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(QStringList({QStringLiteral("linux"), QStringLiteral("wsl2")}).contains(o.value(QStringLiteral("platform")).toString()));
        QVERIFY(o.value(QStringLiteral("warnings")).isArray());
        const QJsonArray gpus = o.value(QStringLiteral("gpus")).toArray();
        QCOMPARE(gpus.size(), 2);
        const QJsonObject dgpu = gpus.at(0).toObject();
        QCOMPARE(dgpu.value(QStringLiteral("vendor")).toString(), QStringLiteral("amd"));
        QCOMPARE(dgpu.value(QStringLiteral("name")).toString(), QStringLiteral("AMD Radeon RX 7800 XT"));
        QCOMPARE(dgpu.value(QStringLiteral("pci_vendor_id")).toString(), QStringLiteral("0x1002"));
        QCOMPARE(dgpu.value(QStringLiteral("pci_device_id")).toString(), QStringLiteral("0x747e"));
        QCOMPARE(dgpu.value(QStringLiteral("gfx_target")).toString(), QStringLiteral("gfx1101"));
        QCOMPARE(dgpu.value(QStringLiteral("vram_total_bytes")).toInteger(), qint64(17163091968));
        QCOMPARE(dgpu.value(QStringLiteral("vram_free_bytes")).toInteger(), qint64(17163091968 - 402653184));
        QCOMPARE(dgpu.value(QStringLiteral("integrated")).toBool(), false);
        QCOMPARE(dgpu.value(QStringLiteral("device_type")).toString(), QStringLiteral("discrete"));
        QVERIFY(dgpu.value(QStringLiteral("vulkan_driver")).isNull());
        QCOMPARE(dgpu.value(QStringLiteral("sources")).toArray(), (QJsonArray{QStringLiteral("drm"), QStringLiteral("kfd")}));
        const QJsonObject apu = gpus.at(1).toObject();
        QCOMPARE(apu.value(QStringLiteral("integrated")).toBool(), true);
        QCOMPARE(apu.value(QStringLiteral("device_type")).toString(), QStringLiteral("integrated"));
        QCOMPARE(apu.value(QStringLiteral("gfx_target")).toString(), QStringLiteral("gfx1103"));
    }

    void noGpuIsAnAnswer()
    {
        QTemporaryDir empty;
        QVERIFY(QDir(empty.path()).mkpath(QStringLiteral("class/drm")));
        const Run r = run({QStringLiteral("detect"), QStringLiteral("--json"), QStringLiteral("--sources"), QStringLiteral("sysfs"),
                           QStringLiteral("--sysfs-root"), empty.path()});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("gpus")).toArray().size(), 0);
        const Run human = run({QStringLiteral("detect"), QStringLiteral("--sources"), QStringLiteral("sysfs"),
                               QStringLiteral("--sysfs-root"), empty.path()});
        QCOMPARE(human.exitCode, 0);
        QVERIFY(human.out.contains(QLatin1String("No GPU found")));
    }

    void humanTableAndWarnings()
    {
        const Run r = run({QStringLiteral("detect"), QStringLiteral("--sources"), QStringLiteral("sysfs"),
                           QStringLiteral("--sysfs-root"), fixture("broken")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("AMD Radeon RX 6900 XT")));
        QVERIFY(r.out.contains(QLatin1String("Warnings:")));
        QVERIFY(r.out.contains(QLatin1String("lots of vram")));
    }

    void withoutDisplayTheWizardSaysSoAndDetects()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        const Run r = run({}, env);
        QCOMPARE(r.exitCode, 0); // the documented fallback: the detection, exit like detect
        QVERIFY2(r.err.contains(QLatin1String("no graphical display")), qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("Platform:")), qPrintable(r.out));
    }

    /// A $DISPLAY that is set but answers nothing (stale `ssh -X`, sudo, WSL without WSLg): Qt would
    /// abort with exit 134 ("Reinstalling the application may fix this problem"); the check before
    /// the GUI module loads takes the same fallback instead.
    void unreachableDisplayTakesTheHeadlessFallback_data()
    {
        QTest::addColumn<QString>("display");
        QTest::addColumn<QString>("wayland");
        QTest::newRow("x11 socket that nobody serves") << QStringLiteral(":4711") << QString();
        QTest::newRow("wayland socket that does not exist") << QString() << QStringLiteral("wayland-4711");
    }
    void unreachableDisplayTakesTheHeadlessFallback()
    {
        QFETCH(QString, display);
        QFETCH(QString, wayland);
        QTemporaryDir runtime;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        if (!display.isEmpty())
            env.insert(QStringLiteral("DISPLAY"), display);
        if (!wayland.isEmpty())
            env.insert(QStringLiteral("WAYLAND_DISPLAY"), wayland);
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
        const Run r = run({}, env);
        QVERIFY2(!r.err.contains(QLatin1String("Reinstalling")), qPrintable(r.err));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QLatin1String("cannot be reached")), qPrintable(r.err));
        QVERIFY2(r.err.contains(display.isEmpty() ? wayland : display), qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("Platform:")), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestDetectCli)
#include "tst_detectcli.moc"

#include "compat/ollamainstall.h"
#include "compat/runtimeprobe.h"
#include "compat/wslhost.h"

#include <QtTest>

using namespace ogs;

namespace {

QString data(const char *path)
{
    return QStringLiteral(OGS_TEST_DATA "/compat/") + QLatin1String(path);
}

} // namespace

class TestOllamaInstall final : public QObject {
    Q_OBJECT

private slots:
    void scan_data();
    void scan();
    void notAnInstall_data();
    void notAnInstall();
    void brokenRocmPart_data();
    void brokenRocmPart();
    void defaultDirs();
    void findsFirstInstall();
    void rocmProbe();
    void hipSdkProbe();
    void wslGateway_data();
    void wslGateway();
};

void TestOllamaInstall::scan_data()
{
    QTest::addColumn<QString>("dir");
    QTest::addColumn<QString>("rocmDir");
    QTest::addColumn<QStringList>("targets");
    QTest::addColumn<bool>("vulkan");
    const QStringList linuxTargets = QString::fromLatin1(
        "gfx1030 gfx1100 gfx1101 gfx1102 gfx1150 gfx1151 gfx1200 gfx1201 gfx908 gfx90a gfx942 gfx950")
                                         .split(QLatin1Char(' '));
    QTest::newRow("root") << data("install-linux-0.33") << QStringLiteral("rocm_v7_2") << linuxTargets << true;
    QTest::newRow("lib-ollama") << data("install-linux-0.33/lib/ollama") << QStringLiteral("rocm_v7_2") << linuxTargets
                                << true;
    QTest::newRow("rocm-folder") << data("install-linux-0.33/lib/ollama/rocm_v7_2") << QStringLiteral("rocm_v7_2")
                                 << linuxTargets << true;
    QTest::newRow("windows-injected") << data("install-windows-injected") << QStringLiteral("rocm_v7_1")
                                      << QString::fromLatin1(
                                             "gfx1030 gfx1031 gfx1100 gfx1101 gfx1102 gfx1150 gfx1151 gfx1200 gfx1201")
                                             .split(QLatin1Char(' '))
                                      << true;
    // Ollama PR #16446 (ROCm 7.14): folder rocm_v7_14, files in rocblas/library/gfx*/; a stale rocm_v7_2 beside it.
    QTest::newRow("rocm-7.14-nested") << data("install-windows-rocm7.14-nested") << QStringLiteral("rocm_v7_14")
                                      << QString::fromLatin1("gfx1010 gfx1012 gfx1030 gfx1100 gfx1101 gfx1102 gfx1103 "
                                                             "gfx1150 gfx1151 gfx1152 gfx1153 gfx1200 gfx1201")
                                             .split(QLatin1Char(' '))
                                      << true;
    QTest::newRow("rocm-7.14-folder-itself")
        << data("install-windows-rocm7.14-nested/lib/ollama/rocm_v7_14") << QStringLiteral("rocm_v7_14")
        << QString::fromLatin1("gfx1010 gfx1012 gfx1030 gfx1100 gfx1101 gfx1102 gfx1103 gfx1150 gfx1151 gfx1152 "
                               "gfx1153 gfx1200 gfx1201")
               .split(QLatin1Char(' '))
        << true;
    QTest::newRow("old-layout") << data("install-linux-old") << QStringLiteral(".")
                                << QString::fromLatin1("gfx1010 gfx1012 gfx1030 gfx1100").split(QLatin1Char(' '))
                                << false;
}

void TestOllamaInstall::scan()
{
    QFETCH(QString, dir);
    QFETCH(QString, rocmDir);
    QFETCH(QStringList, targets);
    QFETCH(bool, vulkan);
    const std::optional<OllamaInstall> install = scanOllamaInstall(dir);
    QVERIFY(install);
    QCOMPARE(install->rocmDir, rocmDir);
    QCOMPARE(install->rocmTargets, targets);
    QCOMPARE(install->hasVulkan(), vulkan);
    QVERIFY(install->libDir.endsWith(QLatin1String("lib/ollama")));
}

void TestOllamaInstall::notAnInstall_data()
{
    QTest::addColumn<QString>("dir");
    QTest::addColumn<QString>("why");
    QTest::newRow("not-ollama") << data("not-ollama") << QStringLiteral("holds no Ollama install");
    QTest::newRow("missing") << data("does-not-exist") << QStringLiteral("does not exist");
    QTest::newRow("no-path") << QString() << QStringLiteral("does not exist");
    QTest::newRow("empty") << data("empty-folder") << QStringLiteral("empty-folder' is empty");
    QTest::newRow("a-file") << data("README.md") << QStringLiteral("is a file, not a folder");
    QTest::newRow("lib-ollama-is-a-file") << data("install-lib-is-file")
                                          << QStringLiteral("is a file where Ollama's library folder should be");
}

void TestOllamaInstall::notAnInstall()
{
    QFETCH(QString, dir);
    QFETCH(QString, why);
    QString got;
    QVERIFY(!scanOllamaInstall(dir, &got));
    QVERIFY2(got.contains(why), qPrintable(got));
    QVERIFY(!scanOllamaInstall(dir)); // the reason is optional
}

void TestOllamaInstall::brokenRocmPart_data()
{
    QTest::addColumn<QString>("dir");
    QTest::addColumn<QString>("problem");
    QTest::newRow("library-is-file") << data("install-rocm-library-is-file")
                                     << QStringLiteral("is a file where a folder should be");
    QTest::newRow("library-empty") << data("install-rocm-library-empty")
                                   << QStringLiteral("holds no TensileLibrary_lazy_gfx*.dat file");
}

void TestOllamaInstall::brokenRocmPart()
{
    QFETCH(QString, dir);
    QFETCH(QString, problem);
    const std::optional<OllamaInstall> install = scanOllamaInstall(dir);
    QVERIFY(install); // still an install: its Vulkan part works
    QCOMPARE(install->rocmDir, QStringLiteral("rocm_v7_2"));
    QVERIFY(install->rocmTargets.isEmpty());
    QVERIFY(install->hasVulkan());
    QCOMPARE(install->problems.size(), 1);
    QVERIFY2(install->problems.constFirst().contains(problem), qPrintable(install->problems.constFirst()));
}

void TestOllamaInstall::defaultDirs()
{
    QMap<QString, QString> env { { QStringLiteral("LOCALAPPDATA"), QStringLiteral("C:\\Users\\me\\AppData\\Local") } };
    QCOMPARE(defaultOllamaLibDirs(Platform::Windows, env),
        QStringList { QStringLiteral("C:/Users/me/AppData/Local/Programs/Ollama/lib/ollama") });
    QCOMPARE(defaultOllamaLibDirs(Platform::Windows, {}), QStringList());
    QCOMPARE(defaultOllamaLibDirs(Platform::Linux, {}, QStringLiteral("/r")),
        (QStringList { QStringLiteral("/r/usr/local/lib/ollama"), QStringLiteral("/r/usr/lib/ollama") }));
}

void TestOllamaInstall::findsFirstInstall()
{
    const std::optional<OllamaInstall> install = findOllamaInstall(
        { data("does-not-exist"), data("not-ollama"), data("install-linux-old"), data("install-linux-0.33") });
    QVERIFY(install);
    QCOMPARE(install->rocmDir, QStringLiteral("."));
}

void TestOllamaInstall::rocmProbe()
{
    QTemporaryDir root;
    QVERIFY(!probeLinuxRocm(root.path()).installed);
    QVERIFY(QDir(root.path()).mkpath(QStringLiteral("opt/rocm/.info")));
    QFile version(root.path() + QStringLiteral("/opt/rocm/.info/version"));
    QVERIFY(version.open(QIODevice::WriteOnly));
    version.write("7.2.0-43\n");
    version.close();
    const RuntimePresence r = probeLinuxRocm(root.path());
    QVERIFY(r.installed);
    QCOMPARE(r.version, QStringLiteral("7.2.0-43"));
}

void TestOllamaInstall::hipSdkProbe()
{
    QTemporaryDir root;
    QVERIFY(!probeWindowsHipSdk({}, root.path()).installed);
    QVERIFY(QDir(root.path()).mkpath(QStringLiteral("AMD/ROCm/6.4")));
    RuntimePresence r = probeWindowsHipSdk({}, root.path());
    QVERIFY(r.installed);
    QCOMPARE(r.version, QStringLiteral("6.4"));
    r = probeWindowsHipSdk(
        { { QStringLiteral("HIP_PATH"), root.path() + QStringLiteral("/AMD/ROCm/6.4") } }, QString());
    QVERIFY(r.installed);
    QVERIFY(!probeWindowsHipSdk({ { QStringLiteral("HIP_PATH"), root.path() + QStringLiteral("/nope") } }, QString())
                 .installed);
}

void TestOllamaInstall::wslGateway_data()
{
    QTest::addColumn<QByteArray>("table");
    QTest::addColumn<QString>("gateway");
    const QByteArray header = "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\n";
    QTest::newRow("wsl-nat") << header
            + "eth0\t00000000\t0130A8C0\t0003\t0\t0\t0\t00000000\t0\t0\t0\neth0\t0030A8C0\t00000000\t0001\t0\t0\t0\t00F"
              "0FFFF\t0\t0\t0\n"
                             << QStringLiteral("192.168.48.1");
    QTest::newRow("172") << header + "eth0\t00000000\t013016AC\t0003\t0\t0\t0\t00000000\t0\t0\t0\n"
                         << QStringLiteral("172.22.48.1");
    QTest::newRow("no-default") << header + "eth0\t0030A8C0\t00000000\t0001\t0\t0\t0\t00F0FFFF\t0\t0\t0\n" << QString();
    QTest::newRow("empty") << QByteArray() << QString();
}

void TestOllamaInstall::wslGateway()
{
    QFETCH(QByteArray, table);
    QFETCH(QString, gateway);
    QCOMPARE(defaultGatewayFromRouteTable(table), gateway);
}

QTEST_GUILESS_MAIN(TestOllamaInstall)
#include "tst_ollamainstall.moc"

#include "detect/platformprobe.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#if defined(Q_OS_UNIX)
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace ogs;

namespace {

enum Kfd { NoKfd, KfdOpen, KfdClosed };

const QString kPasswd = QStringLiteral("root:x:0:0:root:/root:/bin/bash\n"
                                       "alice:x:1000:1000:Alice,,,:/home/alice:/bin/bash\n"
                                       "bob:x:1001:1001::/home/bob:/bin/sh\n");
const QString kGroupsAliceInBoth
    = QStringLiteral("root:x:0:\nvideo:x:44:alice\nrender:x:993:bob,alice\nalice:x:1000:\n");

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

class TestPlatformProbe final : public QObject {
    Q_OBJECT

private slots:
    void probe_data();
    void probe();
    void missingProcIsQuiet();
    void fifoInsteadOfConfigFile_data();
    void fifoInsteadOfConfigFile();
    void windowsVulkanLoader_data();
    void windowsVulkanLoader();

private:
    bool runningAsRoot() const;
};

bool TestPlatformProbe::runningAsRoot() const
{
#if defined(Q_OS_UNIX)
    return ::geteuid() == 0;
#else
    return false;
#endif
}

void TestPlatformProbe::probe_data()
{
    QTest::addColumn<QString>("osrelease"); // null: no osrelease file
    QTest::addColumn<QStringList>("env"); // "KEY=value"
    QTest::addColumn<bool>("dxg");
    QTest::addColumn<int>("kfd");
    QTest::addColumn<QString>("passwd"); // null: no /etc/passwd
    QTest::addColumn<QString>("group"); // null: no /etc/group
    QTest::addColumn<QString>("platform");
    QTest::addColumn<bool>("kfdAccessible");
    QTest::addColumn<bool>("renderExists");
    QTest::addColumn<bool>("inRender");
    QTest::addColumn<bool>("inVideo");
    QTest::addColumn<QStringList>("warnings"); // one substring per expected warning, in order

    const QString native = QStringLiteral("6.8.0-45-generic");
    const QString wsl2 = QStringLiteral("5.15.153.1-microsoft-standard-WSL2");
    const QStringList noEnv;
    const QStringList none;

    QTest::newRow("native linux") << native << noEnv << false << int(KfdOpen) << kPasswd << kGroupsAliceInBoth
                                  << QStringLiteral("linux") << true << true << true << true << none;
    QTest::newRow("wsl2 kernel") << wsl2 << noEnv << true << int(NoKfd) << kPasswd << kGroupsAliceInBoth
                                 << QStringLiteral("wsl2") << false << true << true << true << none;
    QTest::newRow("wsl2 old kernel name")
        << QStringLiteral("4.19.128-microsoft-standard") << noEnv << true << int(NoKfd) << kPasswd << kGroupsAliceInBoth
        << QStringLiteral("wsl2") << false << true << true << true << none;
    QTest::newRow("WSL_DISTRO_NAME only")
        << QStringLiteral("6.6.36-custom") << QStringList { QStringLiteral("WSL_DISTRO_NAME=Ubuntu") } << true
        << int(NoKfd) << kPasswd << kGroupsAliceInBoth << QStringLiteral("wsl2") << false << true << true << true
        << none;
    QTest::newRow("WSL_INTEROP only") << QStringLiteral("6.6.36-custom")
                                      << QStringList { QStringLiteral("WSL_INTEROP=/run/WSL/1_interop") } << true
                                      << int(NoKfd) << kPasswd << kGroupsAliceInBoth << QStringLiteral("wsl2") << false
                                      << true << true << true << none;
    QTest::newRow("wsl2 without /dev/dxg")
        << wsl2 << QStringList { QStringLiteral("WSL_DISTRO_NAME=Ubuntu") } << false << int(NoKfd) << kPasswd
        << kGroupsAliceInBoth << QStringLiteral("wsl2") << false << true << true << true
        << QStringList { QStringLiteral("WSL 2 without /dev/dxg") };
    QTest::newRow("wsl1 kernel") << QStringLiteral("4.4.0-19041-Microsoft")
                                 << QStringList { QStringLiteral("WSL_DISTRO_NAME=Ubuntu") } << false << int(NoKfd)
                                 << kPasswd << kGroupsAliceInBoth << QStringLiteral("wsl2") << false << true << true
                                 << true
                                 << QStringList { QStringLiteral(
                                        "This looks like WSL 1 (kernel 4.4.0-19041-Microsoft") };
    QTest::newRow("kfd not accessible") << native << noEnv << false << int(KfdClosed) << kPasswd << kGroupsAliceInBoth
                                        << QStringLiteral("linux") << false << true << true << true
                                        << QStringList { QStringLiteral("/kfd exists but this user cannot open it") };
    QTest::newRow("render via member list")
        << native << noEnv << false << int(NoKfd) << kPasswd << QStringLiteral("video:x:44:\nrender:x:993:bob,alice\n")
        << QStringLiteral("linux") << false << true << true << false << none;
    QTest::newRow("render via primary gid")
        << native << noEnv << false << int(NoKfd) << QStringLiteral("alice:x:1000:993:Alice:/home/alice:/bin/bash\n")
        << QStringLiteral("video:x:44:\nrender:x:993:\n") << QStringLiteral("linux") << false << true << true << false
        << none;
    QTest::newRow("not in render") << native << noEnv << false << int(NoKfd) << kPasswd
                                   << QStringLiteral("video:x:44:alice\nrender:x:993:bob,alicea,xalice\n")
                                   << QStringLiteral("linux") << false << true << false << true << none;
    QTest::newRow("render line without member field")
        << native << noEnv << false << int(NoKfd) << QStringLiteral("alice:x:1000:993::/home/alice:/bin/sh\n")
        << QStringLiteral("render:x:993\n") << QStringLiteral("linux") << false << true << true << false << none;
    QTest::newRow("members with spaces and CRLF") << native << noEnv << false << int(NoKfd) << kPasswd
                                                  << QStringLiteral("render:x:993:bob, alice\r\nvideo:x:44: alice \r\n")
                                                  << QStringLiteral("linux") << false << true << true << true << none;
    QTest::newRow("no render group") << native << noEnv << false << int(NoKfd) << kPasswd
                                     << QStringLiteral("video:x:44:alice\n") << QStringLiteral("linux") << false
                                     << false << false << true << none;
    QTest::newRow("missing /etc/group") << native << noEnv << false << int(NoKfd) << kPasswd << QString()
                                        << QStringLiteral("linux") << false << false << false << false
                                        << QStringList { QStringLiteral("/etc/group: cannot read group memberships") };
    QTest::newRow("missing /etc/passwd") << native << noEnv << false << int(NoKfd) << QString() << kGroupsAliceInBoth
                                         << QStringLiteral("linux") << false << true << true << true
                                         << QStringList { QStringLiteral(
                                                "/etc/passwd: cannot read the primary group") };
    QTest::newRow("missing osrelease") << QString() << noEnv << false << int(NoKfd) << kPasswd << kGroupsAliceInBoth
                                       << QStringLiteral("linux") << false << true << true << true
                                       << QStringList { QStringLiteral("/proc/sys/kernel/osrelease: missing") };
}

void TestPlatformProbe::probe()
{
    QFETCH(QString, osrelease);
    QFETCH(QStringList, env);
    QFETCH(bool, dxg);
    QFETCH(int, kfd);
    QFETCH(QString, passwd);
    QFETCH(QString, group);
    QFETCH(QString, platform);
    QFETCH(bool, kfdAccessible);
    QFETCH(bool, renderExists);
    QFETCH(bool, inRender);
    QFETCH(bool, inVideo);
    QFETCH(QStringList, warnings);

    if (kfd == KfdClosed && runningAsRoot())
        QSKIP("root can open a mode-000 /dev/kfd; this row needs an unprivileged user");

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString proc = dir.filePath(QStringLiteral("proc"));
    const QString dev = dir.filePath(QStringLiteral("dev"));
    const QString etc = dir.filePath(QStringLiteral("etc"));
    QVERIFY(QDir().mkpath(proc) && QDir().mkpath(dev) && QDir().mkpath(etc));
    if (!osrelease.isNull())
        QVERIFY(writeFile(proc + QStringLiteral("/sys/kernel/osrelease"), osrelease.toUtf8() + '\n'));
    if (dxg)
        QVERIFY(writeFile(dev + QStringLiteral("/dxg"), QByteArray()));
    if (kfd != NoKfd) {
        const QString kfdPath = dev + QStringLiteral("/kfd");
        QVERIFY(writeFile(kfdPath, QByteArray()));
        QVERIFY(QFile::setPermissions(
            kfdPath, kfd == KfdOpen ? QFile::ReadOwner | QFile::WriteOwner : QFile::Permissions()));
    }
    if (!passwd.isNull())
        QVERIFY(writeFile(etc + QStringLiteral("/passwd"), passwd.toUtf8()));
    if (!group.isNull())
        QVERIFY(writeFile(etc + QStringLiteral("/group"), group.toUtf8()));

    PlatformRoots roots;
    roots.procRoot = proc;
    roots.devRoot = dev;
    roots.etcRoot = etc;
    roots.userName = QStringLiteral("alice");
    roots.forceLinuxChecks = true;
    for (const QString &kv : std::as_const(env))
        roots.environment.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));

    const PlatformInfo info = PlatformProbe(roots).probe();
    QCOMPARE(platformKey(info.platform), platform);
    QCOMPARE(info.kernelRelease, osrelease.isNull() ? QString() : osrelease);
    QCOMPARE(info.hasDevDxg, dxg);
    QCOMPARE(info.hasDevKfd, kfd != NoKfd);
    QCOMPARE(info.devKfdAccessible, kfdAccessible);
    QCOMPARE(info.userName, QStringLiteral("alice"));
    QCOMPARE(info.renderGroupExists, renderExists);
    QCOMPARE(info.inRenderGroup, inRender);
    QCOMPARE(info.inVideoGroup, inVideo);
    QVERIFY2(info.warnings.size() == warnings.size(), qPrintable(info.warnings.join(QLatin1Char('\n'))));
    for (int i = 0; i < warnings.size(); ++i)
        QVERIFY2(info.warnings.at(i).contains(warnings.at(i)), qPrintable(info.warnings.at(i)));
}

void TestPlatformProbe::missingProcIsQuiet()
{
    // A root that does not exist at all (a container without /proc): no osrelease warning,
    // still a Linux answer.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("etc/group")), QByteArrayLiteral("render:x:993:alice\n")));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("etc/passwd")), kPasswd.toUtf8()));
    PlatformRoots roots;
    roots.procRoot = dir.filePath(QStringLiteral("no-proc"));
    roots.devRoot = dir.filePath(QStringLiteral("no-dev"));
    roots.etcRoot = dir.filePath(QStringLiteral("etc"));
    roots.userName = QStringLiteral("alice");
    roots.forceLinuxChecks = true;
    const PlatformInfo info = PlatformProbe(roots).probe();
    QCOMPARE(info.platform, Platform::Linux);
    QVERIFY(info.kernelRelease.isEmpty());
    QCOMPARE(info.warnings, QStringList());
    QVERIFY(info.inRenderGroup);
}

void TestPlatformProbe::fifoInsteadOfConfigFile_data()
{
    QTest::addColumn<QString>("fifo");
    QTest::addColumn<QString>("warning");
    QTest::newRow("/etc/group") << QStringLiteral("group")
                                << QStringLiteral("group: cannot read group memberships (not a regular file)");
    QTest::newRow("/etc/passwd") << QStringLiteral("passwd")
                                 << QStringLiteral("passwd: cannot read the primary group (not a regular file)");
}

void TestPlatformProbe::fifoInsteadOfConfigFile()
{
    // Found by fuzz_sysfstree: open() on a FIFO waits for a writer, so a FIFO in place of
    // /etc/group or /etc/passwd hung detection for good. Now it is a warning and the probe goes on.
#if !defined(Q_OS_UNIX)
    QSKIP("FIFOs are a POSIX thing");
#else
    QFETCH(QString, fifo);
    QFETCH(QString, warning);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("etc/group")), QByteArrayLiteral("render:x:993:alice\n")));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("etc/passwd")), kPasswd.toUtf8()));
    const QString path = dir.filePath(QStringLiteral("etc/") + fifo);
    QVERIFY(QFile::remove(path));
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0644), 0);
    PlatformRoots roots;
    roots.procRoot = dir.filePath(QStringLiteral("proc"));
    roots.devRoot = dir.filePath(QStringLiteral("dev"));
    roots.etcRoot = dir.filePath(QStringLiteral("etc"));
    roots.userName = QStringLiteral("alice");
    roots.forceLinuxChecks = true;
    const PlatformInfo info = PlatformProbe(roots).probe(); // returned at all: before the fix it blocked here
    QCOMPARE(info.warnings.size(), 1);
    QVERIFY2(info.warnings.first().endsWith(warning), qPrintable(info.warnings.first()));
    QCOMPARE(info.inRenderGroup, fifo == QLatin1String("passwd")); // the other file is still read
#endif
}

void TestPlatformProbe::windowsVulkanLoader_data()
{
    // Ollama >= 0.30.11 for Windows loads the driver's %SystemRoot%\\System32\\vulkan-1.dll (89a171cc7).
    QTest::addColumn<QString>("layout"); // "file", "folder" (a folder of that name), "none"
    QTest::addColumn<bool>("present");
    QTest::newRow("driver-installed") << QStringLiteral("file") << true;
    QTest::newRow("missing") << QStringLiteral("none") << false;
    QTest::newRow("a-folder-of-that-name") << QStringLiteral("folder") << false;
}

void TestPlatformProbe::windowsVulkanLoader()
{
    QFETCH(QString, layout);
    QFETCH(bool, present);
    QTemporaryDir root;
    QVERIFY(root.isValid());
    QVERIFY(QDir(root.path()).mkpath(QStringLiteral("System32")));
    const QString dll = root.filePath(QStringLiteral("System32/vulkan-1.dll"));
    if (layout == QLatin1String("file")) {
        QFile f(dll);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("MZ");
    } else if (layout == QLatin1String("folder")) {
        QVERIFY(QDir().mkpath(dll));
    }
    QCOMPARE(hasWindowsVulkanLoader(root.path()), present);
    // The root as Windows writes it, with backslashes.
    QCOMPARE(hasWindowsVulkanLoader(QDir::toNativeSeparators(root.path())), present);
}

QTEST_GUILESS_MAIN(TestPlatformProbe)
#include "tst_platformprobe.moc"

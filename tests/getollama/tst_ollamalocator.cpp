// Finding Ollama (Linux PATH, /usr/local/bin, /usr/bin, the systemd unit; Windows uninstall key and
// %LOCALAPPDATA%), telling the build, and reading its version, in temporary roots.
#include "getollama/ollamastatus.h"
#include "recordingrunner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ogs;

namespace {

void writeFile(const QString &path, const QByteArray &bytes, bool executable = false)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    if (executable)
        f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
}

UninstallEntry ollamaEntry(const QString &dir, const QString &publisher = QStringLiteral("Ollama, Inc."))
{
    UninstallEntry e;
    e.key = QStringLiteral("{44E83376-CE68-45EB-8FC1-393500EB558C}_is1");
    e.displayName = QStringLiteral("Ollama version 0.12.6");
    e.displayVersion = QStringLiteral("0.12.6");
    e.publisher = publisher;
    e.installLocation = dir;
    return e;
}

/// The Linux locator needs executable bits, which Windows files do not have.
#if defined(Q_OS_WIN)
#define skipOnWindows() QSKIP("Linux install layout")
#else
#define skipOnWindows() (void)0
#endif

} // namespace

class TestOllamaLocator final : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void init() { QVERIFY(m_dir.isValid()); QDir(m_dir.path()).removeRecursively(); QDir().mkpath(m_dir.path()); }

    void nothingInstalled()
    {
        OllamaLocatorInput in;
        in.root = m_dir.path();
        in.pathEnv = QStringLiteral("/usr/bin:/bin");
        const OllamaLocation loc = locateOllama(in);
        QVERIFY(!loc.found());
        RecordingRunner runner;
        const OllamaStatus s = probeOllamaStatus(in, runner, {});
        QVERIFY(!s.installed());
        QVERIFY(!s.build.build);
        QVERIFY(runner.calls.isEmpty());
    }

    void pathComesFirst()
    {
        skipOnWindows();
        writeFile(m_dir.path() + QStringLiteral("/opt/o/bin/ollama"), "#!/bin/sh\n", true);
        writeFile(m_dir.path() + QStringLiteral("/usr/local/bin/ollama"), "#!/bin/sh\n", true);
        OllamaLocatorInput in;
        in.root = m_dir.path();
        in.pathEnv = QStringLiteral("/opt/o/bin:/usr/bin");
        const OllamaLocation loc = locateOllama(in);
        QCOMPARE(loc.executable, m_dir.path() + QStringLiteral("/opt/o/bin/ollama"));
        QCOMPARE(loc.foundBy, QStringLiteral("PATH"));
        QCOMPARE(loc.installDir, m_dir.path() + QStringLiteral("/opt/o"));
        QCOMPARE(loc.notes.size(), 1);
        QVERIFY(loc.notes.first().contains(QStringLiteral("/usr/local/bin/ollama")));
    }

    void standardFolders_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("foundBy");
        QTest::newRow("/usr/local/bin") << QStringLiteral("/usr/local/bin/ollama") << QStringLiteral("/usr/local/bin");
        QTest::newRow("/usr/bin") << QStringLiteral("/usr/bin/ollama") << QStringLiteral("/usr/bin");
    }
    void standardFolders()
    {
        skipOnWindows();
        QFETCH(QString, file);
        QFETCH(QString, foundBy);
        writeFile(m_dir.path() + file, "#!/bin/sh\n", true);
        writeFile(m_dir.path() + QStringLiteral("/usr/share/doc/x"), "not executable");
        OllamaLocatorInput in;
        in.root = m_dir.path();
        const OllamaLocation loc = locateOllama(in);
        QCOMPARE(loc.executable, m_dir.path() + file);
        QCOMPARE(loc.foundBy, foundBy);
    }

    void notExecutableIsNotOllama()
    {
        skipOnWindows();
        writeFile(m_dir.path() + QStringLiteral("/usr/bin/ollama"), "data");
        OllamaLocatorInput in;
        in.root = m_dir.path();
        QVERIFY(!locateOllama(in).found());
    }

    void systemdUnitExecStart()
    {
        skipOnWindows();
        writeFile(m_dir.path() + QStringLiteral("/srv/ollama/bin/ollama"), "#!/bin/sh\n", true);
        writeFile(m_dir.path() + QStringLiteral("/etc/systemd/system/ollama.service"),
            "[Unit]\nDescription=Ollama Service\n\n[Service]\nExecStart=-/srv/ollama/bin/ollama serve\nUser=ollama\n");
        OllamaLocatorInput in;
        in.root = m_dir.path();
        const OllamaLocation loc = locateOllama(in);
        QCOMPARE(loc.systemdUnit, m_dir.path() + QStringLiteral("/etc/systemd/system/ollama.service"));
        QCOMPARE(loc.systemdExecStart, QStringLiteral("/srv/ollama/bin/ollama"));
        QCOMPARE(loc.executable, m_dir.path() + QStringLiteral("/srv/ollama/bin/ollama"));
        QCOMPARE(loc.foundBy, QStringLiteral("systemd unit"));

        writeFile(m_dir.path() + QStringLiteral("/usr/bin/ollama"), "#!/bin/sh\n", true);
        const OllamaLocation both = locateOllama(in);
        QCOMPARE(both.executable, m_dir.path() + QStringLiteral("/usr/bin/ollama"));
        QVERIFY(both.notes.join(QLatin1Char('\n')).contains(QStringLiteral("the ollama service runs /srv/ollama/bin/ollama")));
    }

    void execStartForms()
    {
        QCOMPARE(execStartProgram("ExecStart=/usr/bin/ollama serve\n"), QStringLiteral("/usr/bin/ollama"));
        QCOMPARE(execStartProgram("ExecStart=@/usr/bin/ollama ollama serve\n"), QStringLiteral("/usr/bin/ollama"));
        QCOMPARE(execStartProgram("ExecStart=ollama serve\n"), QString());
        QCOMPARE(execStartProgram("[Service]\n"), QString());
    }

    void windowsRegistryAndLocalAppData()
    {
        const QString programs = m_dir.path() + QStringLiteral("/AppData/Local/Programs/Ollama");
        writeFile(programs + QStringLiteral("/ollama.exe"), "MZ");
        OllamaLocatorInput in;
        in.platform = Platform::Windows;
        in.localAppData = m_dir.path() + QStringLiteral("/AppData/Local");
        const OllamaLocation byFolder = locateOllama(in);
        QCOMPARE(byFolder.executable, programs + QStringLiteral("/ollama.exe"));
        QCOMPARE(byFolder.foundBy, QStringLiteral("%LOCALAPPDATA%"));

        const QString custom = m_dir.path() + QStringLiteral("/D/ollama");
        writeFile(custom + QStringLiteral("/ollama.exe"), "MZ");
        UninstallEntry gpuSetup;
        gpuSetup.displayName = QStringLiteral("Ollama GPU Setup");
        gpuSetup.installLocation = programs;
        FixedUninstallRegistry registry({ gpuSetup, ollamaEntry(custom) });
        in.registry = &registry;
        const OllamaLocation byRegistry = locateOllama(in);
        QCOMPARE(byRegistry.executable, custom + QStringLiteral("/ollama.exe"));
        QCOMPARE(byRegistry.foundBy, QStringLiteral("uninstall registry"));
        QVERIFY(byRegistry.uninstall);
        QCOMPARE(byRegistry.uninstall->publisher, QStringLiteral("Ollama, Inc."));

        RecordingRunner runner; // ollama --version prints nothing: the registry's version is used
        const OllamaStatus s = probeOllamaStatus(in, runner, {});
        QVERIFY(s.version);
        QCOMPARE(s.version->toString(), QStringLiteral("0.12.6"));
        QCOMPARE(s.versionSource, QStringLiteral("uninstall registry"));
        QCOMPARE(s.build.build, std::optional(OllamaBuild::Official));
        QVERIFY(!s.build.certain); // a publisher string is no proof: the fork may keep it
        QVERIFY(s.build.evidence.contains(QStringLiteral("published by \"Ollama, Inc.\"")));
    }

    /// The tray app the restart starts: beside the located ollama.exe (a custom install folder
    /// from the uninstall key), else where the installer puts it, else unknown.
    void windowsTrayAppBesideOllama()
    {
        OllamaLocatorInput in;
        in.platform = Platform::Linux; // the tray app is always looked for the Windows way
        QCOMPARE(windowsTrayApp(in), QString());
        in.localAppData = m_dir.path() + QStringLiteral("/AppData/Local");
        QCOMPARE(windowsTrayApp(in), in.localAppData + QStringLiteral("/Programs/Ollama/ollama app.exe"));

        const QString custom = m_dir.path() + QStringLiteral("/D/ollama");
        writeFile(custom + QStringLiteral("/ollama.exe"), "MZ");
        FixedUninstallRegistry registry({ ollamaEntry(custom) });
        in.registry = &registry;
        QCOMPARE(windowsTrayApp(in), custom + QStringLiteral("/ollama app.exe"));
    }

    void registryPointsNowhere()
    {
        FixedUninstallRegistry registry({ ollamaEntry(m_dir.path() + QStringLiteral("/gone")) });
        OllamaLocatorInput in;
        in.platform = Platform::Windows;
        in.registry = &registry;
        const OllamaLocation loc = locateOllama(in);
        QVERIFY(!loc.found());
        QVERIFY(loc.notes.join(QString()).contains(QStringLiteral("ollama.exe is not there")));
    }

    void forkByPublisher()
    {
        const QString dir = m_dir.path() + QStringLiteral("/Ollama");
        writeFile(dir + QStringLiteral("/ollama.exe"), "MZ");
        OllamaLocation loc;
        loc.executable = dir + QStringLiteral("/ollama.exe");
        loc.installDir = dir;
        UninstallEntry e = ollamaEntry(dir, QStringLiteral("likelovewant"));
        loc.uninstall = e;
        const BuildIdentity id = identifyBuild(loc, std::nullopt);
        QCOMPARE(id.build, std::optional(OllamaBuild::OllamaForAmd));
        QVERIFY(id.evidence.contains(QStringLiteral("likelovewant")));
    }

    void forkByRocblasTargets()
    {
        const QString lib = m_dir.path() + QStringLiteral("/Ollama/lib/ollama/rocm/rocblas/library");
        writeFile(lib + QStringLiteral("/TensileLibrary_lazy_gfx1030.dat"), "x");
        OllamaLocation loc;
        loc.executable = m_dir.path() + QStringLiteral("/Ollama/ollama.exe");
        loc.installDir = m_dir.path() + QStringLiteral("/Ollama");
        const BuildIdentity official = identifyBuild(loc, scanOllamaInstall(loc.installDir));
        QCOMPARE(official.build, std::optional(OllamaBuild::Official));
        QVERIFY(official.certain); // ROCm kernels, none of them fork-only
        QVERIFY(official.evidence.contains(QStringLiteral("only the official ROCm targets")));

        OllamaLocation bare = loc;
        bare.installDir = m_dir.path() + QStringLiteral("/elsewhere");
        QVERIFY(!identifyBuild(bare, scanOllamaInstall(bare.installDir)).certain);

        writeFile(lib + QStringLiteral("/TensileLibrary_lazy_gfx1031.dat"), "x");
        const BuildIdentity fork = identifyBuild(loc, scanOllamaInstall(loc.installDir));
        QCOMPARE(fork.build, std::optional(OllamaBuild::OllamaForAmd));
        QVERIFY(fork.evidence.contains(QStringLiteral("gfx1031")));
    }

    void versionFromCliStderrAndServer()
    {
        skipOnWindows();
        writeFile(m_dir.path() + QStringLiteral("/usr/bin/ollama"), "#!/bin/sh\n", true);
        OllamaLocatorInput in;
        in.root = m_dir.path();
        RecordingRunner runner;
        const QString exe = m_dir.path() + QStringLiteral("/usr/bin/ollama");
        runner.answers.insert(exe,
            ProcessResult { true, 0, QByteArray(),
                QByteArray("Warning: could not connect to a running Ollama instance\nWarning: client version is 0.11.4\n") });
        const OllamaStatus s = probeOllamaStatus(in, runner, [] { return std::optional<OllamaVersion>(); });
        QCOMPARE(runner.calls.size(), 1);
        QCOMPARE(runner.calls.first(), (QStringList { exe, QStringLiteral("--version") }));
        QVERIFY(s.version);
        QCOMPARE(s.version->toString(), QStringLiteral("0.11.4"));
        QCOMPARE(s.versionSource, QStringLiteral("ollama --version"));
        QVERIFY(!s.serverRunning);

        RecordingRunner silent;
        const OllamaStatus fromServer
            = probeOllamaStatus(in, silent, [] { return OllamaVersion::parse(QStringLiteral("0.13.0")); });
        QVERIFY(fromServer.serverRunning);
        QCOMPARE(fromServer.version->toString(), QStringLiteral("0.13.0"));
        QCOMPARE(fromServer.versionSource, QStringLiteral("server"));
        const QJsonObject json = statusToJson(fromServer);
        QCOMPARE(json.value(QStringLiteral("installed")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("build")).toString(), QStringLiteral("official"));
        QCOMPARE(json.value(QStringLiteral("running")).toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestOllamaLocator)
#include "tst_ollamalocator.moc"

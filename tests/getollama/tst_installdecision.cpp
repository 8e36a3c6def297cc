// Whether Ollama must be installed, updated or replaced for the chosen path, and why.
#include "getollama/installdecision.h"

#include <QTest>

using namespace ogs;

namespace {

OllamaStatus installed(const QString &version, OllamaBuild build = OllamaBuild::Official)
{
    OllamaStatus s;
    s.location.executable = QStringLiteral("/usr/bin/ollama");
    s.build.build = build;
    s.version = OllamaVersion::parse(version);
    return s;
}

std::optional<OllamaVersion> v(const char *text)
{
    return OllamaVersion::parse(QString::fromLatin1(text));
}

} // namespace

Q_DECLARE_METATYPE(ogs::OllamaStatus)
Q_DECLARE_METATYPE(ogs::InstallGoal)
Q_DECLARE_METATYPE(ogs::InstallAction)

class TestInstallDecision final : public QObject {
    Q_OBJECT
private slots:
    void decides_data()
    {
        QTest::addColumn<InstallGoal>("goal");
        QTest::addColumn<OllamaStatus>("status");
        QTest::addColumn<InstallAction>("action");
        QTest::addColumn<QString>("reason");

        InstallGoal vulkan;
        vulkan.path = PathId::Vulkan;
        QTest::newRow("missing") << vulkan << OllamaStatus {} << InstallAction::Install
                                 << QStringLiteral("Ollama is not installed; the newest Ollama (the official build) will be.");
        QTest::newRow("vulkan needs 0.12.11") << vulkan << installed(QStringLiteral("0.11.4")) << InstallAction::Update
                                              << QStringLiteral("Ollama 0.11.4 has no Vulkan backend; 0.12.11 or newer does.");
        QTest::newRow("vulkan fits") << vulkan << installed(QStringLiteral("0.12.11")) << InstallAction::None
                                     << QStringLiteral("Ollama 0.12.11 (the official build) is installed and fits the vulkan path; nothing to change.");

        InstallGoal rocm;
        rocm.path = PathId::Rocm;
        QTest::newRow("rocm: old is fine") << rocm << installed(QStringLiteral("0.11.4")) << InstallAction::None
                                           << QStringLiteral("Ollama 0.11.4 (the official build) is installed and fits the rocm path; nothing to change.");

        InstallGoal forkWin;
        forkWin.platform = Platform::Windows;
        forkWin.path = PathId::OllamaForAmd;
        QTest::newRow("fork over official") << forkWin << installed(QStringLiteral("0.12.6")) << InstallAction::Replace
                                            << QStringLiteral("The installed Ollama 0.12.6 is the official build; the ollama-for-amd path needs the ollama-for-amd build.");
        InstallGoal backWin;
        backWin.platform = Platform::Windows;
        backWin.path = PathId::Vulkan;
        QTest::newRow("back to official") << backWin << installed(QStringLiteral("0.12.6"), OllamaBuild::OllamaForAmd)
                                          << InstallAction::Replace
                                          << QStringLiteral("The installed Ollama 0.12.6 is the ollama-for-amd build; the vulkan path needs the official build.");

        InstallGoal forkLinux;
        forkLinux.path = PathId::OllamaForAmd;
        QTest::newRow("fork on linux") << forkLinux << OllamaStatus {} << InstallAction::Refuse
                                       << QStringLiteral("ollama-for-amd is built for Windows only; on Linux the official build runs these GPUs (with HSA_OVERRIDE_GFX_VERSION or Vulkan).");
        InstallGoal forkOfficial = forkWin;
        forkOfficial.build = OllamaBuild::Official;
        QTest::newRow("fork path, official build") << forkOfficial << OllamaStatus {} << InstallAction::Refuse
                                                   << QStringLiteral("The ollama-for-amd path needs the ollama-for-amd build, not the official one.");

        InstallGoal pinned;
        pinned.version = v("0.13.0");
        QTest::newRow("pinned differs") << pinned << installed(QStringLiteral("0.12.11")) << InstallAction::Update
                                        << QStringLiteral("Ollama 0.12.11 is installed; you asked for 0.13.0.");
        InstallGoal pinnedOld = vulkan;
        pinnedOld.version = v("0.11.4");
        QTest::newRow("pinned below vulkan") << pinnedOld << OllamaStatus {} << InstallAction::Refuse
                                             << QStringLiteral("Ollama 0.11.4 has no Vulkan backend; 0.12.11 or newer does.");

        InstallGoal latest;
        latest.toLatest = true;
        latest.latest = v("0.30.1");
        QTest::newRow("update to newest") << latest << installed(QStringLiteral("0.13.0")) << InstallAction::Update
                                          << QStringLiteral("Ollama 0.13.0 is installed; 0.30.1 is the newest release.");
        QTest::newRow("already newest") << latest << installed(QStringLiteral("0.30.1")) << InstallAction::None
                                        << QStringLiteral("Ollama 0.30.1 (the official build) is installed; nothing to change.");

        InstallGoal remote;
        remote.platform = Platform::Wsl2;
        remote.path = PathId::RemoteHost;
        QTest::newRow("remote host") << remote << OllamaStatus {} << InstallAction::None
                                     << QStringLiteral("Ollama runs on the Windows host for this path; nothing is installed inside WSL.");

        OllamaStatus unknown = installed(QString());
        QTest::newRow("version unknown") << vulkan << unknown << InstallAction::None
                                         << QStringLiteral("Ollama is installed but its version is unknown (`ollama --version` said nothing); nothing is changed.");
    }
    void decides()
    {
        QFETCH(InstallGoal, goal);
        QFETCH(OllamaStatus, status);
        QFETCH(InstallAction, action);
        QFETCH(QString, reason);
        const InstallDecision d = decideInstall(goal, status);
        QCOMPARE(actionKey(d.action), actionKey(action));
        QCOMPARE(d.reason, reason);
    }

    void notesAndClearing()
    {
        InstallGoal vulkan;
        vulkan.path = PathId::Vulkan;
        const InstallDecision optIn = decideInstall(vulkan, installed(QStringLiteral("0.13.0")));
        QVERIFY(optIn.notes.join(QString()).contains(QStringLiteral("OLLAMA_VULKAN=1")));
        const InstallDecision byDefault = decideInstall(vulkan, installed(QStringLiteral("0.30.0")));
        QVERIFY(byDefault.notes.isEmpty());
        QCOMPARE(byDefault.minimumVersion->toString(), QStringLiteral("0.12.11"));

        InstallGoal back;
        back.platform = Platform::Windows;
        back.build = OllamaBuild::Official;
        const InstallDecision d = decideInstall(back, installed(QStringLiteral("0.12.6"), OllamaBuild::OllamaForAmd));
        QVERIFY(d.clearHsaOverride);
        QCOMPARE(d.build, OllamaBuild::Official);
        const InstallDecision there = decideInstall(back, installed(QStringLiteral("0.12.6")));
        QVERIFY(!there.clearHsaOverride);
    }
};

QTEST_GUILESS_MAIN(TestInstallDecision)
#include "tst_installdecision.moc"

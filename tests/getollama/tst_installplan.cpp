// The install plan as data: os-release and the distribution's package, the official script shown before
// it runs, the Windows installer with its published SHA-256, and the refusals.
#include "getollama/installplan.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace ogs;

namespace {

InstallDecision decision(InstallAction action, bool clear = false)
{
    InstallDecision d;
    d.action = action;
    d.reason = QStringLiteral("because");
    d.clearHsaOverride = clear;
    return d;
}

QStringList kinds(const InstallPlan &plan)
{
    QStringList k;
    for (const InstallStep &s : plan.steps)
        k << stepKindKey(s.kind);
    return k;
}

ResolvedInstaller installer(const QString &sha)
{
    ResolvedInstaller r;
    r.release.tag = QStringLiteral("v0.13.1");
    r.asset.name = QStringLiteral("OllamaSetup.exe");
    r.asset.url = QUrl(QStringLiteral("https://github.com/ollama/ollama/releases/download/v0.13.1/OllamaSetup.exe"));
    r.sha256 = sha;
    r.sha256Source = QStringLiteral("sha256sum.txt");
    return r;
}

} // namespace

class TestInstallPlan final : public QObject {
    Q_OBJECT
private slots:
    void parsesOsRelease()
    {
        const OsRelease manjaro = parseOsRelease("NAME=\"Manjaro Linux\"\nID=manjaro\nID_LIKE=arch\nPRETTY_NAME=\"Manjaro Linux\"\n");
        QCOMPARE(manjaro.id, QStringLiteral("manjaro"));
        QVERIFY(manjaro.isArchLike());
        const OsRelease debian = parseOsRelease("PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nID=debian\n# c\n");
        QVERIFY(!debian.isArchLike());
        QCOMPARE(debian.prettyName, QStringLiteral("Debian GNU/Linux 12 (bookworm)"));
        QVERIFY(!parseOsRelease("garbage").found);

        QTemporaryDir root;
        QVERIFY(root.isValid());
        QVERIFY(!readOsRelease(root.path()).found);
        QDir().mkpath(root.path() + QStringLiteral("/usr/lib"));
        QFile f(root.path() + QStringLiteral("/usr/lib/os-release"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("ID='arch'\n");
        f.close();
        QVERIFY(readOsRelease(root.path()).isArchLike());
    }

    void archPackages_data()
    {
        QTest::addColumn<int>("path");
        QTest::addColumn<QString>("package");
        QTest::newRow("vulkan") << int(PathId::Vulkan) << QStringLiteral("ollama-vulkan");
        QTest::newRow("rocm") << int(PathId::Rocm) << QStringLiteral("ollama-rocm");
        QTest::newRow("override") << int(PathId::RocmOverride) << QStringLiteral("ollama-rocm");
        QTest::newRow("cuda") << int(PathId::Cuda) << QStringLiteral("ollama-cuda");
        QTest::newRow("cpu") << int(PathId::Cpu) << QStringLiteral("ollama");
    }
    void archPackages()
    {
        QFETCH(int, path);
        QFETCH(QString, package);
        const OsRelease arch = parseOsRelease("ID=arch\n");
        const LinuxInstallMethod m = chooseLinuxInstallMethod(arch, static_cast<PathId>(path), std::nullopt);
        QCOMPARE(int(m.kind), int(LinuxInstallMethod::Kind::Package));
        QCOMPARE(m.package, package);
        QVERIFY(allowedLinuxPackages().contains(package));
        // A pinned version: pacman cannot, the script can.
        QCOMPARE(int(chooseLinuxInstallMethod(arch, static_cast<PathId>(path), OllamaVersion::parse(QStringLiteral("0.12.11"))).kind),
            int(LinuxInstallMethod::Kind::Script));
    }

    void debianUsesTheScript()
    {
        PlanInput in;
        in.decision = decision(InstallAction::Install);
        in.os = parseOsRelease("ID=debian\nPRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\n");
        in.path = PathId::Vulkan;
        in.downloadDir = QStringLiteral("/tmp/dl");
        QString error;
        const auto plan = buildInstallPlan(in, &error);
        QVERIFY2(plan, qPrintable(error));
        QCOMPARE(plan->method, QStringLiteral("script"));
        QVERIFY(plan->methodReason.contains(QStringLiteral("Debian GNU/Linux 12 (bookworm) has no Ollama package")));
        QCOMPARE(kinds(*plan), (QStringList { QStringLiteral("download"), QStringLiteral("show"), QStringLiteral("run"), QStringLiteral("wait") }));
        QCOMPARE(plan->steps[0].url.toString(), QStringLiteral("https://ollama.com/install.sh"));
        QCOMPARE(plan->steps[0].path, QStringLiteral("/tmp/dl/install.sh"));
        QVERIFY(plan->steps[0].sha256.isEmpty());
        const InstallStep &run = plan->steps[2];
        QCOMPARE(run.program, QStringLiteral("pkexec"));
        QCOMPARE(run.arguments, (QStringList { in.helperProgram, QStringLiteral("install-script"), QStringLiteral("--file"),
                                    QStringLiteral("/tmp/dl/install.sh"), QStringLiteral("--expect-sha256"),
                                    QString::fromLatin1(kSha256Placeholder) }));
        QCOMPARE(run.verifyFile, QStringLiteral("/tmp/dl/install.sh"));
        const QString text = installPlanToText(*plan);
        QVERIFY2(text.contains(QStringLiteral("--expect-sha256 <SHA-256 as shown>")), qPrintable(text));

        in.runningAsRoot = true;
        in.decision.targetVersion = OllamaVersion::parse(QStringLiteral("0.12.11"));
        const auto asRoot = buildInstallPlan(in, &error);
        QCOMPARE(asRoot->steps[2].program, QStringLiteral("env"));
        QCOMPARE(asRoot->steps[2].arguments,
            (QStringList { QStringLiteral("OLLAMA_VERSION=0.12.11"), QStringLiteral("sh"), QStringLiteral("/tmp/dl/install.sh") }));
    }

    void archUsesPacman()
    {
        PlanInput in;
        in.decision = decision(InstallAction::Update);
        in.os = parseOsRelease("ID=arch\nPRETTY_NAME=\"Arch Linux\"\n");
        in.path = PathId::Vulkan;
        QString error;
        const auto plan = buildInstallPlan(in, &error);
        QVERIFY(plan);
        QCOMPARE(plan->method, QStringLiteral("package"));
        QCOMPARE(kinds(*plan), (QStringList { QStringLiteral("run"), QStringLiteral("wait") }));
        QCOMPARE(plan->steps[0].arguments, (QStringList { in.helperProgram, QStringLiteral("install-package"), QStringLiteral("ollama-vulkan") }));
        in.runningAsRoot = true;
        const auto root = buildInstallPlan(in, &error);
        QCOMPARE(kinds(*root), (QStringList { QStringLiteral("run"), QStringLiteral("run"), QStringLiteral("wait") }));
        QCOMPARE(root->steps[0].program, QStringLiteral("pacman"));
        QCOMPARE(root->steps[0].arguments.last(), QStringLiteral("ollama-vulkan"));
        QCOMPARE(root->steps[1].arguments, (QStringList { QStringLiteral("enable"), QStringLiteral("--now"), QStringLiteral("ollama.service") }));
    }

    void windowsInstallerPlan()
    {
        PlanInput in;
        in.platform = Platform::Windows;
        in.decision = decision(InstallAction::Replace, true);
        in.decision.build = OllamaBuild::Official;
        in.downloadDir = QStringLiteral("C:/Users/a/Downloads");
        in.installer = installer(QString(64, QLatin1Char('c')));
        QString error;
        const auto plan = buildInstallPlan(in, &error);
        QVERIFY2(plan, qPrintable(error));
        QCOMPARE(kinds(*plan), (QStringList { QStringLiteral("download"), QStringLiteral("verify"), QStringLiteral("run"),
                                   QStringLiteral("wait"), QStringLiteral("clear-env") }));
        QCOMPARE(plan->steps[0].path, QStringLiteral("C:/Users/a/Downloads/OllamaSetup.exe"));
        QCOMPARE(plan->steps[0].sha256, QString(64, QLatin1Char('c')));
        QCOMPARE(plan->steps[2].program, QStringLiteral("C:/Users/a/Downloads/OllamaSetup.exe"));
        QCOMPARE(plan->steps[2].arguments, (QStringList { QStringLiteral("/VERYSILENT"), QStringLiteral("/NORESTART"), QStringLiteral("/SUPPRESSMSGBOXES") }));
        QCOMPARE(plan->steps[4].envKey, QStringLiteral("HSA_OVERRIDE_GFX_VERSION"));
        QVERIFY(plan->warnings.join(QString()).contains(QStringLiteral("models stay")));
        const QJsonObject json = installPlanToJson(*plan);
        QCOMPARE(json.value(QStringLiteral("action")).toString(), QStringLiteral("replace"));
        QCOMPARE(json.value(QStringLiteral("release")).toString(), QStringLiteral("v0.13.1"));
        QCOMPARE(json.value(QStringLiteral("steps")).toArray().size(), 5);
        QCOMPARE(json.value(QStringLiteral("steps")).toArray().at(1).toObject().value(QStringLiteral("sha256_source")).toString(),
            QStringLiteral("sha256sum.txt"));
        QCOMPARE(silentInstallFlags(InstallerKind::Nsis), QStringList { QStringLiteral("/S") });
    }

    void windowsRefusesWithoutChecksum()
    {
        PlanInput in;
        in.platform = Platform::Windows;
        in.decision = decision(InstallAction::Install);
        in.installer = installer(QString());
        QString error;
        QVERIFY(!buildInstallPlan(in, &error));
        QVERIFY2(error.contains(QStringLiteral("publishes no SHA-256 for OllamaSetup.exe")), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("refusing to run it unverified")));
        in.installer.reset();
        QVERIFY(!buildInstallPlan(in, &error));
    }

    void nothingToDo()
    {
        PlanInput in;
        in.decision = decision(InstallAction::None);
        QString error;
        const auto plan = buildInstallPlan(in, &error);
        QVERIFY(plan);
        QVERIFY(!plan->hasSteps());
        in.decision = decision(InstallAction::Refuse);
        QVERIFY(!buildInstallPlan(in, &error)->hasSteps());
    }
};

QTEST_GUILESS_MAIN(TestInstallPlan)
#include "tst_installplan.moc"

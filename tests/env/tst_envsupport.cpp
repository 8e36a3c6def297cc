// Target decision (from scripted processes and unit files), the server config log line, and the diff generator.
#include "env/serverconfig.h"
#include "env/targetdecision.h"
#include "env/unifieddiff.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ogs;

namespace {

/// Answers each program with a scripted result; records what was asked.
class ScriptedRunner final : public ProcessRunner {
public:
    ProcessResult run(const QString &program, const QStringList &arguments, int) override
    {
        asked << (program + QLatin1Char(' ') + arguments.join(QLatin1Char(' ')));
        return results.value(program);
    }
    QMap<QString, ProcessResult> results;
    QStringList asked;
};

ProcessResult ok(const char *out, int code = 0)
{
    return {true, code, QByteArray(out)};
}

} // namespace

class TestEnvSupport final : public QObject {
    Q_OBJECT
private slots:
    void decision_data()
    {
        QTest::addColumn<bool>("windows");
        QTest::addColumn<QByteArray>("systemctl");
        QTest::addColumn<int>("systemctlExit");
        QTest::addColumn<QByteArray>("ps");
        QTest::addColumn<bool>("unitFile");
        QTest::addColumn<QString>("shell");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("reason");
        QTest::newRow("windows") << true << QByteArray() << 0 << QByteArray() << false << "" << "windows-user" << "tray app";
        QTest::newRow("service active") << false << QByteArray("active\n") << 0 << QByteArray() << false << "/bin/bash" << "systemd" << "service is active";
        QTest::newRow("manual serve, zsh") << false << QByteArray("inactive\n") << 3
                                           << QByteArray("  1 root /sbin/init\n 4242 alice /usr/local/bin/ollama serve\n")
                                           << true << "/usr/bin/zsh" << "zshrc" << "pid 4242, user alice";
        QTest::newRow("manual serve, fish") << false << QByteArray("unknown\n") << 4 << QByteArray("77 bob ollama serve\n")
                                            << false << "/usr/bin/fish" << "fish" << "runs by hand";
        QTest::newRow("ollama run is not a server") << false << QByteArray("inactive\n") << 3 << QByteArray("77 bob ollama run llama3\n")
                                                    << false << "/bin/bash" << "bashrc" << "no Ollama service";
        QTest::newRow("installed, stopped") << false << QByteArray("inactive\n") << 3 << QByteArray("1 root init\n")
                                            << true << "/bin/bash" << "systemd" << "though it is not running now";
        QTest::newRow("nothing, sh") << false << QByteArray("inactive\n") << 3 << QByteArray() << false << "/bin/sh" << "profile" << "/bin/sh";
        QTest::newRow("nothing, no shell") << false << QByteArray() << -1 << QByteArray() << false << "" << "bashrc" << "assuming bash";
        QTest::newRow("wsl, nothing here") << false << QByteArray("inactive\n") << 3 << QByteArray("1 root init\n") << false
                                           << "/bin/bash" << "bashrc" << "This is WSL2: if Ollama runs on Windows";
    }
    void decision()
    {
        QFETCH(bool, windows);
        QFETCH(QByteArray, systemctl);
        QFETCH(int, systemctlExit);
        QFETCH(QByteArray, ps);
        QFETCH(bool, unitFile);
        QFETCH(QString, shell);
        QFETCH(QString, target);
        QFETCH(QString, reason);
        QTemporaryDir root;
        if (unitFile) {
            QDir().mkpath(root.filePath(QStringLiteral("etc/systemd/system")));
            QFile f(root.filePath(QStringLiteral("etc/systemd/system/ollama.service")));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        ScriptedRunner runner;
        if (systemctlExit >= 0)
            runner.results.insert(QStringLiteral("systemctl"), ok(systemctl.constData(), systemctlExit));
        if (!ps.isEmpty())
            runner.results.insert(QStringLiteral("ps"), ok(ps.constData()));
        TargetProbeInput input;
        input.windows = windows;
        input.wsl = QString::fromLatin1(QTest::currentDataTag()).startsWith(QLatin1String("wsl"));
        input.roots.root = root.path();
        input.shell = shell;
        input.runner = &runner;
        const TargetDecision d = decideDefaultTarget(input);
        QCOMPARE(envTargetId(d.target), target);
        QVERIFY2(d.reason.contains(reason), qPrintable(d.reason));
    }

    void serverConfig()
    {
        const QByteArray log =
            "time=2026-01-01T00:00:00Z level=INFO source=routes.go:1951 msg=\"server config\" env=\"map[CUDA_VISIBLE_DEVICES: "
            "HIP_VISIBLE_DEVICES:-1 HSA_OVERRIDE_GFX_VERSION:10.3.0 OLLAMA_HOST:http://127.0.0.1:11434 OLLAMA_KEEP_ALIVE:5m0s "
            "OLLAMA_ORIGINS:[http://localhost https://localhost http://127.0.0.1:* app://*] OLLAMA_VULKAN:false "
            "ROCR_VISIBLE_DEVICES:NOT_A_DEVICE http_proxy: no_proxy:]\"\n"
            "time=2026-01-01T00:00:01Z level=INFO msg=\"inference compute\" id=0 library=ROCm\n"
            "noise\n"
            "time=2026-01-02T00:00:00Z level=INFO source=routes.go:1951 msg=\"server config\" env=\"map[OLLAMA_VULKAN:true OLLAMA_MODELS:/srv/a b]\"\n";
        const auto env = lastServerConfig(log);
        QVERIFY(env);
        QCOMPARE(env->value(QStringLiteral("OLLAMA_VULKAN")), QStringLiteral("true")); // the newest line wins
        QCOMPARE(env->value(QStringLiteral("OLLAMA_MODELS")), QStringLiteral("/srv/a b"));
        const auto first = parseServerConfigLine(QString::fromUtf8(log.split('\n').constFirst()));
        QVERIFY(first);
        QCOMPARE(first->value(QStringLiteral("OLLAMA_HOST")), QStringLiteral("http://127.0.0.1:11434"));
        QCOMPARE(first->value(QStringLiteral("OLLAMA_ORIGINS")), QStringLiteral("[http://localhost https://localhost http://127.0.0.1:* app://*]"));
        QCOMPARE(first->value(QStringLiteral("HIP_VISIBLE_DEVICES")), QStringLiteral("-1"));
        QCOMPARE(first->value(QStringLiteral("ROCR_VISIBLE_DEVICES")), QStringLiteral("NOT_A_DEVICE"));
        QVERIFY(first->contains(QStringLiteral("CUDA_VISIBLE_DEVICES")));
        QCOMPARE(first->value(QStringLiteral("CUDA_VISIBLE_DEVICES")), QString());
        QVERIFY(!lastServerConfig("msg=\"inference compute\"\n"));
        QVERIFY(!parseServerConfigLine(QStringLiteral("msg=\"server config\" env=\"garbage\"")));
    }

    void diffFormat()
    {
        QCOMPARE(unifiedDiff("a\n", "a\n", QStringLiteral("f"), QStringLiteral("f")), QString());
        QCOMPARE(unifiedDiff("1\n2\n3\n4\n5\n6\n7\n8\n", "1\n2\n3\n4\nX\n6\n7\n8\n", QStringLiteral("f"), QStringLiteral("f")),
                 QStringLiteral("--- f\n+++ f\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+X\n 6\n 7\n 8\n"));
        QCOMPARE(unifiedDiff("", "new\n", QStringLiteral("f"), QStringLiteral("f"), false, true),
                 QStringLiteral("--- /dev/null\n+++ f\n@@ -0,0 +1 @@\n+new\n"));
        QCOMPARE(unifiedDiff("a", "a\nb", QStringLiteral("f"), QStringLiteral("f")),
                 QStringLiteral("--- f\n+++ f\n@@ -1 +1,2 @@\n-a\n\\ No newline at end of file\n+a\n+b\n\\ No newline at end of file\n"));
    }

    /// GNU patch turns `before` into `after` with our diff, for random files.
    void diffAppliesWithPatch()
    {
        const QString patch = QStandardPaths::findExecutable(QStringLiteral("patch"));
        if (patch.isEmpty())
            QSKIP("patch not installed");
        QRandomGenerator rng(99u);
        QTemporaryDir dir;
        for (int round = 0; round < 30; ++round) {
            QByteArray before, after;
            const int n = rng.bounded(40);
            for (int i = 0; i < n; ++i) {
                const QByteArray line = "line " + QByteArray::number(rng.bounded(12)) + '\n';
                const int fate = rng.bounded(10);
                if (fate != 0)
                    before += line;
                if (fate != 1)
                    after += fate == 2 ? QByteArray("changed\n") : line;
            }
            if (rng.bounded(4) == 0 && !after.isEmpty())
                after.chop(1); // no final newline
            const QString file = dir.filePath(QStringLiteral("f%1").arg(round));
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(before);
            f.close();
            const QString diff = unifiedDiff(before, after, file, file);
            if (before == after) {
                QVERIFY(diff.isEmpty());
                continue;
            }
            QProcess p;
            p.start(patch, {QStringLiteral("-s"), QStringLiteral("-f"), file});
            p.write(diff.toUtf8());
            p.closeWriteChannel();
            QVERIFY(p.waitForFinished(20000));
            QVERIFY2(p.exitCode() == 0, qPrintable(diff + QString::fromUtf8(p.readAll())));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(f.readAll() == after, qPrintable(diff));
            f.close();
        }
    }
};

QTEST_GUILESS_MAIN(TestEnvSupport)
#include "tst_envsupport.moc"

// `ollama-gpu-setup env …` end to end, as a new user would run it, with temporary homes and roots.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

Run runProgram(const QString &program, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SHELL"), QStringLiteral("/bin/bash"));
    env.remove(QStringLiteral("XDG_STATE_HOME"));
    p.setProcessEnvironment(env);
    p.start(program, args);
    p.closeWriteChannel(); // stdin is not a terminal
    if (!p.waitForFinished(60000))
        qFatal("ollama-gpu-setup did not finish");
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}

Run run(const QStringList &args)
{
    return runProgram(QStringLiteral(OGS_APP_BINARY), args);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArrayLiteral("<missing>");
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

} // namespace

class TestEnvCli final : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_home, m_root;

    QStringList roots() const { return { QStringLiteral("--home"), m_home, QStringLiteral("--root"), m_root }; }
    QString bashrc() const { return m_home + QStringLiteral("/.bashrc"); }

private slots:
    void init()
    {
        static int n = 0;
        m_home = m_dir.filePath(QStringLiteral("home%1").arg(n));
        m_root = m_dir.filePath(QStringLiteral("root%1").arg(n++));
        QDir().mkpath(m_home);
        QDir().mkpath(m_root);
    }

    void help()
    {
        const Run r = run({ QStringLiteral("env"), QStringLiteral("--help") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QLatin1String("Usage: ollama-gpu-setup env")));
        for (const char *s : { "env status", "env plan", "env apply", "env undo", "HSA_OVERRIDE_GFX_VERSION",
                 "--allow-network-exposure", "--target" })
            QVERIFY2(r.out.contains(QLatin1String(s)), s);
        QVERIFY(run({ QStringLiteral("--help") }).out.contains(QLatin1String("env ")));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no action") << QStringList { QStringLiteral("env") } << "missing action";
        QTest::newRow("bad action") << QStringList { QStringLiteral("env"), QStringLiteral("aply") }
                                    << "unknown action 'aply'";
        QTest::newRow("option first") << QStringList { QStringLiteral("env"), QStringLiteral("--set"),
            QStringLiteral("A=1") } << "the first argument must be";
        QTest::newRow("nothing to do") << QStringList { QStringLiteral("env"), QStringLiteral("plan") }
                                       << "nothing to do";
        QTest::newRow("set without =") << QStringList { QStringLiteral("env"), QStringLiteral("plan"),
            QStringLiteral("--set"), QStringLiteral("OLLAMA_VULKAN") }
                                       << "--set 'OLLAMA_VULKAN': expected KEY=VALUE";
        QTest::newRow("set twice") << QStringList { QStringLiteral("env"), QStringLiteral("plan"),
            QStringLiteral("--set"), QStringLiteral("OLLAMA_VULKAN=1"), QStringLiteral("--set"),
            QStringLiteral("OLLAMA_VULKAN=0") }
                                   << "OLLAMA_VULKAN is given twice";
        QTest::newRow("set and unset") << QStringList { QStringLiteral("env"), QStringLiteral("plan"),
            QStringLiteral("--set"), QStringLiteral("OLLAMA_VULKAN=1"), QStringLiteral("--unset"),
            QStringLiteral("OLLAMA_VULKAN") }
                                       << "OLLAMA_VULKAN is both set and unset";
        QTest::newRow("unknown key") << QStringList { QStringLiteral("env"), QStringLiteral("plan"),
            QStringLiteral("--set"), QStringLiteral("LD_PRELOAD=/x.so") }
                                     << "LD_PRELOAD is not a variable";
        QTest::newRow("bad value") << QStringList { QStringLiteral("env"), QStringLiteral("plan"),
            QStringLiteral("--set"), QStringLiteral("HSA_OVERRIDE_GFX_VERSION=gfx1031") }
                                   << "for gfx1031 write 10.3.1";
        QTest::newRow("unknown target") << QStringList { QStringLiteral("env"), QStringLiteral("plan"),
            QStringLiteral("--set"), QStringLiteral("OLLAMA_VULKAN=1"), QStringLiteral("--target"),
            QStringLiteral("cshrc") } << "--target: unknown target 'cshrc'";
        QTest::newRow("home missing") << QStringList { QStringLiteral("env"), QStringLiteral("status"),
            QStringLiteral("--home"), QStringLiteral("/nonexistent/home") }
                                      << "--home: '/nonexistent/home' is not a directory";
        QTest::newRow("set on status") << QStringList { QStringLiteral("env"), QStringLiteral("status"),
            QStringLiteral("--set"), QStringLiteral("OLLAMA_VULKAN=1") }
                                       << "--set only goes with plan or apply";
        QTest::newRow("yes on plan") << QStringList { QStringLiteral("env"), QStringLiteral("plan"),
            QStringLiteral("--yes"), QStringLiteral("--set"), QStringLiteral("OLLAMA_VULKAN=1") }
                                     << "--yes only goes with apply or undo";
        QTest::newRow("stray") << QStringList { QStringLiteral("env"), QStringLiteral("status"), QStringLiteral("now") }
                               << "unexpected argument 'now'";
        QTest::newRow("path not offered") << QStringList { QStringLiteral("env"), QStringLiteral("plan"),
            QStringLiteral("--path"), QStringLiteral("ollama-for-amd-on-linux") }
                                          << "is not a path recommended for this machine (offered: best";
        QTest::newRow("windows target on linux") << QStringList { QStringLiteral("env"), QStringLiteral("plan"),
            QStringLiteral("--target"), QStringLiteral("windows-user"), QStringLiteral("--set"),
            QStringLiteral("OLLAMA_VULKAN=1") } << "only available on Windows";
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        if (args.size() > 1 && args.at(1) != QLatin1String("--set"))
            args << QStringList { QStringLiteral("--home"), m_home, QStringLiteral("--root"), m_root }.mid(
                args.contains(QStringLiteral("--home")) ? 2 : 0);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFileInfo::exists(bashrc()));
    }

    void applyNeedsYesWithoutTerminal()
    {
        writeAll(bashrc(), "# mine\n");
        const Run r = run(QStringList { QStringLiteral("env"), QStringLiteral("apply"), QStringLiteral("--set"),
                              QStringLiteral("OLLAMA_VULKAN=1") }
            + roots());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("refusing to apply without --yes")), qPrintable(r.err));
        QCOMPARE(readAll(bashrc()), QByteArray("# mine\n"));
    }

    void networkExposureNeedsConsent()
    {
        const QStringList base = QStringList { QStringLiteral("env"), QStringLiteral("apply"), QStringLiteral("--yes"),
            QStringLiteral("--set"), QStringLiteral("OLLAMA_HOST=0.0.0.0") }
            + roots();
        const Run refused = run(base);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains(QLatin1String("no authentication")));
        QVERIFY(refused.err.contains(QLatin1String("vEthernet (WSL)")));
        QVERIFY(!QFileInfo::exists(bashrc()));
        const Run allowed = run(base + QStringList { QStringLiteral("--allow-network-exposure") });
        QCOMPARE(allowed.exitCode, 0);
        QVERIFY(readAll(bashrc()).contains("export OLLAMA_HOST='0.0.0.0'\n"));
    }

    void planApplyStatusUndo()
    {
        writeAll(bashrc(), "# mine\r\nexport PATH=\"$HOME/bin:$PATH\"");
        const QByteArray original = readAll(bashrc());
        const QStringList set { QStringLiteral("--set"), QStringLiteral("OLLAMA_VULKAN=1"), QStringLiteral("--set"),
            QStringLiteral("OLLAMA_GPU_OVERHEAD=512MiB") };

        const Run plan = run(
            QStringList { QStringLiteral("env"), QStringLiteral("plan"), QStringLiteral("--json") } + set + roots());
        QCOMPARE(plan.exitCode, 0);
        const QJsonObject p = plan.json();
        QCOMPARE(p.value(QStringLiteral("target")).toString(), QStringLiteral("bashrc"));
        QVERIFY(p.value(QStringLiteral("changes")).toBool());
        QCOMPARE(p.value(QStringLiteral("set")).toObject().value(QStringLiteral("OLLAMA_GPU_OVERHEAD")).toString(),
            QStringLiteral("536870912"));
        QVERIFY(p.value(QStringLiteral("target_reason")).toString().contains(QLatin1String("bash")));
        const QString diff
            = p.value(QStringLiteral("files")).toArray().at(0).toObject().value(QStringLiteral("diff")).toString();
        QVERIFY2(diff.contains(QLatin1String("+export OLLAMA_VULKAN='1'\n")), qPrintable(diff));
        QCOMPARE(readAll(bashrc()), original); // planning touches nothing

        const Run applied = run(
            QStringList { QStringLiteral("env"), QStringLiteral("apply"), QStringLiteral("--yes") } + set + roots());
        QCOMPARE(applied.exitCode, 0);
        // The hint carries the options that chose the files, so copying it undoes this apply.
        QVERIFY2(applied.out.contains(
                     QStringLiteral("Undo with: ollama-gpu-setup env undo --home %1 --root %2\n").arg(m_home, m_root)),
            qPrintable(applied.out));
        const QByteArray after = readAll(bashrc());
        QVERIFY(after.startsWith(QByteArray(original + "\r\n# >>> ollama-gpu-setup >>>\r\n")));
        QVERIFY(after.endsWith("# <<< ollama-gpu-setup <<<")); // no final newline, like the original

        const Run again = run(
            QStringList { QStringLiteral("env"), QStringLiteral("apply"), QStringLiteral("--yes") } + set + roots());
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains(QLatin1String("Nothing to change")));
        QCOMPARE(readAll(bashrc()), after);

        QDir().mkpath(m_dir.filePath(QStringLiteral("logs")));
        const QString log = m_dir.filePath(QStringLiteral("logs/server.log"));
        writeAll(log, "level=INFO msg=\"server config\" env=\"map[OLLAMA_GPU_OVERHEAD:0 OLLAMA_VULKAN:1]\"\n");
        const Run status = run(QStringList { QStringLiteral("env"), QStringLiteral("status"), QStringLiteral("--json"),
                                   QStringLiteral("--log"), log }
            + roots());
        QCOMPARE(status.exitCode, 0);
        const QJsonObject s = status.json();
        const QJsonObject values
            = s.value(QStringLiteral("targets")).toArray().at(0).toObject().value(QStringLiteral("values")).toObject();
        QCOMPARE(values.value(QStringLiteral("OLLAMA_VULKAN")).toString(), QStringLiteral("1"));
        QVERIFY(s.value(QStringLiteral("server_env_known")).toBool());
        const QString notes = s.value(QStringLiteral("notes")).toVariant().toStringList().join(QLatin1Char('\n'));
        QVERIFY2(notes.contains(QLatin1String(
                     "OLLAMA_GPU_OVERHEAD=536870912 is set in bashrc, but the running Ollama has '0': restart Ollama")),
            qPrintable(notes));
        QVERIFY(!notes.contains(QLatin1String("OLLAMA_VULKAN=1 is set")));
        QCOMPARE(s.value(QStringLiteral("history")).toArray().size(), 1);

        const Run text
            = run(QStringList { QStringLiteral("env"), QStringLiteral("status"), QStringLiteral("--all") } + roots());
        QCOMPARE(text.exitCode, 0);
        for (const char *t : { "systemd:", "bashrc:", "profile:", "zshrc:", "fish:", "etc-environment:" })
            QVERIFY2(text.out.contains(QLatin1String(t)), t);

        const Run undo = run(QStringList { QStringLiteral("env"), QStringLiteral("undo") } + roots());
        QCOMPARE(undo.exitCode, 0);
        QCOMPARE(readAll(bashrc()), original);
        const Run nothing = run(QStringList { QStringLiteral("env"), QStringLiteral("undo") } + roots());
        QCOMPARE(nothing.exitCode, 1);
        QVERIFY(nothing.err.contains(QLatin1String("nothing to undo")));
    }

    void applyChecksTheReviewedPlan()
    {
        writeAll(bashrc(), "# v1\n");
        const QStringList set { QStringLiteral("--set"), QStringLiteral("OLLAMA_VULKAN=1") };
        const Run plan = run(
            QStringList { QStringLiteral("env"), QStringLiteral("plan"), QStringLiteral("--json") } + set + roots());
        const QString sha = plan.json()
                                .value(QStringLiteral("files"))
                                .toArray()
                                .at(0)
                                .toObject()
                                .value(QStringLiteral("before_sha256"))
                                .toString();
        QCOMPARE(sha.size(), 64);
        writeAll(bashrc(), "# v2, edited after the review\n");
        const Run refused = run(QStringList { QStringLiteral("env"), QStringLiteral("apply"), QStringLiteral("--yes"),
                                    QStringLiteral("--expect-sha256"), sha }
            + set + roots());
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("changed since the plan was made")), qPrintable(refused.err));
        QCOMPARE(readAll(bashrc()), QByteArray("# v2, edited after the review\n"));
        writeAll(bashrc(), "# v1\n");
        const Run applied = run(QStringList { QStringLiteral("env"), QStringLiteral("apply"), QStringLiteral("--yes"),
                                    QStringLiteral("--expect-sha256"), sha }
            + set + roots());
        QCOMPARE(applied.exitCode, 0);
        QVERIFY(readAll(bashrc()).contains("export OLLAMA_VULKAN='1'"));
        // For a file that does not exist yet the plan says "absent".
        const Run zsh = run(QStringList { QStringLiteral("env"), QStringLiteral("apply"), QStringLiteral("--yes"),
                                QStringLiteral("--target"), QStringLiteral("zshrc"), QStringLiteral("--expect-sha256"),
                                QStringLiteral("absent") }
            + set + roots());
        QCOMPARE(zsh.exitCode, 0);
    }

    /// Issue #20: concurrent applies of different keys to one file lose nothing (before: 1–3 of 5
    /// keys survived and two applies took the same journal id), and undo --all restores the
    /// original bytes. Repeated, because a race that shows in some runs must show in none.
    void concurrentAppliesLoseNothing()
    {
        const QStringList sets { QStringLiteral("OLLAMA_VULKAN=1"), QStringLiteral("OLLAMA_IGPU_ENABLE=1"),
            QStringLiteral("HSA_ENABLE_DXG_DETECTION=1"), QStringLiteral("OLLAMA_FLASH_ATTENTION=1"),
            QStringLiteral("OLLAMA_SCHED_SPREAD=1"), QStringLiteral("OLLAMA_NOPRUNE=1"),
            QStringLiteral("OLLAMA_NOHISTORY=1"), QStringLiteral("OLLAMA_NO_CLOUD=1"),
            QStringLiteral("OLLAMA_CONTEXT_LENGTH=4096"), QStringLiteral("OLLAMA_NUM_PARALLEL=2"),
            QStringLiteral("OLLAMA_MAX_LOADED_MODELS=1"), QStringLiteral("OLLAMA_MAX_QUEUE=64"),
            QStringLiteral("OLLAMA_MAX_TRANSFER_STREAMS=4"), QStringLiteral("ROCR_VISIBLE_DEVICES=0"),
            QStringLiteral("HIP_VISIBLE_DEVICES=0"), QStringLiteral("CUDA_VISIBLE_DEVICES=0"),
            QStringLiteral("OLLAMA_KV_CACHE_TYPE=q8_0"), QStringLiteral("OLLAMA_DEBUG=1"),
            QStringLiteral("OLLAMA_KEEP_ALIVE=10m"), QStringLiteral("OLLAMA_LOAD_TIMEOUT=10m") };
        QCOMPARE(sets.size(), 20);
        const QByteArray original = "# the user's own lines\nalias ll='ls -l'\n";
        const QString state = m_dir.filePath(QStringLiteral("concurrent-state"));
        for (int round = 0; round < 3; ++round) {
            writeAll(bashrc(), original);
            std::vector<std::unique_ptr<QProcess>> running;
            for (const QString &set : sets) {
                auto p = std::make_unique<QProcess>();
                p->start(QStringLiteral(OGS_APP_BINARY),
                    QStringList { QStringLiteral("env"), QStringLiteral("apply"), QStringLiteral("--yes"),
                        QStringLiteral("--target"), QStringLiteral("bashrc"), QStringLiteral("--state-dir"), state,
                        QStringLiteral("--set"), set }
                        + roots());
                running.push_back(std::move(p));
            }
            for (auto &p : running) {
                QVERIFY(p->waitForFinished(120000));
                QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
            }
            const QByteArray after = readAll(bashrc());
            QVERIFY(after.startsWith(original));
            for (const QString &set : sets) {
                const QByteArray line = "export " + set.section(QLatin1Char('='), 0, 0).toUtf8() + "='";
                QVERIFY2(after.contains(line), qPrintable(QStringLiteral("round %1 lost %2").arg(round).arg(set)));
            }
            const QStringList ids = QDir(state + QStringLiteral("/env-journal")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
            QCOMPARE(ids.size(), 20 * (round + 1)); // one entry each, no id shared
            const Run undone = run(QStringList { QStringLiteral("env"), QStringLiteral("undo"), QStringLiteral("--all"),
                                       QStringLiteral("--state-dir"), state }
                + roots());
            QVERIFY2(undone.exitCode == 0, qPrintable(undone.err));
            QCOMPARE(readAll(bashrc()), original);
        }
    }

    void profileShadowedByBashProfile()
    {
        writeAll(m_home + QStringLiteral("/.bash_profile"), "# no source of .profile\n");
        const Run r = run(QStringList { QStringLiteral("env"), QStringLiteral("plan"), QStringLiteral("--target"),
                              QStringLiteral("profile"), QStringLiteral("--set"), QStringLiteral("OLLAMA_VULKAN=1") }
            + roots());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String(".bash_profile exists, so bash login shells read it instead")),
            qPrintable(r.out));
    }

    void systemdUnderRootIsNotRestarted()
    {
        const Run r = run(QStringList { QStringLiteral("env"), QStringLiteral("apply"), QStringLiteral("--yes"),
                              QStringLiteral("--target"), QStringLiteral("systemd"), QStringLiteral("--set"),
                              QStringLiteral("OLLAMA_LLM_LIBRARY=vulkan"), QStringLiteral("--set"),
                              QStringLiteral("ROCR_VISIBLE_DEVICES=NOT_A_DEVICE") }
            + roots());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("Not restarting (--root or --no-restart)")), qPrintable(r.out));
        QVERIFY(readAll(m_root + QStringLiteral("/etc/systemd/system/ollama.service.d/ollama-gpu-setup.conf"))
                    .contains("[Service]\nEnvironment=\"OLLAMA_LLM_LIBRARY=vulkan\"\n"));
    }

    /// Undo of a systemd change restarts the service like apply does; under --root it says what to run.
    void systemdUndoSaysHowToRestart()
    {
        const QString dropIn = m_root + QStringLiteral("/etc/systemd/system/ollama.service.d/ollama-gpu-setup.conf");
        const Run applied = run(QStringList { QStringLiteral("env"), QStringLiteral("apply"), QStringLiteral("--yes"),
                                    QStringLiteral("--target"), QStringLiteral("systemd"), QStringLiteral("--set"),
                                    QStringLiteral("OLLAMA_VULKAN=1") }
            + roots());
        QCOMPARE(applied.exitCode, 0);
        QVERIFY(QFileInfo::exists(dropIn));
        const Run undone
            = run(QStringList { QStringLiteral("env"), QStringLiteral("undo"), QStringLiteral("--yes") } + roots());
        QCOMPARE(undone.exitCode, 0);
        QVERIFY(!QFileInfo::exists(dropIn));
        // The drop-in did not exist before: it was deleted, and the output says so (not "Restored").
        QVERIFY2(undone.out.contains(QStringLiteral("Removed %1 (ollama-gpu-setup had created it)").arg(dropIn)),
            qPrintable(undone.out));
        QVERIFY2(undone.out.contains(QLatin1String("Not restarting (--root or --no-restart); run: sudo systemctl "
                                                   "daemon-reload && sudo systemctl restart ollama")),
            qPrintable(undone.out));
        // A shell rc undo has nothing to restart: no such line.
        const Run bash = run(QStringList { QStringLiteral("env"), QStringLiteral("apply"), QStringLiteral("--yes"),
                                 QStringLiteral("--target"), QStringLiteral("bashrc"), QStringLiteral("--set"),
                                 QStringLiteral("OLLAMA_VULKAN=1") }
            + roots());
        QCOMPARE(bash.exitCode, 0);
        const Run bashUndone
            = run(QStringList { QStringLiteral("env"), QStringLiteral("undo"), QStringLiteral("--yes") } + roots());
        QCOMPARE(bashUndone.exitCode, 0);
        QVERIFY2(!bashUndone.out.contains(QLatin1String("Not restarting")), qPrintable(bashUndone.out));
    }

    void defaultTargetFromUnitFile()
    {
        writeAll(m_root + QStringLiteral("/usr/lib/systemd/system/ollama.service"),
            "[Service]\nExecStart=/usr/bin/ollama serve\n");
        const Run r = run(QStringList { QStringLiteral("env"), QStringLiteral("plan"), QStringLiteral("--set"),
                              QStringLiteral("OLLAMA_VULKAN=1") }
            + roots());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QLatin1String("Target: systemd")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("installed as a systemd service")));
    }

    void etcEnvironmentRefusesWhatItCannotCarry()
    {
        writeAll(m_root + QStringLiteral("/etc/environment"), "PATH=\"/usr/bin\"\n");
        const Run r = run(QStringList { QStringLiteral("env"), QStringLiteral("apply"), QStringLiteral("--yes"),
                              QStringLiteral("--target"), QStringLiteral("etc-environment"), QStringLiteral("--set"),
                              QStringLiteral("OLLAMA_MODELS=/srv/it's") }
            + roots());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("cannot be written safely")), qPrintable(r.err));
        QCOMPARE(readAll(m_root + QStringLiteral("/etc/environment")), QByteArray("PATH=\"/usr/bin\"\n"));
    }

    /// A real permission error: run as an unprivileged user against a home it cannot write.
    void permissionDeniedLeavesEverything()
    {
#if defined(Q_OS_UNIX)
        writeAll(bashrc(), "# root's file\n");
        const QString state = m_dir.filePath(QStringLiteral("state-nobody"));
        QDir().mkpath(state);
        QFile::setPermissions(state, QFile::Permissions(0x7777));
        QFile::setPermissions(m_dir.path(), QFile::Permissions(0x7755));
        QStringList args = QStringList { QStringLiteral("env"), QStringLiteral("apply"), QStringLiteral("--yes"),
            QStringLiteral("--state-dir"), state, QStringLiteral("--set"), QStringLiteral("OLLAMA_VULKAN=1") }
            + roots();
        Run r;
        if (::geteuid() == 0) {
            const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
            if (setpriv.isEmpty())
                QSKIP("running as root without setpriv: cannot drop privileges");
            r = runProgram(setpriv,
                QStringList { QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                    QStringLiteral("--clear-groups"), QStringLiteral(OGS_APP_BINARY) }
                    + args);
        } else {
            QFile::setPermissions(m_home, QFile::ReadOwner | QFile::ExeOwner);
            QFile::setPermissions(bashrc(), QFile::ReadOwner);
            r = run(args);
            QFile::setPermissions(m_home, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("cannot write")) && r.err.contains(QLatin1String("nothing was changed")),
            qPrintable(r.err));
        QCOMPARE(readAll(bashrc()), QByteArray("# root's file\n"));
        QVERIFY(QDir(state + QStringLiteral("/env-journal")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
#else
        QSKIP("Unix only");
#endif
    }

    // The systemd drop-in on the real system, as a normal user: the CLI asks the helper through pkexec.
    // A pkexec that refuses (126: dismissed/not authorised, 127: authentication failed) or is missing
    // must leave /etc and the journal untouched. Nothing here can reach the real /etc: the fake pkexec
    // never starts the helper.
    void pkexecRefusedLeavesEverything_data()
    {
        QTest::addColumn<QString>("pkexecScript"); // empty: no pkexec on PATH
        QTest::addColumn<QString>("message");
        QTest::newRow("dismissed (126)") << QStringLiteral("#!/bin/sh\nexit 126\n")
                                         << QStringLiteral("not authorised; nothing was changed");
        QTest::newRow("auth failed (127)")
            << QStringLiteral("#!/bin/sh\nexit 127\n") << QStringLiteral("not authorised; nothing was changed");
        QTest::newRow("pkexec missing")
            << QString()
            << QStringLiteral("pkexec (polkit) is not installed: run the command with sudo; nothing was changed");
    }
    void pkexecRefusedLeavesEverything()
    {
#if defined(Q_OS_LINUX)
        QFETCH(QString, pkexecScript);
        QFETCH(QString, message);
        const QString dropIn = QStringLiteral("/etc/systemd/system/ollama.service.d");
        const QStringList before = QDir(dropIn).entryList(QDir::Files);
        const QString bin = m_dir.filePath(
            QStringLiteral("fakebin%1").arg(QString::fromLatin1(QTest::currentDataTag()).remove(QLatin1Char(' '))));
        QDir().mkpath(bin);
        if (!pkexecScript.isEmpty()) {
            writeAll(bin + QStringLiteral("/pkexec"), pkexecScript.toUtf8());
            QFile::setPermissions(bin + QStringLiteral("/pkexec"), QFile::Permissions(0x7755));
        }
        QFile::setPermissions(m_dir.path(), QFile::Permissions(0x7755));
        QFile::setPermissions(bin, QFile::Permissions(0x7755));
        QFile::setPermissions(m_home, QFile::Permissions(0x7777));
        const QStringList args { QStringLiteral("env"), QStringLiteral("apply"), QStringLiteral("--yes"),
            QStringLiteral("--no-restart"), QStringLiteral("--target"), QStringLiteral("systemd"),
            QStringLiteral("--home"), m_home, QStringLiteral("--set"), QStringLiteral("OLLAMA_VULKAN=1") };
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"), bin + QStringLiteral(":/nonexistent"));
        env.remove(QStringLiteral("XDG_STATE_HOME"));
        p.setProcessEnvironment(env);
        if (::geteuid() == 0) {
            const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
            if (setpriv.isEmpty())
                QSKIP("running as root without setpriv: cannot drop privileges");
            p.start(setpriv,
                QStringList { QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                    QStringLiteral("--clear-groups"), QStringLiteral(OGS_APP_BINARY) }
                    + args);
        } else {
            p.start(QStringLiteral(OGS_APP_BINARY), args);
        }
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.contains(message), qPrintable(err));
        QCOMPARE(QDir(dropIn).entryList(QDir::Files), before);
        QVERIFY(QDir(m_home + QStringLiteral("/.local/state/ollama-gpu-setup/env-journal"))
                    .entryList(QDir::Dirs | QDir::NoDotAndDotDot)
                    .isEmpty());
#else
        QSKIP("pkexec is Linux only");
#endif
    }
};

QTEST_GUILESS_MAIN(TestEnvCli)
#include "tst_envcli.moc"

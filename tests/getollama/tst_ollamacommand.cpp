// `ollama-gpu-setup ollama …` end to end: the real binary against fixture roots and the loopback
// release server. Nothing here reaches a step that runs a program as root.
#include "releasefeedserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using ogs::test::FeedFault;
using ogs::test::ReleaseFeedServer;

namespace {

struct Result {
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

/// Runs the binary without blocking the event loop, so the in-process server can answer.
Result run(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("OLLAMA_HOST"));
    env.remove(QStringLiteral("LOCALAPPDATA"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(OGS_APP_BINARY), args);
    if (!p.waitForStarted(5000))
        return {};
    p.closeWriteChannel();
    QElapsedTimer t;
    t.start();
    while (p.state() != QProcess::NotRunning && t.elapsed() < 60000)
        QTest::qWait(10);
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished(1000);
        return {};
    }
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}

QString deadHost()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return {};
    const QString host = QStringLiteral("127.0.0.1:%1").arg(probe.serverPort());
    probe.close();
    return host;
}

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

QStringList stepKinds(const QJsonObject &plan)
{
    QStringList kinds;
    const QJsonArray steps = plan.value(QStringLiteral("steps")).toArray();
    for (const QJsonValue &s : steps)
        kinds << s.toObject().value(QStringLiteral("kind")).toString();
    return kinds;
}

} // namespace

class TestOllamaCommand final : public QObject {
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_host;

    QString root() const { return m_dir->path() + QStringLiteral("/root"); }
    QString downloads() const { return m_dir->path() + QStringLiteral("/downloads"); }
    QStringList common() const
    {
        return { QStringLiteral("--root"), root(), QStringLiteral("--host"), m_host, QStringLiteral("--download-dir"), downloads() };
    }
    void installOllama(const char *version)
    {
        writeFile(root() + QStringLiteral("/usr/local/bin/ollama"),
            QByteArray("#!/bin/sh\necho 'Warning: could not connect to a running Ollama instance' >&2\n"
                       "echo 'Warning: client version is ")
                + version + "' >&2\n",
            true);
    }

private slots:
    void init()
    {
#if defined(Q_OS_WIN)
        QSKIP("the fixtures are Linux installs (shell scripts as ollama)");
#endif
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_host = deadHost();
        writeFile(root() + QStringLiteral("/etc/os-release"), "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nID=debian\n");
    }

    void status()
    {
        Result none = run(QStringList { QStringLiteral("ollama"), QStringLiteral("status"), QStringLiteral("--json") } + common());
        QCOMPARE(none.exitCode, 0);
        QCOMPARE(none.json().value(QStringLiteral("status")).toObject().value(QStringLiteral("installed")).toBool(), false);

        installOllama("0.11.4");
        Result r = run(QStringList { QStringLiteral("ollama"), QStringLiteral("status"), QStringLiteral("--json") } + common());
        QCOMPARE(r.exitCode, 0);
        const QJsonObject s = r.json().value(QStringLiteral("status")).toObject();
        QCOMPARE(s.value(QStringLiteral("installed")).toBool(), true);
        QCOMPARE(s.value(QStringLiteral("executable")).toString(), root() + QStringLiteral("/usr/local/bin/ollama"));
        // PATH entries are looked up under --root too; /usr/local/bin is on every usual PATH.
        QVERIFY(QStringList({ QStringLiteral("PATH"), QStringLiteral("/usr/local/bin") }).contains(s.value(QStringLiteral("found_by")).toString()));
        QCOMPARE(s.value(QStringLiteral("version")).toString(), QStringLiteral("0.11.4"));
        QCOMPARE(s.value(QStringLiteral("build")).toString(), QStringLiteral("official"));
        QCOMPARE(s.value(QStringLiteral("running")).toBool(), false);

        Result text = run(QStringList { QStringLiteral("ollama"), QStringLiteral("status") } + common());
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("Ollama: 0.11.4 (official)")), qPrintable(text.out));
    }

    void planForVulkanOnDebian()
    {
        installOllama("0.11.4");
        Result r = run(QStringList { QStringLiteral("ollama"), QStringLiteral("plan"), QStringLiteral("--path"),
                           QStringLiteral("vulkan"), QStringLiteral("--json") }
            + common());
        QCOMPARE(r.exitCode, 0);
        const QJsonObject plan = r.json().value(QStringLiteral("plan")).toObject();
        QCOMPARE(plan.value(QStringLiteral("action")).toString(), QStringLiteral("update"));
        QCOMPARE(plan.value(QStringLiteral("reason")).toString(), QStringLiteral("Ollama 0.11.4 has no Vulkan backend; 0.12.11 or newer does."));
        QCOMPARE(plan.value(QStringLiteral("method")).toString(), QStringLiteral("script"));
        QCOMPARE(stepKinds(plan), (QStringList { QStringLiteral("download"), QStringLiteral("show"), QStringLiteral("run"), QStringLiteral("wait") }));
        QCOMPARE(plan.value(QStringLiteral("steps")).toArray().at(0).toObject().value(QStringLiteral("path")).toString(),
            downloads() + QStringLiteral("/install.sh"));
        QVERIFY(!QFileInfo::exists(downloads())); // plan downloads nothing

        Result text = run(QStringList { QStringLiteral("ollama"), QStringLiteral("plan"), QStringLiteral("--path"), QStringLiteral("vulkan") } + common());
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("update: Ollama 0.11.4 has no Vulkan backend; 0.12.11 or newer does.")), qPrintable(text.out));
    }

    void planForVulkanOnArch()
    {
        writeFile(root() + QStringLiteral("/etc/os-release"), "NAME=\"Arch Linux\"\nID=arch\nPRETTY_NAME=\"Arch Linux\"\n");
        Result r = run(QStringList { QStringLiteral("ollama"), QStringLiteral("plan"), QStringLiteral("--path"),
                           QStringLiteral("vulkan"), QStringLiteral("--json") }
            + common());
        QCOMPARE(r.exitCode, 0);
        const QJsonObject plan = r.json().value(QStringLiteral("plan")).toObject();
        QCOMPARE(plan.value(QStringLiteral("action")).toString(), QStringLiteral("install"));
        QCOMPARE(plan.value(QStringLiteral("method")).toString(), QStringLiteral("package"));
        const QJsonArray args = plan.value(QStringLiteral("steps")).toArray().at(0).toObject().value(QStringLiteral("arguments")).toArray();
        QVERIFY(args.contains(QStringLiteral("ollama-vulkan")));
        Result rocm = run(QStringList { QStringLiteral("ollama"), QStringLiteral("plan"), QStringLiteral("--path"), QStringLiteral("rocm"),
                              QStringLiteral("--json") }
            + common());
        QVERIFY(rocm.json().value(QStringLiteral("plan")).toObject().value(QStringLiteral("steps")).toArray().at(0).toObject()
                    .value(QStringLiteral("arguments")).toArray().contains(QStringLiteral("ollama-rocm")));
    }

    void updateReadsTheFeed()
    {
        installOllama("0.12.11");
        ReleaseFeedServer server;
        QVERIFY(server.listen());
        server.publishRelease(QStringLiteral("/latest"), QStringLiteral("v0.13.1"), {});
        const QStringList args = QStringList { QStringLiteral("ollama"), QStringLiteral("update"), QStringLiteral("--feed"),
                                     server.url(QStringLiteral("/latest")).toString() }
            + common();
        Result r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.contains(QStringLiteral("update: Ollama 0.12.11 is installed; 0.13.1 is the newest release.")), qPrintable(r.out));
        QVERIFY2(r.err.contains(QStringLiteral("refusing to update without --yes")), qPrintable(r.err));
        QVERIFY(server.requestedPaths().contains(QStringLiteral("/latest")));

        server.publishRelease(QStringLiteral("/latest"), QStringLiteral("v0.12.11"), {});
        Result current = run(args);
        QCOMPARE(current.exitCode, 0);
        QVERIFY2(current.out.contains(QStringLiteral("nothing to change")), qPrintable(current.out));

        server.setFault(QStringLiteral("/latest"), FeedFault::NotFound);
        Result missing = run(args);
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QStringLiteral("cannot read the release feed")) && missing.err.contains(QStringLiteral("HTTP 404")),
            qPrintable(missing.err));
    }

    void failedDownloadRunsNothing()
    {
        ReleaseFeedServer server;
        QVERIFY(server.listen());
        Result r = run(QStringList { QStringLiteral("ollama"), QStringLiteral("install"), QStringLiteral("--yes"), QStringLiteral("--json"),
                           QStringLiteral("--script-url"), server.url(QStringLiteral("/install.sh")).toString() }
            + common());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("download failed, nothing was run")) && r.err.contains(QStringLiteral("HTTP 404")),
            qPrintable(r.err));
        const QJsonObject json = r.json();
        QCOMPARE(json.value(QStringLiteral("executed")).toBool(), false);
        QCOMPARE(json.value(QStringLiteral("steps_done")).toInt(), 0);
        QVERIFY(QDir(downloads()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    void interruptRemovesThePartialFile()
    {
        ReleaseFeedServer server;
        QVERIFY(server.listen());
        server.setFile(QStringLiteral("/install.sh"), QByteArray(512 * 1024, '#'));
        server.setFault(QStringLiteral("/install.sh"), FeedFault::Slow);
        server.setSlowPace(2048, 20);
        QProcess p;
        p.start(QStringLiteral(OGS_APP_BINARY),
            QStringList { QStringLiteral("ollama"), QStringLiteral("install"), QStringLiteral("--yes"), QStringLiteral("--script-url"),
                server.url(QStringLiteral("/install.sh")).toString() }
                + common());
        QVERIFY(p.waitForStarted(5000));
        const QString part = downloads() + QStringLiteral("/install.sh.part");
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(part), 20000);
        p.terminate(); // SIGTERM, handled like Ctrl-C
        QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 20000);
        QCOMPARE(p.exitCode(), 1);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("cancelled after 0 of 4 steps; a partial download was removed")), qPrintable(err));
        QVERIFY(QDir(downloads()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    void refusals()
    {
        Result fork = run(QStringList { QStringLiteral("ollama"), QStringLiteral("switch"), QStringLiteral("--build"),
                              QStringLiteral("ollama-for-amd") }
            + common());
        QCOMPARE(fork.exitCode, 1);
        QVERIFY2(fork.err.contains(QStringLiteral("ollama-for-amd is built for Windows only")), qPrintable(fork.err));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no action") << QStringList {} << QStringLiteral("say status, plan, install, update or switch");
        QTest::newRow("build") << QStringList { QStringLiteral("plan"), QStringLiteral("--build"), QStringLiteral("fork") }
                               << QStringLiteral("--build must be official or ollama-for-amd, not 'fork'");
        QTest::newRow("version") << QStringList { QStringLiteral("plan"), QStringLiteral("--version"), QStringLiteral("latest") }
                                 << QStringLiteral("--version must look like 0.12.11, not 'latest'");
        QTest::newRow("path") << QStringList { QStringLiteral("plan"), QStringLiteral("--path"), QStringLiteral("metal") }
                              << QStringLiteral("unknown --path 'metal'");
        QTest::newRow("yes with plan") << QStringList { QStringLiteral("plan"), QStringLiteral("--yes") }
                                       << QStringLiteral("--yes only goes with install, update or switch");
        QTest::newRow("feed") << QStringList { QStringLiteral("plan"), QStringLiteral("--feed"), QStringLiteral("ftp://x/y") }
                              << QStringLiteral("--feed must be an http(s) address");
        QTest::newRow("root") << QStringList { QStringLiteral("status"), QStringLiteral("--root"), QStringLiteral("/nonexistent/x") }
                              << QStringLiteral("--root");
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        Result r = run(QStringList { QStringLiteral("ollama") } + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
    }
};

QTEST_GUILESS_MAIN(TestOllamaCommand)
#include "tst_ollamacommand.moc"

#include "unzip.h"

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

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

using ogs::test::Unzip;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

/// The program with `args`, as `nobody` when `unprivileged` and this runs as root (root writes anywhere).
Run run(const QStringList &args, bool unprivileged = false)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OLLAMA_HOST"), QStringLiteral("127.0.0.1:1")); // nothing answers
    env.insert(QStringLiteral("OLLAMA_API_KEY"), QStringLiteral("sk-very-secret"));
    env.insert(QStringLiteral("GITHUB_TOKEN"), QStringLiteral("ghp-very-secret"));
    env.insert(QStringLiteral("HSA_OVERRIDE_GFX_VERSION"), QStringLiteral("10.3.0"));
    QProcess p;
    p.setProcessEnvironment(env);
    QString program = QStringLiteral(OGS_APP_BINARY);
    QStringList arguments = args;
#if defined(Q_OS_UNIX)
    if (unprivileged && ::geteuid() == 0) {
        arguments = QStringList {
            QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"), program
        } + args;
        program = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    }
#endif
    p.start(program, arguments);
    if (!p.waitForFinished(120000))
        qFatal("ollama-gpu-setup did not finish");
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}

const QString kLog = QStringLiteral(OGS_TEST_DATA "/ollama-logs/ollama-11557-linux-rx7700s-gfx1102-igpu-skipped.log");
const QString kSysfs = QStringLiteral(OGS_TEST_DATA "/sysfs/rdna1-rx5700xt");

} // namespace

class TestBundleCli final : public QObject {
    Q_OBJECT
private slots:
    /// A journal from a real `env apply`, a bench result and a log: all of it in the zip, judged by unzip.
    void writesTheBundle()
    {
        QTemporaryDir dir;
        const QString home = dir.filePath(QStringLiteral("home"));
        const QString state = dir.filePath(QStringLiteral("state"));
        QVERIFY(QDir().mkpath(home));
        const QStringList roots { QStringLiteral("--home"), home, QStringLiteral("--state-dir"), state };
        const Run apply = run(QStringList { QStringLiteral("env"), QStringLiteral("apply"), QStringLiteral("--yes"),
                                  QStringLiteral("--target"), QStringLiteral("bashrc"), QStringLiteral("--set"),
                                  QStringLiteral("OLLAMA_VULKAN=1") }
            + roots);
        QVERIFY2(apply.exitCode == 0, qPrintable(apply.err));
        const QString bench = dir.filePath(QStringLiteral("bench.json"));
        QFile b(bench);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write(R"({"model": "llama3.2", "verdict": "ok", "gpu": {"eval_rate": 61.5}})");
        b.close();

        const QString zip = dir.filePath(QStringLiteral("bug.zip"));
        const Run r = run(
            QStringList { QStringLiteral("bundle"), QStringLiteral("--output"), zip, QStringLiteral("--log"), kLog,
                QStringLiteral("--bench"), bench, QStringLiteral("--sysfs-root"), kSysfs, QStringLiteral("--json") }
            + roots);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("path")).toString(), QDir::toNativeSeparators(zip));
        QCOMPARE(o.value(QStringLiteral("bytes")).toInteger(), QFileInfo(zip).size());
        QCOMPARE(o.value(QStringLiteral("log_source")).toString(), kLog);
        QStringList listed;
        for (const QJsonValue &e : o.value(QStringLiteral("entries")).toArray())
            listed << e.toObject().value(QStringLiteral("name")).toString();
        const QStringList names { QStringLiteral("README.txt"), QStringLiteral("report.txt"),
            QStringLiteral("detection.json"), QStringLiteral("recommendation.json"), QStringLiteral("changes.json"),
            QStringLiteral("bench.json"), QStringLiteral("findings.json"), QStringLiteral("environment.json"),
            QStringLiteral("ollama-log.txt") };
        QCOMPARE(listed, names);

        const Unzip test = Unzip::run({ QStringLiteral("-t"), zip });
        QVERIFY2(test.exitCode == 0, test.out.constData());
        QCOMPARE(Unzip::names(zip), names);
        const QByteArray report = Unzip::content(zip, QStringLiteral("report.txt"));
        QVERIFY2(report.contains("AMD Radeon RX 5700 XT"), report.constData());
        QVERIFY(report.contains(" applied bashrc ")); // the journal's entry
        QVERIFY(report.contains(QByteArray("source=" + kLog.toUtf8())));
        const auto json = [&](const char *name) {
            return QJsonDocument::fromJson(Unzip::content(zip, QLatin1String(name))).object();
        };
        QCOMPARE(json("bench.json").value(QStringLiteral("verdict")).toString(), QStringLiteral("ok"));
        const QJsonObject changes = json("changes.json");
        const QJsonArray journal = changes.value(QStringLiteral("journal")).toArray();
        QCOMPARE(journal.size(), 1);
        QCOMPARE(journal.first().toObject().value(QStringLiteral("target")).toString(), QStringLiteral("bashrc"));
        QCOMPARE(journal.first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("applied"));
        QCOMPARE(
            changes.value(QStringLiteral("env_status")).toObject().value(QStringLiteral("history")).toArray(), journal);
        QVERIFY(!changes.contains(QStringLiteral("session"))); // no wizard session
        QVERIFY(json("findings.json").value(QStringLiteral("findings")).toArray().size() >= 1);
        const QJsonObject env = json("environment.json").value(QStringLiteral("variables")).toObject();
        QCOMPARE(env.value(QStringLiteral("OLLAMA_API_KEY")).toString(), QStringLiteral("(hidden)"));
        QCOMPARE(env.value(QStringLiteral("HSA_OVERRIDE_GFX_VERSION")).toString(), QStringLiteral("10.3.0"));
        QVERIFY(!env.contains(QStringLiteral("GITHUB_TOKEN")) && !env.contains(QStringLiteral("PATH")));
        QVERIFY(!Unzip::run({ QStringLiteral("-p"), zip }).out.contains("very-secret"));
        QVERIFY(Unzip::content(zip, QStringLiteral("ollama-log.txt")).contains("msg=\"inference compute\""));

        // The text form names the file; without --output the dated default name goes here.
        const Run text = run({ QStringLiteral("bundle"), QStringLiteral("--output"), zip, QStringLiteral("--log"), kLog,
            QStringLiteral("--sysfs-root"), kSysfs, QStringLiteral("--home"), home });
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.startsWith(QStringLiteral("Wrote ") + QDir::toNativeSeparators(zip)), qPrintable(text.out));
        QVERIFY(!Unzip::names(zip).contains(QStringLiteral("bench.json")));
    }

    void badArgumentsAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString dir = QDir::tempPath();
        QTest::newRow("folder") << QStringList {
            QStringLiteral("--output"), dir
        } << QStringLiteral("--output: '%1' is a folder; give a file name such as ollama-gpu-setup-bundle-").arg(dir);
        QTest::newRow("missing folder")
            << QStringList { QStringLiteral("--output"), QStringLiteral("/nonexistent/dir/b.zip") }
            << QStringLiteral("--output: cannot write '/nonexistent/dir/b.zip': the folder %1 does not exist")
                   .arg(QDir::toNativeSeparators(QFileInfo(QStringLiteral("/nonexistent/dir")).absoluteFilePath()));
        QTest::newRow("log not a file") << QStringList { QStringLiteral("--log"),
            QStringLiteral("/nonexistent/server.log") }
                                        << QStringLiteral("--log: '/nonexistent/server.log' does not exist");
        QTest::newRow("bench not JSON") << QStringList { QStringLiteral("--bench"), kLog }
                                        << QStringLiteral("--bench: '%1' is not a JSON object").arg(kLog);
        QTest::newRow("stray argument") << QStringList { QStringLiteral("bug.zip") }
                                        << QStringLiteral("unexpected argument 'bug.zip'");
    }

    void badArgumentsAreUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = run(QStringList { QStringLiteral("bundle") } + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    /// A place the user cannot write: exit 1, the error names the file, nothing new and nothing lost. On Unix a
    /// read-only folder (as nobody when root); on Windows, where folders have no such bit, a read-only file.
    void anUnwritablePlaceFails()
    {
        QTemporaryDir dir;
        const QString ro = dir.filePath(QStringLiteral("read-only"));
        QVERIFY(QDir().mkpath(ro));
        const QString zip = ro + QStringLiteral("/bug.zip");
        QFile old(zip);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the user's file");
        old.close();
#if defined(Q_OS_WIN)
        QVERIFY(QFile::setPermissions(zip, QFile::ReadOwner | QFile::ReadUser));
#else
        const QFile::Permissions rx = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
            | QFile::ReadOther | QFile::ExeOther;
        QVERIFY(QFile::setPermissions(dir.path(), rx | QFile::WriteOwner));
        QVERIFY(QFile::setPermissions(ro, rx));
#endif
        const Run r = run({ QStringLiteral("bundle"), QStringLiteral("--output"), zip, QStringLiteral("--log"), kLog,
                              QStringLiteral("--sysfs-root"), kSysfs, QStringLiteral("--home"), dir.path(),
                              QStringLiteral("--state-dir"), dir.filePath(QStringLiteral("state")) },
            true);
        QVERIFY(QFile::setPermissions(ro, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QVERIFY(QFile::setPermissions(zip, QFile::ReadOwner | QFile::WriteOwner));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("ollama-gpu-setup bundle: cannot write ") + zip + QStringLiteral(": ")),
            qPrintable(r.err));
        QCOMPARE(QDir(ro).entryList(QDir::Files | QDir::Hidden), QStringList { QStringLiteral("bug.zip") });
        QCOMPARE(old.open(QIODevice::ReadOnly) ? old.readAll() : QByteArray(), QByteArray("the user's file"));
    }
};

QTEST_GUILESS_MAIN(TestBundleCli)
#include "tst_bundlecli.moc"

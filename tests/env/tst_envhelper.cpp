// The privileged helper's request handling: only /etc targets, only allow-listed keys, only the
// plan the unprivileged side saw; then apply, restart, undo.
#include "env/envhelper.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace ogs;

namespace {

uint modeOf(const QString &path)
{
    struct stat st { };
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 07777) : 0xffff;
}

uint ownerOf(const QString &path)
{
    struct stat st { };
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_uid : 0xffff;
}

/// Sets a umask for the scope (the helper sets its own; the test restores the test's).
struct UmaskScope {
    explicit UmaskScope(mode_t m) : old(::umask(m)) {}
    ~UmaskScope() { ::umask(old); }
    mode_t old;
};

class RecordingRunner final : public ProcessRunner {
public:
    ProcessResult run(const QString &program, const QStringList &arguments, int) override
    {
        calls << program + QLatin1Char(' ') + arguments.join(QLatin1Char(' '));
        return {true, 0, {}};
    }
    QStringList calls;
};

struct HelperRun {
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestEnvHelper final : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    EnvRoots m_roots;
    QString m_state;
    RecordingRunner m_runner;

    HelperRun helper(const QStringList &args)
    {
        HelperRun r;
        QTextStream out(&r.out);
        QTextStream err(&r.err);
        EnvHelperContext c{m_roots, m_state, &m_runner, &out, &err};
        r.exitCode = runEnvHelper(args, c);
        out.flush();
        err.flush();
        return r;
    }
    QString dropIn() const { return envTargetPath(EnvTarget::Systemd, m_roots); }
    QString etcEnvironment() const { return envTargetPath(EnvTarget::EtcEnvironment, m_roots); }

private slots:
    void init()
    {
        static int n = 0;
        m_roots.root = m_dir.filePath(QStringLiteral("root%1").arg(n));
        m_roots.home = m_dir.filePath(QStringLiteral("home%1").arg(n));
        m_state = m_dir.filePath(QStringLiteral("state%1").arg(n++));
        QDir().mkpath(m_roots.root + QStringLiteral("/etc"));
        QDir().mkpath(m_roots.home);
        m_runner.calls.clear();
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString absent = QStringLiteral("absent");
        QTest::newRow("no verb") << QStringList() << "first argument must be apply or undo";
        QTest::newRow("other verb") << QStringList{QStringLiteral("exec"), QStringLiteral("/bin/sh")} << "first argument must be apply or undo";
        QTest::newRow("user file") << QStringList{QStringLiteral("apply"), QStringLiteral("--target"), QStringLiteral("bashrc")} << "--target must be systemd or etc-environment";
        QTest::newRow("registry") << QStringList{QStringLiteral("apply"), QStringLiteral("--target"), QStringLiteral("windows-machine")} << "--target must be systemd or etc-environment";
        QTest::newRow("root option") << QStringList{QStringLiteral("apply"), QStringLiteral("--root"), QStringLiteral("/tmp")} << "unknown argument '--root'";
        QTest::newRow("state option") << QStringList{QStringLiteral("undo"), QStringLiteral("--state-dir"), QStringLiteral("/tmp")} << "undo takes no argument";
        QTest::newRow("no target") << QStringList{QStringLiteral("apply"), QStringLiteral("--set"), QStringLiteral("OLLAMA_VULKAN=1"), QStringLiteral("--expect-sha256"), absent} << "--target is required";
        QTest::newRow("no sha") << QStringList{QStringLiteral("apply"), QStringLiteral("--target"), QStringLiteral("systemd"), QStringLiteral("--set"), QStringLiteral("OLLAMA_VULKAN=1")} << "--expect-sha256 is required";
        QTest::newRow("foreign key") << QStringList{QStringLiteral("apply"), QStringLiteral("--target"), QStringLiteral("systemd"), QStringLiteral("--set"), QStringLiteral("LD_PRELOAD=/tmp/x.so"), QStringLiteral("--expect-sha256"), absent} << "LD_PRELOAD is not a variable";
        QTest::newRow("injection") << QStringList{QStringLiteral("apply"), QStringLiteral("--target"), QStringLiteral("systemd"), QStringLiteral("--set"), QStringLiteral("OLLAMA_MODELS=/x\nExecStartPre=/bin/sh"), QStringLiteral("--expect-sha256"), absent} << "line break or control character";
        QTest::newRow("exposure") << QStringList{QStringLiteral("apply"), QStringLiteral("--target"), QStringLiteral("systemd"), QStringLiteral("--set"), QStringLiteral("OLLAMA_HOST=0.0.0.0"), QStringLiteral("--expect-sha256"), absent} << "--allow-network-exposure";
        QTest::newRow("nothing") << QStringList{QStringLiteral("apply"), QStringLiteral("--target"), QStringLiteral("systemd"), QStringLiteral("--expect-sha256"), absent} << "nothing to do";
    }
    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const HelperRun r = helper(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(dropIn()));
        QVERIFY(m_runner.calls.isEmpty());
    }

    void applyRestartUndo()
    {
        const QStringList args{QStringLiteral("apply"), QStringLiteral("--target"), QStringLiteral("systemd"),
                               QStringLiteral("--set"), QStringLiteral("OLLAMA_VULKAN=1"), QStringLiteral("--set"), QStringLiteral("HIP_VISIBLE_DEVICES=-1"),
                               QStringLiteral("--expect-sha256"), QStringLiteral("absent")};
        HelperRun r = helper(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile f(dropIn());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("[Service]\nEnvironment=\"OLLAMA_VULKAN=1\"\nEnvironment=\"HIP_VISIBLE_DEVICES=-1\"\n"));
        f.close();
        QCOMPARE(m_runner.calls, (QStringList{QStringLiteral("systemctl daemon-reload"), QStringLiteral("systemctl restart ollama")}));

        // The plan the user saw said "absent"; now the file exists: refuse.
        r = helper(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("changed since the plan")));

        r = helper({QStringLiteral("undo")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(dropIn()));
        QCOMPARE(m_runner.calls.size(), 4);
        r = helper({QStringLiteral("undo")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("nothing to undo")));
    }

    /// Issue #20: under the caller's umask 000 the helper made its folders world-writable; a local
    /// user could then plant a journal entry or an ExecStartPre= drop-in. Run as root here.
    void hostileUmaskMakesNoWritableFolder()
    {
        if (::geteuid() != 0)
            QSKIP("the helper runs as root; this test checks root-owned folders");
        UmaskScope hostile(0);
        const HelperRun r = helper({QStringLiteral("apply"), QStringLiteral("--target"), QStringLiteral("systemd"),
            QStringLiteral("--set"), QStringLiteral("OLLAMA_VULKAN=1"), QStringLiteral("--expect-sha256"),
            QStringLiteral("absent"), QStringLiteral("--no-restart")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString journal = m_state + QStringLiteral("/env-journal");
        const QString entry = journal + QLatin1Char('/') + QDir(journal).entryList(QDir::Dirs | QDir::NoDotAndDotDot).value(0);
        for (const QString &dir : {m_state, journal, QFileInfo(dropIn()).absolutePath()}) {
            QCOMPARE(QString::number(modeOf(dir), 8), QStringLiteral("755"));
            QCOMPARE(ownerOf(dir), 0u);
        }
        QCOMPARE(QString::number(modeOf(entry), 8), QStringLiteral("700"));
        QCOMPARE(QString::number(modeOf(dropIn()), 8), QStringLiteral("644"));
        for (const QString &name : QDir(entry).entryList(QDir::Files))
            QVERIFY2((modeOf(entry + QLatin1Char('/') + name) & 022) == 0, qPrintable(name));
    }

    /// Issue #20: a state folder someone else can write is not trusted, for apply or undo.
    void writableStateFolderIsRefused()
    {
        if (::geteuid() != 0)
            QSKIP("needs root");
        QDir().mkpath(m_state + QStringLiteral("/env-journal"));
        QFile::setPermissions(m_state, QFileDevice::Permissions(0x7777)); // rwx for everyone
        HelperRun r = helper({QStringLiteral("apply"), QStringLiteral("--target"), QStringLiteral("systemd"),
            QStringLiteral("--set"), QStringLiteral("OLLAMA_VULKAN=1"), QStringLiteral("--expect-sha256"),
            QStringLiteral("absent")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("refusing to trust %1").arg(m_state)), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(dropIn()));
        r = helper({QStringLiteral("undo")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("refusing to trust")), qPrintable(r.err));
    }

    /// Issue #20: a planted journal entry naming another file (/etc/profile.d/…) is never written by
    /// undo, whether the entry is root's own (allow-list) or another user's (ownership).
    void plantedEntryIsNeverRestored()
    {
        if (::geteuid() != 0)
            QSKIP("needs root");
        const QString evil = m_roots.root + QStringLiteral("/etc/profile.d/ogs-planted.sh");
        const QByteArray payload = "chmod u+s /bin/bash\n";
        const QString entry = m_state + QStringLiteral("/env-journal/000001-20261207T000000Z");
        QVERIFY(QDir().mkpath(entry));
        QFile before(entry + QStringLiteral("/file-0.before"));
        QVERIFY(before.open(QIODevice::WriteOnly));
        before.write(payload);
        before.close();
        const QJsonObject file{{QStringLiteral("path"), evil}, {QStringLiteral("write_path"), evil},
            {QStringLiteral("existed"), true}, {QStringLiteral("exists_after"), false},
            {QStringLiteral("before_sha256"), QString::fromLatin1(QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex())},
            {QStringLiteral("after_sha256"), QString()}, {QStringLiteral("before_file"), QStringLiteral("file-0.before")},
            {QStringLiteral("after_file"), QStringLiteral("file-0.after")},
            {QStringLiteral("created_dirs"), QJsonArray{QJsonValue(m_roots.root + QStringLiteral("/etc/profile.d"))}}};
        QFile json(entry + QStringLiteral("/journal.json"));
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write(QJsonDocument(QJsonObject{{QStringLiteral("id"), QStringLiteral("000001-20261207T000000Z")},
            {QStringLiteral("target"), QStringLiteral("systemd")}, {QStringLiteral("state"), QStringLiteral("applied")},
            {QStringLiteral("files"), QJsonArray{file}}}).toJson());
        json.close();
        HelperRun r = helper({QStringLiteral("undo"), QStringLiteral("--no-restart")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("which is not a file this helper manages")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(evil));

        // The same entry, planted by another user (uid 65534): not even read.
        for (const QString &p : {entry, json.fileName(), before.fileName()})
            QCOMPARE(::chown(QFile::encodeName(p).constData(), 65534, 65534), 0);
        r = helper({QStringLiteral("undo"), QStringLiteral("--no-restart")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("refusing to trust %1").arg(entry)), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("owner uid 65534")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(evil));
    }

    /// Issue #20: a drop-in folder others can write (planted before us) is not written into.
    void writableDropInFolderIsRefused()
    {
        const QString folder = QFileInfo(dropIn()).absolutePath();
        QVERIFY(QDir().mkpath(folder));
        QFile::setPermissions(folder, QFileDevice::Permissions(0x7777));
        const HelperRun r = helper({QStringLiteral("apply"), QStringLiteral("--target"), QStringLiteral("systemd"),
            QStringLiteral("--set"), QStringLiteral("OLLAMA_VULKAN=1"), QStringLiteral("--expect-sha256"),
            QStringLiteral("absent")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("the folder %1 (owner uid").arg(folder)), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(dropIn()));
    }

    void etcEnvironmentWithExpectedHash()
    {
        const QByteArray original = "PATH=\"/usr/local/bin:/usr/bin\"\n";
        QFile f(etcEnvironment());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(original);
        f.close();
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(original, QCryptographicHash::Sha256).toHex());
        HelperRun r = helper({QStringLiteral("apply"), QStringLiteral("--target"), QStringLiteral("etc-environment"), QStringLiteral("--set"),
                              QStringLiteral("OLLAMA_VULKAN=1"), QStringLiteral("--expect-sha256"), QStringLiteral("0000")});
        QCOMPARE(r.exitCode, 1);
        r = helper({QStringLiteral("apply"), QStringLiteral("--target"), QStringLiteral("etc-environment"), QStringLiteral("--set"),
                    QStringLiteral("OLLAMA_VULKAN=1"), QStringLiteral("--expect-sha256"), sha, QStringLiteral("--no-restart")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray after = f.readAll();
        f.close();
        QVERIFY(after.startsWith(original));
        QVERIFY(after.contains("\nOLLAMA_VULKAN=\"1\"\n"));
        QVERIFY(m_runner.calls.isEmpty()); // not the service's file: nothing to restart
        QCOMPARE(helper({QStringLiteral("undo"), QStringLiteral("--no-restart")}).exitCode, 0);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), original);
    }
};

QTEST_GUILESS_MAIN(TestEnvHelper)
#include "tst_envhelper.moc"

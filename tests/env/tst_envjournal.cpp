#include "env/envjournal.h"
#include "env/envplan.h"
#include "memoryregistry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#if defined(Q_OS_UNIX)
#include <csignal>
#if defined(Q_OS_LINUX)
#include <sys/mount.h>
#endif
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace ogs;

namespace {

QDateTime clock0()
{
    return QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
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

/// A temporary home, root and state dir with a planner and a journal over them.
struct Sandbox {
    QTemporaryDir dir;
    EnvRoots roots;
    QString state;
    Sandbox()
    {
        roots.home = dir.filePath(QStringLiteral("home"));
        roots.root = dir.filePath(QStringLiteral("root"));
        state = dir.filePath(QStringLiteral("state"));
        QDir().mkpath(roots.home);
        QDir().mkpath(roots.root);
    }
    QString path(EnvTarget t) const { return envTargetPath(t, roots); }
    EnvJournal journal(EnvRegistry *registry = nullptr) const { return EnvJournal(state, registry, clock0); }
    int entries() const { return static_cast<int>(QDir(state + QStringLiteral("/env-journal")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size()); }
};

EnvRequest setRequest(EnvTarget target, EnvAssignments set, QStringList unset = {})
{
    EnvRequest r;
    r.target = target;
    r.set = std::move(set);
    r.unset = std::move(unset);
    return r;
}

const EnvAssignments kVulkan{{QStringLiteral("OLLAMA_VULKAN"), QStringLiteral("1")}};

} // namespace

class TestEnvJournal final : public QObject {
    Q_OBJECT
private slots:
    void systemdDropInCreatedAndRemoved()
    {
        Sandbox s;
        const EnvPlanner planner(s.roots);
        QString error;
        const auto plan = planner.plan(setRequest(EnvTarget::Systemd,
                                                  {{QStringLiteral("OLLAMA_LLM_LIBRARY"), QStringLiteral("vulkan")},
                                                   {QStringLiteral("ROCR_VISIBLE_DEVICES"), QStringLiteral("NOT_A_DEVICE")},
                                                   {QStringLiteral("HIP_VISIBLE_DEVICES"), QStringLiteral("-1")}}),
                                       &error);
        QVERIFY2(plan, qPrintable(error));
        QVERIFY(plan->files.constFirst().diff.startsWith(QLatin1String("--- /dev/null\n+++ ")));
        QVERIFY(plan->followUp.contains(QLatin1String("daemon-reload")));
        QVERIFY(s.journal().apply(*plan).ok);
        const QByteArray expected =
            "# >>> ollama-gpu-setup >>>\n"
            "# Managed by ollama-gpu-setup: change it with `ollama-gpu-setup env`, or delete the whole block.\n"
            "[Service]\n"
            "Environment=\"OLLAMA_LLM_LIBRARY=vulkan\"\n"
            "Environment=\"ROCR_VISIBLE_DEVICES=NOT_A_DEVICE\"\n"
            "Environment=\"HIP_VISIBLE_DEVICES=-1\"\n"
            "# <<< ollama-gpu-setup <<<\n";
        QCOMPARE(readAll(s.path(EnvTarget::Systemd)), expected);
        // Unsetting everything deletes the drop-in (the file is ours).
        const auto removal = planner.plan(setRequest(EnvTarget::Systemd, {},
                                                     {QStringLiteral("OLLAMA_LLM_LIBRARY"), QStringLiteral("ROCR_VISIBLE_DEVICES"),
                                                      QStringLiteral("HIP_VISIBLE_DEVICES")}),
                                          &error);
        QVERIFY(removal && !removal->files.constFirst().existsAfter);
        QVERIFY(s.journal().apply(*removal).ok);
        QVERIFY(!QFileInfo::exists(s.path(EnvTarget::Systemd)));
        // Undo twice: the drop-in comes back, then goes away with the folders we created.
        QVERIFY(s.journal().undo(false).ok);
        QCOMPARE(readAll(s.path(EnvTarget::Systemd)), expected);
        QVERIFY(s.journal().undo(false).ok);
        QVERIFY(!QFileInfo::exists(s.roots.root + QStringLiteral("/etc/systemd")));
        QVERIFY(QFileInfo::exists(s.roots.root));
    }

    void changedSincePlanTouchesNothing()
    {
        Sandbox s;
        writeAll(s.path(EnvTarget::Bashrc), "export A=1\n");
        QString error;
        const auto plan = EnvPlanner(s.roots).plan(setRequest(EnvTarget::Bashrc, kVulkan), &error);
        QVERIFY(plan);
        writeAll(s.path(EnvTarget::Bashrc), "export A=2\n"); // someone edits it meanwhile
        const EnvActionResult r = s.journal().apply(*plan);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("changed since the plan")), qPrintable(r.error));
        QVERIFY(r.error.contains(QLatin1String("nothing was changed")));
        QCOMPARE(readAll(s.path(EnvTarget::Bashrc)), QByteArray("export A=2\n"));
        QCOMPARE(s.entries(), 0);
    }

    void changedSinceApplyBlocksUndo()
    {
        Sandbox s;
        writeAll(s.path(EnvTarget::Bashrc), "export A=1\n");
        QString error;
        QVERIFY(s.journal().apply(*EnvPlanner(s.roots).plan(setRequest(EnvTarget::Bashrc, kVulkan), &error)).ok);
        const QByteArray edited = readAll(s.path(EnvTarget::Bashrc)) + "alias x=y\n";
        writeAll(s.path(EnvTarget::Bashrc), edited);
        const EnvActionResult r = s.journal().undo(false);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("changed after ollama-gpu-setup wrote it")), qPrintable(r.error));
        QVERIFY(r.error.contains(QLatin1String("nothing was undone")));
        QCOMPARE(readAll(s.path(EnvTarget::Bashrc)), edited);
    }

    void readOnlyFileRefused()
    {
        Sandbox s;
        const QString path = s.path(EnvTarget::Bashrc);
        writeAll(path, "export A=1\n");
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        QString error;
        const auto plan = EnvPlanner(s.roots).plan(setRequest(EnvTarget::Bashrc, kVulkan), &error);
        QVERIFY(plan);
        const EnvActionResult r = s.journal().apply(*plan);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("read-only")), qPrintable(r.error));
        QVERIFY(r.error.contains(QLatin1String("nothing was changed")));
        QCOMPARE(readAll(path), QByteArray("export A=1\n"));
        QCOMPARE(QFileInfo(path).permissions() & QFile::WriteOwner, QFile::Permissions());
        QCOMPARE(s.entries(), 0);
    }

    // A full disk, without root or a tmpfs: RLIMIT_FSIZE makes every write past the limit fail (EFBIG;
    // SIGXFSZ is caught so the process lives). The backup in the journal fails first, so the rc file is
    // never opened for writing.
    void diskFullLeavesEverything()
    {
#if defined(Q_OS_UNIX)
        Sandbox s;
        const QString path = s.path(EnvTarget::Bashrc);
        QByteArray before = "# a long ~/.bashrc\n";
        while (before.size() < 3000)
            before += "alias ll='ls -alF' # padding so the file is bigger than the journal metadata\n";
        writeAll(path, before);
        QString error;
        const auto plan = EnvPlanner(s.roots).plan(setRequest(EnvTarget::Bashrc, kVulkan), &error);
        QVERIFY2(plan, qPrintable(error));
        struct rlimit old {};
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &old), 0);
        struct rlimit full = old;
        full.rlim_cur = static_cast<rlim_t>(before.size()) + 16;
        struct sigaction ignore {}, previous {};
        ignore.sa_handler = [](int) {};
        ::sigaction(SIGXFSZ, &ignore, &previous);
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &full), 0);
        const EnvActionResult r = s.journal().apply(*plan);
        ::setrlimit(RLIMIT_FSIZE, &old);
        ::sigaction(SIGXFSZ, &previous, nullptr);
        QVERIFY(!r.ok);
        qInfo("user sees: %s", qPrintable(r.error));
        QVERIFY2(r.error.contains(QLatin1String("cannot save the backup")), qPrintable(r.error));
        QVERIFY(r.error.contains(QLatin1String("nothing was changed")));
        QCOMPARE(readAll(path), before);
        QCOMPARE(s.entries(), 0);
        const QStringList leftovers = QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(leftovers, QStringList{QStringLiteral(".bashrc")}); // no half-written temporary file
        // With room again the same plan applies.
        QVERIFY(s.journal().apply(*plan).ok);
#else
        QSKIP("RLIMIT_FSIZE is POSIX");
#endif
    }

    // The real thing where the machine allows it (root with CAP_SYS_ADMIN, as in CI containers): a 64 KiB
    // tmpfs filled to the brim holds the home and the journal, so writes fail with ENOSPC.
    void diskFullOnTmpfs()
    {
#if defined(Q_OS_LINUX)
        QTemporaryDir mountPoint;
        const QByteArray where = QFile::encodeName(mountPoint.path());
        if (::geteuid() != 0 || ::mount("tmpfs", where.constData(), "tmpfs", 0, "size=64k") != 0)
            QSKIP("needs root allowed to mount a tmpfs");
        struct Unmount {
            QByteArray path;
            ~Unmount() { ::umount2(path.constData(), MNT_DETACH); }
        } unmount{where};
        EnvRoots roots;
        roots.home = mountPoint.filePath(QStringLiteral("home"));
        roots.root = mountPoint.filePath(QStringLiteral("root"));
        const QString state = mountPoint.filePath(QStringLiteral("state"));
        QDir().mkpath(roots.home);
        QDir().mkpath(state);
        const QString path = envTargetPath(EnvTarget::Bashrc, roots);
        writeAll(path, "export A=1\n");
        QString error;
        const auto plan = EnvPlanner(roots).plan(setRequest(EnvTarget::Bashrc, kVulkan), &error);
        QVERIFY2(plan, qPrintable(error));
        QFile filler(mountPoint.filePath(QStringLiteral("filler")));
        QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const QByteArray block(1024, 'x');
        while (filler.write(block) > 0) {
        }
        filler.close();
        const EnvActionResult r = EnvJournal(state, nullptr, clock0).apply(*plan);
        QVERIFY(!r.ok);
        qInfo("user sees: %s", qPrintable(r.error));
        QVERIFY2(r.error.contains(QLatin1String("nothing was changed")), qPrintable(r.error));
        QCOMPARE(readAll(path), QByteArray("export A=1\n"));
        QVERIFY(QDir(state + QStringLiteral("/env-journal")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
        QCOMPARE(QDir(roots.home).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral(".bashrc")});
#else
        QSKIP("tmpfs is Linux only");
#endif
    }

    void folderCannotBeCreated()
    {
        Sandbox s;
        writeAll(s.roots.root + QStringLiteral("/etc"), "not a folder\n"); // /etc is a file: mkpath fails, even for root
        QString error;
        const auto plan = EnvPlanner(s.roots).plan(setRequest(EnvTarget::Systemd, kVulkan), &error);
        QVERIFY2(plan, qPrintable(error));
        const EnvActionResult r = s.journal().apply(*plan);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("cannot create the folder")), qPrintable(r.error));
        QCOMPARE(readAll(s.roots.root + QStringLiteral("/etc")), QByteArray("not a folder\n"));
        QCOMPARE(s.entries(), 0);
    }

    void damagedBlocksRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("no end") << QByteArray("a\n# >>> ollama-gpu-setup >>>\nexport OLLAMA_VULKAN='1'\n") << "has no end marker";
        QTest::newRow("no start") << QByteArray("a\n# <<< ollama-gpu-setup <<<\n") << "never started";
        QTest::newRow("two blocks") << QByteArray("# >>> ollama-gpu-setup >>>\n# <<< ollama-gpu-setup <<<\n"
                                                  "# >>> ollama-gpu-setup >>>\n# <<< ollama-gpu-setup <<<\n")
                                    << "a second ollama-gpu-setup block starts at line 3";
        QTest::newRow("hand edited") << QByteArray("# >>> ollama-gpu-setup >>>\nexport OLLAMA_VULKAN=1 # mine\n# <<< ollama-gpu-setup <<<\n")
                                     << "line 2 inside the ollama-gpu-setup block was edited by hand";
    }
    void damagedBlocksRefused()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        Sandbox s;
        writeAll(s.path(EnvTarget::Bashrc), content);
        QString error;
        QVERIFY(!EnvPlanner(s.roots).plan(setRequest(EnvTarget::Bashrc, kVulkan), &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY(error.contains(s.path(EnvTarget::Bashrc)));
        QCOMPARE(readAll(s.path(EnvTarget::Bashrc)), content);
    }

    void sameValuesLeaveAForeignBlockAlone()
    {
        Sandbox s;
        // Our block, with an extra comment and blank line the user added, and no header line.
        const QByteArray content = "x\n# >>> ollama-gpu-setup >>>\n# my note\n\nexport OLLAMA_VULKAN='1'\n# <<< ollama-gpu-setup <<<\ny\n";
        writeAll(s.path(EnvTarget::Bashrc), content);
        QString error;
        const auto plan = EnvPlanner(s.roots).plan(setRequest(EnvTarget::Bashrc, kVulkan), &error);
        QVERIFY2(plan, qPrintable(error));
        QVERIFY(!plan->hasChanges());
        // A real change rewrites the block in our format, keeping everything around it.
        const auto change = EnvPlanner(s.roots).plan(setRequest(EnvTarget::Bashrc, {{QStringLiteral("OLLAMA_VULKAN"), QStringLiteral("0")}}), &error);
        QVERIFY(change && change->hasChanges());
        QVERIFY(change->files.constFirst().after.startsWith("x\n# >>> ollama-gpu-setup >>>\n"));
        QVERIFY(change->files.constFirst().after.endsWith("export OLLAMA_VULKAN='0'\n# <<< ollama-gpu-setup <<<\ny\n"));
    }

    void danglingSymlinkCreatesItsTarget()
    {
        Sandbox s;
        const QString target = s.dir.filePath(QStringLiteral("dotfiles/zshrc"));
        QDir().mkpath(QFileInfo(target).absolutePath());
        QVERIFY(QFile::link(target, s.path(EnvTarget::Zshrc)));
        QString error;
        const auto plan = EnvPlanner(s.roots).plan(setRequest(EnvTarget::Zshrc, kVulkan), &error);
        QVERIFY2(plan, qPrintable(error));
        QCOMPARE(plan->files.constFirst().writePath, target);
        QVERIFY(s.journal().apply(*plan).ok);
        QVERIFY(QFileInfo(s.path(EnvTarget::Zshrc)).isSymLink());
        QVERIFY(readAll(target).contains("export OLLAMA_VULKAN='1'"));
        QVERIFY(s.journal().undo(false).ok);
        QVERIFY(!QFileInfo::exists(target));
        QVERIFY(QFileInfo(s.path(EnvTarget::Zshrc)).isSymLink());
    }

    void symlinkLoopRefused()
    {
        Sandbox s;
        QVERIFY(QFile::link(s.path(EnvTarget::Bashrc), s.path(EnvTarget::Bashrc)));
        QString error;
        QVERIFY(!EnvPlanner(s.roots).plan(setRequest(EnvTarget::Bashrc, kVulkan), &error));
        QVERIFY2(error.contains(QLatin1String("points nowhere usable")), qPrintable(error));
    }

    void ownerKept()
    {
#if defined(Q_OS_UNIX)
        if (::geteuid() != 0)
            QSKIP("changing a file's owner needs root");
        Sandbox s;
        const QString path = s.path(EnvTarget::Bashrc);
        writeAll(path, "x\n");
        QCOMPARE(::chown(QFile::encodeName(path).constData(), 4321, 4322), 0);
        QString error;
        QVERIFY(s.journal().apply(*EnvPlanner(s.roots).plan(setRequest(EnvTarget::Bashrc, kVulkan), &error)).ok);
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(st.st_uid, 4321u);
        QCOMPARE(st.st_gid, 4322u);
        QVERIFY(s.journal().undo(false).ok);
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(st.st_uid, 4321u);
#else
        QSKIP("Unix only");
#endif
    }

    void undoAllAndHistory()
    {
        Sandbox s;
        const QString path = s.path(EnvTarget::Profile);
        writeAll(path, "# profile\r\n");
        const EnvPlanner planner(s.roots);
        QString error;
        for (const char *v : {"5m", "10m", "-1"}) {
            const auto plan = planner.plan(setRequest(EnvTarget::Profile, {{QStringLiteral("OLLAMA_KEEP_ALIVE"), QString::fromLatin1(v)}}), &error);
            QVERIFY(s.journal().apply(*plan).ok);
        }
        QVERIFY(readAll(path).contains("export OLLAMA_KEEP_ALIVE='-1'\r\n"));
        QList<JournalSummary> h = s.journal().history(&error);
        QCOMPARE(h.size(), 3);
        QCOMPARE(h.at(0).id, QStringLiteral("000001-20260301T120000Z"));
        QCOMPARE(h.at(2).state, QStringLiteral("applied"));
        const EnvActionResult r = s.journal().undo(true);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.messages.size(), 3);
        QCOMPARE(readAll(path), QByteArray("# profile\r\n"));
        h = s.journal().history(&error);
        for (const JournalSummary &e : h)
            QCOMPARE(e.state, QStringLiteral("undone"));
        QVERIFY(s.journal().undo(true).error.contains(QLatin1String("nothing to undo")));
    }

    void warningsAboutLinesWeDidNotWrite()
    {
        Sandbox s;
        writeAll(s.path(EnvTarget::Bashrc), "export OLLAMA_HOST=127.0.0.1:1\n");
        QString error;
        auto plan = EnvPlanner(s.roots).plan(setRequest(EnvTarget::Bashrc, {{QStringLiteral("OLLAMA_HOST"), QStringLiteral("127.0.0.1:2")}}), &error);
        QVERIFY(plan);
        QVERIFY2(plan->warnings.join(QLatin1Char('\n')).contains(QLatin1String("line 1 also sets OLLAMA_HOST; our block comes later and wins")),
                 qPrintable(plan->warnings.join(QLatin1Char('\n'))));
        QVERIFY(s.journal().apply(*plan).ok);
        writeAll(s.path(EnvTarget::Bashrc), readAll(s.path(EnvTarget::Bashrc)) + "export OLLAMA_HOST=x\n");
        plan = EnvPlanner(s.roots).plan(setRequest(EnvTarget::Bashrc, {{QStringLiteral("OLLAMA_HOST"), QStringLiteral("127.0.0.1:3")}}), &error);
        QVERIFY(plan->warnings.join(QLatin1Char('\n')).contains(QLatin1String("after our block, so that line wins")));
        plan = EnvPlanner(s.roots).plan(setRequest(EnvTarget::Bashrc, {}, {QStringLiteral("OLLAMA_HOST")}), &error);
        QVERIFY(plan->warnings.join(QLatin1Char('\n')).contains(QLatin1String("still sets OLLAMA_HOST")));
    }

    void networkExposureNeedsConsent()
    {
        Sandbox s;
        EnvRequest r = setRequest(EnvTarget::Bashrc, {{QStringLiteral("OLLAMA_HOST"), QStringLiteral("0.0.0.0:11434")}});
        QString error;
        QVERIFY(!EnvPlanner(s.roots).plan(r, &error));
        QVERIFY(error.contains(QLatin1String("no authentication")));
        QVERIFY(error.contains(QLatin1String("WSL")));
        QVERIFY(error.contains(QLatin1String("--allow-network-exposure")));
        r.allowNetworkExposure = true;
        QVERIFY(EnvPlanner(s.roots).plan(r, &error));
    }

    void requestErrors_data()
    {
        QTest::addColumn<QStringList>("set");
        QTest::addColumn<QStringList>("unset");
        QTest::addColumn<QString>("message");
        QTest::newRow("twice") << QStringList{QStringLiteral("OLLAMA_VULKAN=1"), QStringLiteral("OLLAMA_VULKAN=0")} << QStringList() << "set twice";
        QTest::newRow("both") << QStringList{QStringLiteral("OLLAMA_VULKAN=1")} << QStringList{QStringLiteral("OLLAMA_VULKAN")} << "both set and unset";
        QTest::newRow("unknown unset") << QStringList() << QStringList{QStringLiteral("LD_PRELOAD")} << "LD_PRELOAD is not a variable";
        QTest::newRow("bad value") << QStringList{QStringLiteral("OLLAMA_VULKAN=maybe")} << QStringList() << "OLLAMA_VULKAN=maybe: expected 1 or 0";
    }
    void requestErrors()
    {
        QFETCH(QStringList, set);
        QFETCH(QStringList, unset);
        QFETCH(QString, message);
        Sandbox s;
        EnvRequest r;
        r.target = EnvTarget::Bashrc;
        for (const QString &kv : set)
            r.set.append({kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1)});
        r.unset = unset;
        QString error;
        QVERIFY(!EnvPlanner(s.roots).plan(r, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY(!QFileInfo::exists(s.path(EnvTarget::Bashrc)));
    }

    void registryRoundTripKeepsType()
    {
        Sandbox s;
        test::MemoryRegistry reg;
        reg.values[RegistryScope::User].insert(QStringLiteral("OLLAMA_MODELS"), {QStringLiteral("%USERPROFILE%\\models"), true});
        reg.values[RegistryScope::User].insert(QStringLiteral("Path"), {QStringLiteral("%USERPROFILE%\\bin"), true});
        reg.values[RegistryScope::User].insert(QStringLiteral("HSA_OVERRIDE_GFX_VERSION"), {QStringLiteral("10.3.0"), false});
        const auto before = reg.values;
        const EnvPlanner planner(s.roots, &reg);
        QString error;
        const auto plan = planner.plan(setRequest(EnvTarget::WindowsUser,
                                                  {{QStringLiteral("OLLAMA_MODELS"), QStringLiteral("D:\\models")},
                                                   {QStringLiteral("OLLAMA_VULKAN"), QStringLiteral("1")}},
                                                  {QStringLiteral("HSA_OVERRIDE_GFX_VERSION")}),
                                       &error);
        QVERIFY2(plan, qPrintable(error));
        QCOMPARE(plan->registry.size(), 3);
        QVERIFY(s.journal(&reg).apply(*plan).ok);
        QCOMPARE(reg.values[RegistryScope::User].value(QStringLiteral("OLLAMA_MODELS")), (RegistryValue{QStringLiteral("D:\\models"), true}));
        QCOMPARE(reg.values[RegistryScope::User].value(QStringLiteral("OLLAMA_VULKAN")), (RegistryValue{QStringLiteral("1"), false}));
        QVERIFY(!reg.values[RegistryScope::User].contains(QStringLiteral("HSA_OVERRIDE_GFX_VERSION")));
        QCOMPARE(reg.values[RegistryScope::User].value(QStringLiteral("Path")), before[RegistryScope::User].value(QStringLiteral("Path")));
        QVERIFY(!reg.values.contains(RegistryScope::Machine));
        QCOMPARE(reg.broadcasts, 1);
        // Undo from a fresh journal object (as after a restart).
        QVERIFY(EnvJournal(s.state, &reg, clock0).undo(false).ok);
        QCOMPARE(reg.values, before);
        QCOMPARE(reg.broadcasts, 2);
    }

    void registryExpandableRejectsPercent()
    {
        Sandbox s;
        test::MemoryRegistry reg;
        reg.values[RegistryScope::Machine].insert(QStringLiteral("OLLAMA_MODELS"), {QStringLiteral("%SystemDrive%\\m"), true});
        QString error;
        QVERIFY(!EnvPlanner(s.roots, &reg).plan(setRequest(EnvTarget::WindowsMachine, {{QStringLiteral("OLLAMA_MODELS"), QStringLiteral("C:\\100%\\m")}}), &error));
        QVERIFY2(error.contains(QLatin1String("REG_EXPAND_SZ")), qPrintable(error));
        // As REG_SZ (a new value) the same text is plain data.
        QVERIFY(EnvPlanner(s.roots, &reg).plan(setRequest(EnvTarget::WindowsUser, {{QStringLiteral("OLLAMA_MODELS"), QStringLiteral("C:\\100%\\m")}}), &error));
    }

    void registryFailureRollsBack()
    {
        Sandbox s;
        test::MemoryRegistry reg;
        reg.values[RegistryScope::User].insert(QStringLiteral("OLLAMA_VULKAN"), {QStringLiteral("0"), false});
        const auto before = reg.values;
        QString error;
        const auto plan = EnvPlanner(s.roots, &reg).plan(setRequest(EnvTarget::WindowsUser, kVulkan), &error);
        QVERIFY(plan);
        reg.denyWrites = true;
        const EnvActionResult r = s.journal(&reg).apply(*plan);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("access denied")), qPrintable(r.error));
        QVERIFY(r.error.contains(QLatin1String("nothing was changed")));
        QCOMPARE(reg.values, before);
        QCOMPARE(s.entries(), 0);
    }

    void registryTargetNeedsARegistry()
    {
        Sandbox s;
        QString error;
        QVERIFY(!EnvPlanner(s.roots, nullptr).plan(setRequest(EnvTarget::WindowsUser, kVulkan), &error));
        QVERIFY(error.contains(QLatin1String("only available on Windows")));
    }
};

QTEST_GUILESS_MAIN(TestEnvJournal)
#include "tst_envjournal.moc"

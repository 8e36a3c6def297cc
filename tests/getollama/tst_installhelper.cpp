// The privileged helper's install verbs: only allow-listed packages on Arch-like systems, only a script
// whose SHA-256 is the one the user was shown, run from the helper's own copy.
#include "getollama/installhelper.h"
#include "recordingrunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ogs;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QString sha(const QByteArray &b)
{
    return QString::fromLatin1(QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex());
}

/// Records the call and keeps the script copy's content (the helper removes the copy afterwards).
class CopyReadingRunner final : public ProcessRunner {
public:
    ProcessResult run(const QString &program, const QStringList &arguments, int) override
    {
        calls << (QStringList { program } + arguments);
        QFile f(arguments.last());
        if (f.open(QIODevice::ReadOnly))
            copied = f.readAll();
        return ProcessResult { true, exitCode, QByteArray("done\n") };
    }
    QList<QStringList> calls;
    QByteArray copied;
    int exitCode = 0;
};

} // namespace

class TestInstallHelper final : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_out;
    QString m_err;

    int helper(const QStringList &args, ProcessRunner *runner)
    {
        m_out.clear();
        m_err.clear();
        QTextStream out(&m_out);
        QTextStream err(&m_err);
        InstallHelperContext c;
        c.root = m_dir.path() + QStringLiteral("/root");
        c.workDir = m_dir.path() + QStringLiteral("/state/install");
        c.runner = runner;
        c.out = &out;
        c.err = &err;
        const int rc = runInstallHelper(args, c);
        out.flush();
        err.flush();
        return rc;
    }

private slots:
    void packages()
    {
        RecordingRunner runner;
        writeFile(m_dir.path() + QStringLiteral("/root/etc/os-release"), "ID=debian\n");
        QCOMPARE(helper({ QStringLiteral("install-package"), QStringLiteral("ollama-vulkan") }, &runner), 2);
        QVERIFY(m_err.contains(QStringLiteral("Arch-like systems only")));

        writeFile(m_dir.path() + QStringLiteral("/root/etc/os-release"), "ID=endeavouros\nID_LIKE=arch\n");
        QCOMPARE(helper({ QStringLiteral("install-package"), QStringLiteral("firefox") }, &runner), 2);
        QVERIFY(m_err.contains(QStringLiteral("firefox is not one of")));
        QCOMPARE(helper({ QStringLiteral("install-package"), QStringLiteral("ollama"), QStringLiteral("--x") }, &runner), 2);
        QCOMPARE(helper({ QStringLiteral("install-whatever") }, &runner), 2);
        QVERIFY(runner.calls.isEmpty());

        QCOMPARE(helper({ QStringLiteral("install-package"), QStringLiteral("ollama-rocm") }, &runner), 0);
        QCOMPARE(runner.calls.size(), 2);
        QCOMPARE(runner.calls[0], (QStringList { QStringLiteral("pacman"), QStringLiteral("-S"), QStringLiteral("--needed"),
                                      QStringLiteral("--noconfirm"), QStringLiteral("ollama-rocm") }));
        QCOMPARE(runner.calls[1], (QStringList { QStringLiteral("systemctl"), QStringLiteral("enable"), QStringLiteral("--now"),
                                      QStringLiteral("ollama.service") }));

        RecordingRunner failing;
        failing.answers.insert(QStringLiteral("pacman"), ProcessResult { true, 1, QByteArray() });
        QCOMPARE(helper({ QStringLiteral("install-package"), QStringLiteral("ollama") }, &failing), 1);
        QCOMPARE(failing.calls.size(), 1); // no service start after a failed install
    }

    void scripts()
    {
        const QByteArray script = "#!/bin/sh\necho install\n";
        const QString file = m_dir.path() + QStringLiteral("/dl/install.sh");
        writeFile(file, script);
        CopyReadingRunner runner;
        QCOMPARE(helper({ QStringLiteral("install-script"), QStringLiteral("--file"), file, QStringLiteral("--expect-sha256"),
                             QString(64, QLatin1Char('0')) },
                     &runner),
            2);
        QVERIFY2(m_err.contains(QStringLiteral("not the %1 that was shown; not run").arg(QString(64, QLatin1Char('0')))), qPrintable(m_err));
        QCOMPARE(helper({ QStringLiteral("install-script"), QStringLiteral("--file"), QStringLiteral("dl/install.sh"),
                             QStringLiteral("--expect-sha256"), sha(script) },
                     &runner),
            2);
        QCOMPARE(helper({ QStringLiteral("install-script"), QStringLiteral("--file"), file, QStringLiteral("--expect-sha256"), QStringLiteral("abc") }, &runner), 2);
        QCOMPARE(helper({ QStringLiteral("install-script"), QStringLiteral("--file"), file, QStringLiteral("--expect-sha256"), sha(script),
                             QStringLiteral("--version"), QStringLiteral("1; rm -rf /") },
                     &runner),
            2);
        QCOMPARE(helper({ QStringLiteral("install-script"), QStringLiteral("--file"), file, QStringLiteral("--expect-sha256"), sha(script),
                             QStringLiteral("--root"), QStringLiteral("/") },
                     &runner),
            2);
        QVERIFY(runner.calls.isEmpty());

        QCOMPARE(helper({ QStringLiteral("install-script"), QStringLiteral("--file"), file, QStringLiteral("--expect-sha256"),
                             sha(script).toUpper(), QStringLiteral("--version"), QStringLiteral("0.12.11") },
                     &runner),
            0);
        QCOMPARE(runner.calls.size(), 1);
        const QStringList call = runner.calls.first();
        QCOMPARE(call.mid(0, 3), (QStringList { QStringLiteral("env"), QStringLiteral("OLLAMA_VERSION=0.12.11"), QStringLiteral("sh") }));
        QVERIFY2(call.last().startsWith(m_dir.path() + QStringLiteral("/state/install/install-")), qPrintable(call.last()));
        QVERIFY(call.last() != file);
        QCOMPARE(runner.copied, script);
        QVERIFY(!QFileInfo::exists(call.last())); // the copy is removed afterwards
        QVERIFY(m_out.contains(QStringLiteral("done")));
    }
};

QTEST_GUILESS_MAIN(TestInstallHelper)
#include "tst_installhelper.moc"

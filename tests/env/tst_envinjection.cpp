// Hostile values against every target's syntax: each is either rejected with a reason, or
// written so that the target's own parser reads back exactly the value and nothing else runs.
#include "env/envtarget.h"
#include "env/markedblock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ogs;

namespace {

QStringList hostileValues()
{
    return {
        QStringLiteral("$(touch PWNED)"),
        QStringLiteral("`touch PWNED`"),
        QStringLiteral("'; touch PWNED; '"),
        QStringLiteral("\"; touch PWNED; \""),
        QStringLiteral("a\\'b"),
        QStringLiteral("\\"),
        QStringLiteral("trailing\\"),
        QStringLiteral("$HOME ${IFS} $((1+1))"),
        QStringLiteral("%h %n %% 100%"),
        QStringLiteral("it's \"quoted\""),
        QStringLiteral("# not a comment"),
        QStringLiteral("a;b&c|d>e<f"),
        QStringLiteral("(subshell) {brace}"),
        QStringLiteral("~root *glob? [x]"),
        QStringLiteral("ünïcødé 🚀"),
        QStringLiteral("  spaces around  "),
        QStringLiteral("\\n literal backslash n"),
        QStringLiteral("[Service]"),
        QStringLiteral("# <<< ollama-gpu-setup <<<"),
    };
}

QStringList controlValues()
{
    return {QStringLiteral("line\nexport EVIL=1"), QStringLiteral("cr\rhere"), QStringLiteral("nul\x01"),
            QStringLiteral("tab\tx"), QString(QChar(0x2028))};
}

/// Runs `shell` on a script that sources `file` and prints the variable, in `dir`.
QByteArray sourceAndPrint(const QString &shell, const QString &dir, const QString &file, const QString &key)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
    env.insert(QStringLiteral("HOME"), dir);
    p.setProcessEnvironment(env);
    if (QFileInfo(shell).fileName() == QLatin1String("fish"))
        p.start(shell, {QStringLiteral("--no-config"), QStringLiteral("-c"),
                        QStringLiteral("source $argv[1]; and printf '%s' \"$%1\"").arg(key), file});
    else
        p.start(shell, {QStringLiteral("-c"), QStringLiteral(". \"$1\" && printf '%s' \"$%1\"").arg(key), QStringLiteral("sh"), file});
    if (!p.waitForFinished(20000))
        return QByteArrayLiteral("<timeout>");
    return p.exitCode() == 0 ? p.readAllStandardOutput() : QByteArrayLiteral("<failed: ") + p.readAllStandardError() + '>';
}

} // namespace

class TestEnvInjection final : public QObject {
    Q_OBJECT
private slots:
    void everyTarget_data()
    {
        QTest::addColumn<int>("target");
        QTest::addColumn<QString>("value");
        for (EnvTarget t : allEnvTargets()) {
            int n = 0;
            for (const QString &v : hostileValues())
                QTest::newRow(qPrintable(QStringLiteral("%1 #%2").arg(envTargetId(t)).arg(n++))) << static_cast<int>(t) << v;
        }
    }
    void everyTarget()
    {
        QFETCH(int, target);
        QFETCH(QString, value);
        const EnvTarget t = static_cast<EnvTarget>(target);
        const AssignmentLine line = formatAssignment(t, QStringLiteral("OLLAMA_MODELS"), value);
        if (!line.ok()) {
            // Only /etc/environment (no escapes at all) may refuse printable values, and it must say why.
            QCOMPARE(t, EnvTarget::EtcEnvironment);
            QVERIFY2(line.error.contains(QLatin1String("cannot be written safely")), qPrintable(line.error));
            return;
        }
        QVERIFY(!line.line.contains('\n'));
        QVERIFY(!line.line.contains('\r'));
        if (!isFileTarget(t))
            return; // registry values are data, not syntax; '%' is checked against REG_EXPAND_SZ by the planner
        const auto back = parseAssignment(t, line.line);
        QVERIFY2(back, line.line.constData());
        QCOMPARE(back->first, QStringLiteral("OLLAMA_MODELS"));
        QCOMPARE(back->second, value);

        // The whole block stays well-formed: one start, one end, and the value reads back.
        const BlockRewrite file = rewriteBlock(t, QByteArrayLiteral("before\n"), {{QStringLiteral("OLLAMA_MODELS"), value}}, QStringLiteral("f"));
        QVERIFY2(file.ok(), qPrintable(file.error));
        const BlockScan scan = scanBlock(t, file.bytes, QStringLiteral("f"));
        QVERIFY2(scan.ok(), qPrintable(scan.error));
        QCOMPARE(scan.values.size(), 1);
        QCOMPARE(scan.values.constFirst().second, value);
        QVERIFY(file.bytes.startsWith("before\n"));
    }

    void etcEnvironmentRejectsWhatPamCannotCarry_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("dollar") << "$HOME";
        QTest::newRow("backtick") << "`id`";
        QTest::newRow("double quote") << "a\"b";
        QTest::newRow("single quote") << "it's";
        QTest::newRow("backslash") << "C:\\models";
    }
    void etcEnvironmentRejectsWhatPamCannotCarry()
    {
        QFETCH(QString, value);
        const AssignmentLine line = formatAssignment(EnvTarget::EtcEnvironment, QStringLiteral("OLLAMA_MODELS"), value);
        QVERIFY(!line.ok());
        QVERIFY(line.error.contains(QLatin1String("etc-environment")));
        QVERIFY(line.error.contains(QLatin1String("use another target")));
    }

    void controlCharactersRejectedEverywhere_data()
    {
        QTest::addColumn<int>("target");
        QTest::addColumn<QString>("value");
        for (EnvTarget t : allEnvTargets()) {
            int n = 0;
            for (const QString &v : controlValues())
                QTest::newRow(qPrintable(QStringLiteral("%1 #%2").arg(envTargetId(t)).arg(n++))) << static_cast<int>(t) << v;
        }
    }
    void controlCharactersRejectedEverywhere()
    {
        QFETCH(int, target);
        QFETCH(QString, value);
        const AssignmentLine line = formatAssignment(static_cast<EnvTarget>(target), QStringLiteral("OLLAMA_MODELS"), value);
        QVERIFY(!line.ok());
        QVERIFY2(line.error.contains(QLatin1String("line break or control character")), qPrintable(line.error));
    }

    void badKeyNamesRejected()
    {
        for (EnvTarget t : allEnvTargets()) {
            for (const char *key : {"A B", "A=B", "$(x)", "", "1ABC", "A;B"})
                QVERIFY2(!formatAssignment(t, QString::fromLatin1(key), QStringLiteral("1")).ok(), key);
        }
    }

    void systemdEscapes()
    {
        // What systemd's parser undoes: C escapes inside "…", and %% for a literal %.
        QCOMPARE(formatAssignment(EnvTarget::Systemd, QStringLiteral("K"), QStringLiteral("a\"b\\c%d")).line,
                 QByteArray("Environment=\"K=a\\\"b\\\\c%%d\""));
        QCOMPARE(formatAssignment(EnvTarget::Fish, QStringLiteral("K"), QStringLiteral("it's\\")).line,
                 QByteArray("set -gx K 'it\\'s\\\\'"));
        QCOMPARE(formatAssignment(EnvTarget::Bashrc, QStringLiteral("K"), QStringLiteral("it's")).line,
                 QByteArray("export K='it'\\''s'"));
    }

    /// The real shells read exactly the value back, and none of the payloads ran.
    void realShellsReadTheValueBack_data()
    {
        QTest::addColumn<QString>("shell");
        QTest::addColumn<int>("target");
        QTest::newRow("bash bashrc") << "bash" << static_cast<int>(EnvTarget::Bashrc);
        QTest::newRow("dash profile") << "dash" << static_cast<int>(EnvTarget::Profile);
        QTest::newRow("zsh zshrc") << "zsh" << static_cast<int>(EnvTarget::Zshrc);
        QTest::newRow("bash etc-environment") << "bash" << static_cast<int>(EnvTarget::EtcEnvironment);
        QTest::newRow("fish conf.d") << "fish" << static_cast<int>(EnvTarget::Fish);
    }
    void realShellsReadTheValueBack()
    {
        QFETCH(QString, shell);
        QFETCH(int, target);
        const QString program = QStandardPaths::findExecutable(shell);
        if (program.isEmpty())
            QSKIP("shell not installed");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        int checked = 0;
        for (const QString &value : hostileValues()) {
            const BlockRewrite file = rewriteBlock(static_cast<EnvTarget>(target), QByteArrayLiteral("# rc\n"),
                                                   {{QStringLiteral("OLLAMA_MODELS"), value}}, QStringLiteral("rc"));
            if (!file.ok())
                continue; // refused: nothing written
            QFile out(dir.filePath(QStringLiteral("rc")));
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(file.bytes);
            out.close();
            QCOMPARE(QString::fromUtf8(sourceAndPrint(program, dir.path(), out.fileName(), QStringLiteral("OLLAMA_MODELS"))), value);
            QVERIFY2(!QFile::exists(dir.filePath(QStringLiteral("PWNED"))), qPrintable(value));
            ++checked;
        }
        QVERIFY(checked >= (static_cast<EnvTarget>(target) == EnvTarget::EtcEnvironment ? 3 : 10));
    }

    void systemdAnalyzeAcceptsTheDropIn()
    {
        const QString analyze = QStandardPaths::findExecutable(QStringLiteral("systemd-analyze"));
        if (analyze.isEmpty())
            QSKIP("systemd-analyze not installed");
        QTemporaryDir dir;
        EnvAssignments values;
        int n = 0;
        for (const QString &v : hostileValues())
            values.append({QStringLiteral("OLLAMA_V%1").arg(n++), v});
        const BlockRewrite file = rewriteBlock(EnvTarget::Systemd, {}, values, QStringLiteral("x"));
        QVERIFY2(file.ok(), qPrintable(file.error));
        QFile unit(dir.filePath(QStringLiteral("ogs-test.service")));
        QVERIFY(unit.open(QIODevice::WriteOnly));
        unit.write("[Unit]\nDescription=test\n\n");
        unit.write(file.bytes);
        unit.write("ExecStart=/bin/true\n");
        unit.close();
        QProcess p;
        p.start(analyze, {QStringLiteral("verify"), QStringLiteral("--man=no"), unit.fileName()});
        QVERIFY(p.waitForFinished(30000));
        const QByteArray err = p.readAllStandardError();
        // Without a running systemd, verify may complain about the environment, but never about our lines.
        QVERIFY2(!err.contains("Environment"), err.constData());
        QVERIFY2(!err.contains("ogs-test.service:"), err.constData());
    }
};

QTEST_GUILESS_MAIN(TestEnvInjection)
#include "tst_envinjection.moc"

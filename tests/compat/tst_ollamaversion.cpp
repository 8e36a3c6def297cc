#include "compat/ollamaversion.h"
#include "compat/versionprobe.h"

#include <QtTest>

using namespace ogs;

class TestOllamaVersion final : public QObject {
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void order();
    void cliOutput_data();
    void cliOutput();
    void resolve();
};

void TestOllamaVersion::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normalized"); // empty: rejected
    QTest::newRow("plain") << QStringLiteral("0.12.11") << QStringLiteral("0.12.11");
    QTest::newRow("v-prefix") << QStringLiteral("v0.30.0") << QStringLiteral("0.30.0");
    QTest::newRow("rc") << QStringLiteral("0.33.0-rc2") << QStringLiteral("0.33.0-rc2");
    QTest::newRow("two-parts") << QStringLiteral("0.12") << QString();
    QTest::newRow("words") << QStringLiteral("latest") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestOllamaVersion::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, normalized);
    const std::optional<OllamaVersion> got = OllamaVersion::parse(text);
    QCOMPARE(got ? got->toString() : QString(), normalized);
}

void TestOllamaVersion::order()
{
    auto p = [](const char *s) { return *OllamaVersion::parse(QLatin1String(s)); };
    QVERIFY(p("0.12.10") < p("0.12.11"));
    QVERIFY(p("0.9.6") < p("0.12.0")); // numeric, not text order
    QVERIFY(p("0.30.0-rc1") < p("0.30.0"));
    QVERIFY(p("0.30.0-rc1") < p("0.30.0-rc2"));
    QVERIFY(p("1.0.0") >= p("0.33.0"));
    QVERIFY(p("0.30.0") == p("v0.30.0"));
}

void TestOllamaVersion::cliOutput_data()
{
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("version");
    QTest::newRow("server") << QStringLiteral("ollama version is 0.12.11\n") << QStringLiteral("0.12.11");
    QTest::newRow("client-only") << QStringLiteral(
        "Warning: could not connect to a running Ollama instance\nWarning: client version is 0.17.0\n")
                                 << QStringLiteral("0.17.0");
    QTest::newRow("both") << QStringLiteral("ollama version is 0.30.1\nWarning: client version is 0.31.0\n")
                          << QStringLiteral("0.30.1");
    QTest::newRow("garbage") << QStringLiteral("command not found") << QString();
}

void TestOllamaVersion::cliOutput()
{
    QFETCH(QString, output);
    QFETCH(QString, version);
    const std::optional<OllamaVersion> got = parseOllamaVersionOutput(output);
    QCOMPARE(got ? got->toString() : QString(), version);
}

void TestOllamaVersion::resolve()
{
    const OllamaVersion newest = *OllamaVersion::parse(QStringLiteral("0.33.0"));
    QStringList calls;
    const CommandRunner answers = [&calls](const QString &program, const QStringList &args) -> std::optional<QString> {
        calls << program + QLatin1Char(' ') + args.join(QLatin1Char(' '));
        return QStringLiteral("ollama version is 0.18.2");
    };
    const CommandRunner missing
        = [](const QString &, const QStringList &) -> std::optional<QString> { return std::nullopt; };

    ResolvedVersion r = resolveOllamaVersion(OllamaVersion::parse(QStringLiteral("0.20.0")), answers, newest);
    QCOMPARE(r.version.toString(), QStringLiteral("0.20.0"));
    QCOMPARE(r.origin, VersionOrigin::Given);
    QVERIFY(calls.isEmpty()); // a given version needs no process

    r = resolveOllamaVersion(std::nullopt, answers, newest);
    QCOMPARE(r.version.toString(), QStringLiteral("0.18.2"));
    QCOMPARE(r.origin, VersionOrigin::Cli);
    QCOMPARE(calls, QStringList { QStringLiteral("ollama --version") });
    QVERIFY(!r.assumed);

    r = resolveOllamaVersion(std::nullopt, missing, newest);
    QCOMPARE(r.version.toString(), QStringLiteral("0.33.0"));
    QVERIFY(r.assumed);
    QCOMPARE(r.origin, VersionOrigin::Unknown);
    QVERIFY(r.note.contains(QLatin1String("assumes the newest")));

    r = resolveOllamaVersion(std::nullopt, CommandRunner(), newest);
    QVERIFY(r.assumed);

    // A running server is asked before the CLI, and wins.
    calls.clear();
    const ServerVersionProbe running = [] { return OllamaVersion::parse(QStringLiteral("0.30.1")); };
    r = resolveOllamaVersion(std::nullopt, answers, newest, running);
    QCOMPARE(r.version.toString(), QStringLiteral("0.30.1"));
    QCOMPARE(r.origin, VersionOrigin::Server);
    QVERIFY(calls.isEmpty());
    const ServerVersionProbe silent = [] { return std::optional<OllamaVersion>(); };
    r = resolveOllamaVersion(std::nullopt, answers, newest, silent);
    QCOMPARE(r.origin, VersionOrigin::Cli);
}

QTEST_GUILESS_MAIN(TestOllamaVersion)
#include "tst_ollamaversion.moc"

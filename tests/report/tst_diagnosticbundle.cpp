#include "report/diagnosticbundle.h"

#include "unzip.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace ogs;
using ogs::test::Unzip;

namespace {

QStringList names(const QList<ZipEntry> &entries)
{
    QStringList n;
    for (const ZipEntry &e : entries)
        n << e.name;
    return n;
}

QByteArray entry(const QList<ZipEntry> &entries, const QString &name)
{
    for (const ZipEntry &e : entries)
        if (e.name == name)
            return e.data;
    return {};
}

DiagnosticInput collected()
{
    DiagnosticInput in;
    in.created = QDateTime(QDate(2026, 3, 1), QTime(9, 42, 31), Qt::UTC);
    in.collectedBy = QStringLiteral("a test");
    return in;
}

} // namespace

class TestDiagnosticBundle final : public QObject {
    Q_OBJECT
private slots:
    /// Nothing collected yet: the fixed files are there and say so; nothing optional is invented.
    void anEmptyCollectionSaysWhatIsMissing()
    {
        const QList<ZipEntry> files = diagnosticBundle(collected());
        QCOMPARE(names(files),
            (QStringList { QStringLiteral("README.txt"), QStringLiteral("report.txt"), QStringLiteral("detection.json"),
                QStringLiteral("recommendation.json"), QStringLiteral("changes.json"),
                QStringLiteral("environment.json"), QStringLiteral("ollama-log.txt") }));
        const QByteArray readme = entry(files, QStringLiteral("README.txt"));
        QVERIFY(readme.startsWith(
            "ollama-gpu-setup " OGS_VERSION " diagnostic bundle\nCollected 2026-03-01T09:42:31Z by a test.\n"));
        for (const ZipEntry &e : files)
            QVERIFY2(readme.contains(QByteArray("  " + e.name.toUtf8() + ' ')), qPrintable(e.name));
        QCOMPARE(entry(files, QStringLiteral("ollama-log.txt")), QByteArray("not read yet\n"));
        const QString report = QString::fromUtf8(entry(files, QStringLiteral("report.txt")));
        QCOMPARE(report, diagnosticReport(collected()));
        for (const char *section : { "== Choices ==\nnone\n", "== Applied ==\nnothing recorded\n",
                 "== Bench ==\nnot run\n", "== Findings ==\nnone\n",
                 "== Environment ==\nno OLLAMA_* or GPU variable set\n", "== Ollama log ==\nnot read yet\n" })
            QVERIFY2(report.contains(QLatin1String(section)), section);
        QCOMPARE(QJsonDocument::fromJson(entry(files, QStringLiteral("changes.json"))).object(),
            (QJsonObject { { QStringLiteral("journal"), QJsonArray() } }));
    }

    /// Everything collected: the optional files appear in their place, each with what it was given.
    void everythingCollectedIsInIt()
    {
        DiagnosticInput in = collected();
        in.choices = { { QStringLiteral("path"), QStringLiteral("vulkan") },
            { QStringLiteral("model"), QStringLiteral("llama3.2") } };
        EnvRequest request;
        request.set = { { QStringLiteral("OLLAMA_VULKAN"), QStringLiteral("1") } };
        request.unset = { QStringLiteral("HSA_OVERRIDE_GFX_VERSION") };
        in.session = AppliedChanges { true,
            EnvActionResult { true, {}, QStringLiteral("20260301-094200"), { QStringLiteral("wrote ~/.bashrc") } },
            request };
        in.journal = { JournalSummary { QStringLiteral("20260301-094200"), QStringLiteral("2026-03-01T09:42:00Z"),
            QStringLiteral("bashrc"), QStringLiteral("applied"), { QStringLiteral("/home/a/.bashrc") }, {} } };
        in.budget = { { QStringLiteral("fits"), true } };
        in.bench = { { QStringLiteral("verdict"), QStringLiteral("ok") } };
        in.log = LogExcerpt { QStringLiteral("/home/a/.ollama/logs/server.log"),
            { QStringLiteral("line one"), QStringLiteral("line two") }, {} };
        in.findings = { Finding { QStringLiteral("igpu-skipped"), Severity::Info, QStringLiteral("evidence line"),
            QStringLiteral("the cause"), QStringLiteral("the fix") } };
        in.environment = { { QStringLiteral("OLLAMA_HOST"), QStringLiteral("0.0.0.0") } };
        const QList<ZipEntry> files = diagnosticBundle(in);
        QCOMPARE(names(files),
            (QStringList { QStringLiteral("README.txt"), QStringLiteral("report.txt"), QStringLiteral("detection.json"),
                QStringLiteral("recommendation.json"), QStringLiteral("budget.json"), QStringLiteral("changes.json"),
                QStringLiteral("bench.json"), QStringLiteral("findings.json"), QStringLiteral("environment.json"),
                QStringLiteral("ollama-log.txt") }));
        QCOMPARE(entry(files, QStringLiteral("ollama-log.txt")),
            QByteArray("source=/home/a/.ollama/logs/server.log\nline one\nline two\n"));
        const QString report = diagnosticReport(in);
        QVERIFY2(report.contains(QLatin1String("== Choices ==\npath=vulkan\nmodel=llama3.2\n")), qPrintable(report));
        QVERIFY(report.contains(
            QLatin1String("== Applied ==\napplied=yes\njournal=20260301-094200\nwrote ~/.bashrc\n"
                          "set OLLAMA_VULKAN=1\nunset HSA_OVERRIDE_GFX_VERSION\n"
                          "history 20260301-094200 applied bashrc 2026-03-01T09:42:00Z /home/a/.bashrc\n")));
        QVERIFY(report.contains(QLatin1String("== Findings ==\n[info] igpu-skipped: evidence line\n  fix: the fix\n")));
        QVERIFY(report.contains(QLatin1String("== Environment ==\nOLLAMA_HOST=0.0.0.0\n")));
        const QJsonObject changes = QJsonDocument::fromJson(entry(files, QStringLiteral("changes.json"))).object();
        QCOMPARE(changes.value(QStringLiteral("session"))
                     .toObject()
                     .value(QStringLiteral("unset"))
                     .toArray()
                     .first()
                     .toString(),
            QStringLiteral("HSA_OVERRIDE_GFX_VERSION"));
        QCOMPARE(changes.value(QStringLiteral("journal"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("state"))
                     .toString(),
            QStringLiteral("applied"));
        QCOMPARE(QJsonDocument::fromJson(entry(files, QStringLiteral("findings.json")))
                     .object()
                     .value(QStringLiteral("findings"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
            QStringLiteral("igpu-skipped"));

        // Written and read back by unzip, byte for byte.
        QTemporaryDir dir;
        const QString zip = dir.filePath(QStringLiteral("bundle.zip"));
        QString error;
        QVERIFY2(writeZip(zip, files, in.created, &error), qPrintable(error));
        QCOMPARE(Unzip::run({ QStringLiteral("-t"), zip }).exitCode, 0);
        QCOMPARE(Unzip::names(zip), names(files));
        for (const ZipEntry &e : files)
            QCOMPARE(Unzip::content(zip, e.name), e.data);
    }

    void aLogThatWasNotFoundSaysWhereItLooked()
    {
        DiagnosticInput in = collected();
        in.log = LogExcerpt { {}, {},
            { QStringLiteral("journalctl -u ollama"), QStringLiteral("/home/a/.ollama/logs/server.log") } };
        QCOMPARE(entry(diagnosticBundle(in), QStringLiteral("ollama-log.txt")),
            QByteArray("no log found (looked at: journalctl -u ollama, /home/a/.ollama/logs/server.log)\n"));
    }

    /// The excerpt's lines diagnose as the whole log does; no log read, no findings.
    void anExcerptIsDiagnosed()
    {
        QFile f(QStringLiteral(OGS_TEST_DATA "/ollama-logs/ollama-11557-linux-rx7700s-gfx1102-igpu-skipped.log"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        DiagnoseContext context;
        context.os = QStringLiteral("linux");
        QStringList whole, excerpt;
        for (const Finding &x : diagnose(parseOllamaLog(text, LogScope::LastRun), context))
            whole << x.id;
        const LogExcerpt lines { f.fileName(), relevantLogLines(text), {} };
        for (const Finding &x : diagnoseExcerpt(lines, context))
            excerpt << x.id;
        QVERIFY(whole.contains(QStringLiteral("igpu-skipped")));
        QCOMPARE(excerpt, whole);
        QVERIFY(diagnoseExcerpt(LogExcerpt { {}, {}, { QStringLiteral("journalctl -u ollama") } }, context).isEmpty());
    }

    void onlyOllamaAndGpuVariablesAreKept_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("kept"); // null: left out
        QTest::newRow("OLLAMA_HOST") << QStringLiteral("OLLAMA_HOST") << QStringLiteral("value");
        QTest::newRow("OLLAMA_MODELS") << QStringLiteral("OLLAMA_MODELS") << QStringLiteral("value");
        QTest::newRow("not allow-listed OLLAMA_") << QStringLiteral("OLLAMA_SOMETHING_NEW") << QStringLiteral("value");
        QTest::newRow("GPU variable") << QStringLiteral("HSA_OVERRIDE_GFX_VERSION") << QStringLiteral("value");
        QTest::newRow("API key") << QStringLiteral("OLLAMA_API_KEY") << QStringLiteral("(hidden)");
        QTest::newRow("token") << QStringLiteral("OLLAMA_AUTH_TOKEN") << QStringLiteral("(hidden)");
        QTest::newRow("HOME") << QStringLiteral("HOME") << QString();
        QTest::newRow("PATH") << QStringLiteral("PATH") << QString();
        QTest::newRow("other secret") << QStringLiteral("GITHUB_TOKEN") << QString();
        QTest::newRow("lower case") << QStringLiteral("ollama_host") << QString();
    }

    void onlyOllamaAndGpuVariablesAreKept()
    {
        QFETCH(QString, name);
        QFETCH(QString, kept);
        QProcessEnvironment env;
        env.insert(name, QStringLiteral("value"));
        const QMap<QString, QString> result = reportEnvironment(env);
        QCOMPARE(result.contains(name), !kept.isNull());
        QCOMPARE(result.value(name), kept.isNull() ? QString() : kept);
    }

    void theDefaultNameCarriesTheDate()
    {
        QCOMPARE(defaultBundleName(QDateTime(QDate(2026, 3, 1), QTime(9, 42, 31))),
            QStringLiteral("ollama-gpu-setup-bundle-20260301-0942.zip"));
    }
};

QTEST_GUILESS_MAIN(TestDiagnosticBundle)
#include "tst_diagnosticbundle.moc"

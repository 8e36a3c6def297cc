#include "diagnose/logexcerpt.h"
#include "diagnose/ollamalog.h"
#include "env/processrunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace ogs;

namespace {

QString readLog(const QString &name)
{
    QFile f(QStringLiteral(OGS_TEST_DATA "/ollama-logs/") + name);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

/// Answers journalctl with a fixed text and records the call.
class JournalRunner final : public ProcessRunner {
public:
    ProcessResult run(const QString &program, const QStringList &arguments, int) override
    {
        calls << program + QLatin1Char(' ') + arguments.join(QLatin1Char(' '));
        return { started, exitCode, output };
    }
    QStringList calls;
    bool started = true;
    int exitCode = 0;
    QByteArray output;
};

LogLocation linuxHome(const QString &home)
{
    LogLocation where;
    where.os = QStringLiteral("linux");
    where.home = home;
    where.fileExists = [](const QString &p) { return QFileInfo(p).isFile(); };
    return where;
}

} // namespace

class TestLogExcerpt final : public QObject {
    Q_OBJECT
private slots:
    /// Every real log: the excerpt keeps what the parser needs to tell the same story.
    void keepsWhatTheDiagnosisNeeds_data()
    {
        QTest::addColumn<QString>("log");
        const QStringList logs
            = QDir(QStringLiteral(OGS_TEST_DATA "/ollama-logs")).entryList({ QStringLiteral("*.log") });
        QVERIFY(logs.size() >= 8);
        for (const QString &l : logs)
            QTest::newRow(qPrintable(l)) << l;
    }

    void keepsWhatTheDiagnosisNeeds()
    {
        QFETCH(QString, log);
        const QString text = readLog(log);
        const QStringList lines = relevantLogLines(text, -1);
        QVERIFY(!lines.isEmpty());
        QVERIFY(lines.size() < text.count(QLatin1Char('\n')) + 1);
        const ParsedLog whole = parseOllamaLog(text);
        const ParsedLog excerpt = parseOllamaLog(lines.join(QLatin1Char('\n')));
        QCOMPARE(excerpt.gpus.size(), whole.gpus.size());
        QCOMPARE(excerpt.cpuDevice.has_value(), whole.cpuDevice.has_value());
        QCOMPARE(excerpt.unsupportedGpus.size(), whole.unsupportedGpus.size());
        QCOMPARE(excerpt.noCompatibleGpus(), whole.noCompatibleGpus());
    }

    void keepsTheNewestLines()
    {
        QString text;
        for (int i = 0; i < 100; ++i)
            text += QStringLiteral("time=x level=INFO msg=\"inference compute\" id=%1\nunrelated line %1\n").arg(i);
        const QStringList lines = relevantLogLines(text, 10);
        QCOMPARE(lines.size(), 10);
        QVERIFY(lines.constLast().endsWith(QLatin1String("id=99")));
        QVERIFY(lines.constFirst().endsWith(QLatin1String("id=90")));
    }

    void journalFirstThenTheFile()
    {
        QTemporaryDir home;
        QVERIFY(QDir().mkpath(home.filePath(QStringLiteral(".ollama/logs"))));
        QVERIFY(
            QFile::copy(QStringLiteral(OGS_TEST_DATA "/ollama-logs/ollama-8772-linux-rx6750-gfx1031-not-supported.log"),
                home.filePath(QStringLiteral(".ollama/logs/server.log"))));
        JournalRunner journal;
        journal.output = readLog(QStringLiteral("ollama-11557-linux-rx7700s-gfx1102-igpu-skipped.log")).toUtf8();
        LogExcerpt e = readLogExcerpt(linuxHome(home.path()), &journal);
        QCOMPARE(e.source, QStringLiteral("journalctl -u ollama --no-pager -n 20000"));
        QCOMPARE(journal.calls.size(), 1);
        QVERIFY(e.lines.join(QLatin1Char('\n')).contains(QLatin1String("compute=gfx1102")));

        journal.exitCode = 1; // no journal (not a systemd service): the file
        e = readLogExcerpt(linuxHome(home.path()), &journal);
        QCOMPARE(e.source, home.filePath(QStringLiteral(".ollama/logs/server.log")));
        QVERIFY(e.lines.join(QLatin1Char('\n')).contains(QLatin1String("gfx1031")));

        e = readLogExcerpt(linuxHome(home.path()), nullptr); // no runner: files only
        QCOMPARE(e.source, home.filePath(QStringLiteral(".ollama/logs/server.log")));
        QCOMPARE(e.tried, QStringList { home.filePath(QStringLiteral(".ollama/logs/server.log")) });
    }

    void nothingFound()
    {
        QTemporaryDir home;
        const LogExcerpt e = readLogExcerpt(linuxHome(home.path()), nullptr);
        QVERIFY(e.source.isEmpty());
        QVERIFY(e.lines.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLogExcerpt)
#include "tst_logexcerpt.moc"

#include "diagnose/loglocator.h"
#include "env/processrunner.h"

#include <QTemporaryDir>

#include <QFile>
#include <QSet>
#include <QTest>

using namespace ogs;

namespace {

/// journalctl that prints `output` with exit code `exitCode`.
class JournalRunner final : public ProcessRunner {
public:
    JournalRunner(QByteArray output, int exitCode)
        : m_output(std::move(output))
        , m_exitCode(exitCode)
    {
    }
    ProcessResult run(const QString &program, const QStringList &, int) override
    {
        ++calls;
        return program == QLatin1String("journalctl") ? ProcessResult { true, m_exitCode, m_output } : ProcessResult {};
    }
    int calls = 0;

private:
    QByteArray m_output;
    int m_exitCode;
};

} // namespace

/// Where each platform keeps Ollama's server log.
class TestLogLocator final : public QObject {
    Q_OBJECT
private slots:
    void platforms_data()
    {
        QTest::addColumn<QString>("os");
        QTest::addColumn<QStringList>("existing");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("windows with rotation")
            << QStringLiteral("windows")
            << QStringList { QStringLiteral("/L/Ollama/server.log"), QStringLiteral("/L/Ollama/server-2.log"),
                   QStringLiteral("/L/Ollama/server-1.log") }
            << QStringList { QStringLiteral("/L/Ollama/server.log"), QStringLiteral("/L/Ollama/server-1.log"),
                   QStringLiteral("/L/Ollama/server-2.log") };
        QTest::newRow("windows, nothing yet") << QStringLiteral("windows") << QStringList {} << QStringList {};
        QTest::newRow("macos") << QStringLiteral("macos")
                               << QStringList { QStringLiteral("/H/.ollama/logs/server.log") }
                               << QStringList { QStringLiteral("/H/.ollama/logs/server.log") };
        QTest::newRow("linux") << QStringLiteral("linux") << QStringList {}
                               << QStringList { QStringLiteral("journalctl -u ollama --no-pager -n 20000") };
        QTest::newRow("wsl2, Ollama on the Windows host")
            << QStringLiteral("wsl2") << QStringList { QStringLiteral("/W/anna/AppData/Local/Ollama/server.log") }
            << QStringList { QStringLiteral("journalctl -u ollama --no-pager -n 20000"),
                   QStringLiteral("/W/anna/AppData/Local/Ollama/server.log") };
        QTest::newRow("linux ignores Windows folders")
            << QStringLiteral("linux") << QStringList { QStringLiteral("/W/anna/AppData/Local/Ollama/server.log") }
            << QStringList { QStringLiteral("journalctl -u ollama --no-pager -n 20000") };
        QTest::newRow("wsl2 with a file")
            << QStringLiteral("wsl2") << QStringList { QStringLiteral("/H/.ollama/logs/server.log") }
            << QStringList { QStringLiteral("journalctl -u ollama --no-pager -n 20000"),
                   QStringLiteral("/H/.ollama/logs/server.log") };
    }
    void platforms()
    {
        QFETCH(QString, os);
        QFETCH(QStringList, existing);
        QFETCH(QStringList, expected);
        const QSet<QString> files(existing.begin(), existing.end());
        LogLocation where;
        where.os = os;
        where.localAppData = QStringLiteral("/L");
        where.home = QStringLiteral("/H");
        where.fileExists = [&files](const QString &p) { return files.contains(p); };
        where.windowsUsersRoot = QStringLiteral("/W");
        where.listDirs = [](const QString &root) {
            return root == QLatin1String("/W") ? QStringList { QStringLiteral("Public"), QStringLiteral("anna") }
                                               : QStringList {};
        };
        QStringList got;
        for (const LogSource &s : locateOllamaLogs(where))
            got << s.describe();
        QCOMPARE(got, expected);
    }

    /// The first source with log lines wins: journalctl when it has entries, else the file.
    void readsTheFirstLogWithContent()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("server.log"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("time=2026-01-01T00:00:00Z level=INFO msg=\"from the file\"\n");
        f.close();
        const QList<LogSource> sources { { QString(), QStringLiteral("journalctl"), { QStringLiteral("-u"), QStringLiteral("ollama") } },
            { file, {}, {} } };
        QString source;
        JournalRunner journal("Dec 01 host ollama[1]: time=x level=INFO msg=\"from the journal\"\n", 0);
        QVERIFY(readFirstLog(sources, &journal, &source).contains(QLatin1String("from the journal")));
        QCOMPARE(source, QStringLiteral("journalctl -u ollama"));
        JournalRunner empty("-- No entries --\n", 0);
        QVERIFY(readFirstLog(sources, &empty, &source).contains(QLatin1String("from the file")));
        QCOMPARE(source, file);
        JournalRunner failing("", 1);
        QVERIFY(readFirstLog(sources, &failing, &source).contains(QLatin1String("from the file")));
        QVERIFY(readFirstLog(sources, nullptr, &source).contains(QLatin1String("from the file"))); // no runner: no commands
        QVERIFY(readFirstLog({ sources.constFirst() }, nullptr, &source).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLogLocator)
#include "tst_loglocator.moc"

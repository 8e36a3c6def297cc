#include "diagnose/loglocator.h"

#include <QSet>
#include <QTest>

using namespace ogs;

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
};

QTEST_GUILESS_MAIN(TestLogLocator)
#include "tst_loglocator.moc"

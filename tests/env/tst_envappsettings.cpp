// The Ollama desktop app's db.sqlite: settings that override the environment are found, read
// without changing the file, and turned into plan warnings for the Windows targets.
#include "env/envplan.h"
#include "env/ollamaappsettings.h"
#include "memoryregistry.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ogs;

namespace {

/// A db.sqlite with the app's settings table (schema v18 columns that matter, plus a few others).
QString makeDatabase(const QString &dir, const QString &values, bool withAirplane = true)
{
    const QString path = dir + QStringLiteral("/Ollama/db.sqlite");
    QDir().mkpath(dir + QStringLiteral("/Ollama"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("maker"));
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot create the test database");
        QSqlQuery q(db);
        const QString airplane = withAirplane ? QStringLiteral(", airplane_mode BOOLEAN NOT NULL DEFAULT 0") : QString();
        if (!q.exec(QStringLiteral("CREATE TABLE settings (id INTEGER PRIMARY KEY CHECK (id = 1), device_id TEXT NOT NULL DEFAULT '', "
                                   "expose BOOLEAN NOT NULL DEFAULT 0, browser BOOLEAN NOT NULL DEFAULT 0, models TEXT NOT NULL DEFAULT '', "
                                   "context_length INTEGER NOT NULL DEFAULT 0%1, schema_version INTEGER NOT NULL DEFAULT 18)").arg(airplane))
            || !q.exec(QStringLiteral("INSERT INTO settings (id) VALUES (1)"))
            || (!values.isEmpty() && !q.exec(QStringLiteral("UPDATE settings SET %1 WHERE id = 1").arg(values))))
            qFatal("%s", qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("maker"));
    return path;
}

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestEnvAppSettings final : public QObject {
    Q_OBJECT
private slots:
    void overrides_data()
    {
        QTest::addColumn<QString>("values");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("defaults") << QString() << QStringList();
        QTest::newRow("expose") << "expose = 1" << QStringList{QStringLiteral("OLLAMA_HOST=0.0.0.0")};
        QTest::newRow("browser") << "browser = 1" << QStringList{QStringLiteral("OLLAMA_ORIGINS=*")};
        QTest::newRow("models") << "models = 'D:\\Models'" << QStringList{QStringLiteral("OLLAMA_MODELS=D:\\Models")};
        QTest::newRow("context") << "context_length = 8192" << QStringList{QStringLiteral("OLLAMA_CONTEXT_LENGTH=8192")};
        QTest::newRow("airplane") << "airplane_mode = 1" << QStringList{QStringLiteral("OLLAMA_NO_CLOUD=1")};
        QTest::newRow("all") << "expose = 1, browser = 1, models = '/m', context_length = 4096, airplane_mode = 1"
                             << QStringList{QStringLiteral("OLLAMA_HOST=0.0.0.0"), QStringLiteral("OLLAMA_ORIGINS=*"), QStringLiteral("OLLAMA_MODELS=/m"),
                                            QStringLiteral("OLLAMA_CONTEXT_LENGTH=4096"), QStringLiteral("OLLAMA_NO_CLOUD=1")};
    }
    void overrides()
    {
        QFETCH(QString, values);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        const QString db = makeDatabase(dir.path(), values);
        QCOMPARE(ollamaAppDatabasePath(dir.path()), db);
        const QByteArray before = hashOf(db);
        const AppSettingsRead r = readOllamaAppOverrides(db);
        QVERIFY(r.found);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QStringList got;
        for (const AppSettingOverride &o : r.overrides)
            got << o.key + QLatin1Char('=') + o.value;
        QCOMPARE(got, expected);
        QCOMPARE(hashOf(db), before); // never written
    }

    void olderSchemaWithoutColumn()
    {
        QTemporaryDir dir;
        const AppSettingsRead r = readOllamaAppOverrides(makeDatabase(dir.path(), QStringLiteral("expose = 1"), false));
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.overrides.size(), 1);
    }

    void missingAndBroken()
    {
        QTemporaryDir dir;
        const AppSettingsRead none = readOllamaAppOverrides(dir.filePath(QStringLiteral("nope.sqlite")));
        QVERIFY(!none.found);
        QVERIFY(none.error.isEmpty());
        QFile junk(dir.filePath(QStringLiteral("junk.sqlite")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("this is not a database at all, just text that is long enough to look like a header........");
        junk.close();
        const AppSettingsRead broken = readOllamaAppOverrides(junk.fileName());
        QVERIFY(broken.found);
        QVERIFY(!broken.error.isEmpty());
        QVERIFY(broken.overrides.isEmpty());
    }

    void planWarnsAboutOverriddenKeys()
    {
        QTemporaryDir dir;
        const QString db = makeDatabase(dir.path(), QStringLiteral("models = 'D:\\Models', context_length = 8192"));
        test::MemoryRegistry reg;
        EnvRoots roots;
        roots.home = dir.path();
        EnvPlanner planner(roots, &reg);
        planner.setAppDatabasePath(db);
        EnvRequest request;
        request.target = EnvTarget::WindowsUser;
        request.set = {{QStringLiteral("OLLAMA_CONTEXT_LENGTH"), QStringLiteral("16384")}, {QStringLiteral("OLLAMA_VULKAN"), QStringLiteral("1")}};
        QString error;
        const auto plan = planner.plan(request, &error);
        QVERIFY2(plan, qPrintable(error));
        const QString warnings = plan->warnings.join(QLatin1Char('\n'));
        QVERIFY2(warnings.contains(QLatin1String("The Ollama app sets OLLAMA_CONTEXT_LENGTH=8192 itself")), qPrintable(warnings));
        QVERIFY(warnings.contains(QLatin1String("Settings window")));
        QVERIFY(!warnings.contains(QLatin1String("OLLAMA_MODELS"))); // not being set here
        QVERIFY(!warnings.contains(QLatin1String("OLLAMA_VULKAN")));
    }
};

QTEST_GUILESS_MAIN(TestEnvAppSettings)
#include "tst_envappsettings.moc"

#include "ollamaappsettings.h"

#include "common/coretext.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTemporaryDir>
#include <QUuid>

namespace ogs {

QString ollamaAppDatabasePath(const QString &localAppData)
{
    return localAppData + QStringLiteral("/Ollama/db.sqlite");
}

AppSettingsRead readOllamaAppOverrides(const QString &dbPath)
{
    AppSettingsRead result;
    if (!QFileInfo(dbPath).isFile())
        return result;
    result.found = true;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        result.error = EnvText::tr("cannot read %1: Qt's SQLite driver is not installed").arg(dbPath);
        return result;
    }
    QTemporaryDir copyDir;
    const QString copy = copyDir.filePath(QStringLiteral("db.sqlite"));
    if (!copyDir.isValid() || !QFile::copy(dbPath, copy)) {
        result.error = EnvText::tr("cannot read %1 (copying it failed)").arg(dbPath);
        return result;
    }
    // Recent changes may still sit in the write-ahead log.
    if (QFileInfo::exists(dbPath + QStringLiteral("-wal")))
        QFile::copy(dbPath + QStringLiteral("-wal"), copy + QStringLiteral("-wal"));

    const QString connection = QStringLiteral("ogs-ollama-app-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(copy);
        if (!db.open()) {
            result.error = EnvText::tr("cannot read %1: %2").arg(dbPath, db.lastError().text());
        } else {
            QStringList columns;
            QSqlQuery info(db);
            if (info.exec(QStringLiteral("PRAGMA table_info(settings)"))) {
                while (info.next())
                    columns << info.value(1).toString();
            }
            if (columns.isEmpty()) {
                result.error = EnvText::tr("%1 has no settings table (not an Ollama app database?)").arg(dbPath);
            } else {
                const QStringList wanted { QStringLiteral("expose"), QStringLiteral("browser"),
                    QStringLiteral("models"), QStringLiteral("context_length"), QStringLiteral("airplane_mode") };
                QStringList present;
                for (const QString &c : wanted) {
                    if (columns.contains(c))
                        present << c;
                }
                QSqlQuery q(db);
                if (present.isEmpty()
                    || !q.exec(
                        QStringLiteral("SELECT %1 FROM settings WHERE id = 1").arg(present.join(QStringLiteral(", "))))
                    || !q.next()) {
                    result.error = present.isEmpty()
                        ? QString()
                        : EnvText::tr("cannot read the settings in %1: %2").arg(dbPath, q.lastError().text());
                } else {
                    const QSqlRecord rec = q.record();
                    auto value = [&](const char *column) {
                        return rec.indexOf(QLatin1String(column)) >= 0 ? q.value(QLatin1String(column)) : QVariant();
                    };
                    if (value("expose").toInt() != 0)
                        result.overrides.append({ QStringLiteral("OLLAMA_HOST"), QStringLiteral("0.0.0.0"),
                            QStringLiteral("\"Expose Ollama to the network\" (expose)") });
                    if (value("browser").toInt() != 0)
                        result.overrides.append({ QStringLiteral("OLLAMA_ORIGINS"), QStringLiteral("*"),
                            QStringLiteral("\"Allow browser requests\" (browser)") });
                    if (!value("models").toString().isEmpty())
                        result.overrides.append({ QStringLiteral("OLLAMA_MODELS"), value("models").toString(),
                            QStringLiteral("\"Model location\" (models)") });
                    if (value("context_length").toLongLong() > 0)
                        result.overrides.append(
                            { QStringLiteral("OLLAMA_CONTEXT_LENGTH"), value("context_length").toString(),
                                QStringLiteral("\"Context length\" (context_length)") });
                    if (value("airplane_mode").toInt() != 0)
                        result.overrides.append({ QStringLiteral("OLLAMA_NO_CLOUD"), QStringLiteral("1"),
                            QStringLiteral("\"Airplane mode\" (airplane_mode)") });
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

} // namespace ogs

#pragma once

#include <QList>
#include <QString>

namespace ogs {

/// One variable the Ollama desktop app (Windows, macOS) writes over the environment when it
/// starts `ollama serve`, from a setting in its own database (app/server/server.go cmd()).
struct AppSettingOverride {
    QString key;     ///< OLLAMA_HOST
    QString value;   ///< what the server will get, e.g. 0.0.0.0
    QString setting; ///< the app's setting, e.g. "Expose Ollama to the network"
};

/// What `%LOCALAPPDATA%\Ollama\db.sqlite` says.
struct AppSettingsRead {
    bool found = false;  ///< the database exists
    QList<AppSettingOverride> overrides;
    QString error;       ///< unreadable or not the expected schema
};

/// Reads the app's settings without touching its database: the file (and its -wal journal) is
/// copied to a temporary folder and the copy is opened read-only with Qt SQL (SQLite).
AppSettingsRead readOllamaAppOverrides(const QString &dbPath);

/// `localAppData`/Ollama/db.sqlite.
QString ollamaAppDatabasePath(const QString &localAppData);

} // namespace ogs

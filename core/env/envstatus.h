#pragma once

#include "envjournal.h"
#include "envplan.h"
#include "processrunner.h"
#include "targetdecision.h"

#include <QJsonObject>
#include <QMap>

#include <optional>

namespace ogs {

/// What one target holds: our block's values and lines elsewhere in the file setting allow-listed keys.
struct TargetStatus {
    EnvTarget target = EnvTarget::Bashrc;
    QString path;
    bool exists = false;
    EnvAssignments values;
    QMap<QString, QList<int>> setOutsideBlock; ///< key → 1-based line numbers
    QString error;
};

/// The environment the running Ollama reported, when a log was available.
struct ServerEnvironment {
    bool known = false;
    QString source; ///< "journalctl -u ollama" or the log file
    QMap<QString, QString> env;
};

struct EnvStatus {
    TargetDecision decision;
    QList<TargetStatus> targets;
    ServerEnvironment server;
    QList<JournalSummary> history;
    QStringList notes; ///< values Ollama has not picked up yet, and the like
};

/// Inputs of `env status`; every source is a parameter.
struct EnvStatusInput {
    EnvRoots roots;
    QList<EnvTarget> targets;
    TargetDecision decision;
    EnvRegistry *registry = nullptr;
    ProcessRunner *runner = nullptr; ///< for journalctl; null: do not ask the system
    QString logFile;                 ///< a server.log to read instead of journalctl
    QString stateDir;
    QString appDatabase;             ///< Windows: the Ollama app's db.sqlite (its overrides are listed)
};

EnvStatus collectEnvStatus(const EnvStatusInput &input);
QJsonObject envStatusToJson(const EnvStatus &status);

} // namespace ogs

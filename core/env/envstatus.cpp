#include "envstatus.h"

#include "common/coretext.h"
#include "envkeys.h"
#include "ollamaappsettings.h"
#include "serverconfig.h"

#include <QFile>
#include <QJsonArray>

namespace ogs {

EnvStatus collectEnvStatus(const EnvStatusInput &input)
{
    EnvStatus status;
    status.decision = input.decision;
    const EnvPlanner planner(input.roots, input.registry);
    for (EnvTarget target : input.targets) {
        TargetStatus t;
        t.target = target;
        t.path = isFileTarget(target)
            ? envTargetPath(target, input.roots)
            : registryScopeName(target == EnvTarget::WindowsMachine ? RegistryScope::Machine : RegistryScope::User);
        t.values = planner.currentValues(target, &t.error);
        if (isFileTarget(target)) {
            const FileSnapshot snap = snapshotFile(t.path);
            t.exists = snap.exists;
            if (snap.exists) {
                for (const EnvKeyInfo &key : envKeys()) {
                    const QList<int> lines = linesSettingKeyOutsideBlock(target, snap.bytes, key.name);
                    if (!lines.isEmpty())
                        t.setOutsideBlock.insert(key.name, lines);
                }
            }
        } else {
            t.exists = t.error.isEmpty();
        }
        status.targets << t;
    }

    if (!input.logFile.isEmpty()) {
        QFile log(input.logFile);
        if (log.open(QIODevice::ReadOnly)) {
            if (auto env = lastServerConfig(log.readAll())) {
                status.server = { true, input.logFile, *env };
            }
        } else {
            status.notes << EnvText::tr("cannot read %1: %2").arg(input.logFile, log.errorString());
        }
    } else if (input.runner) {
        const ProcessResult r = input.runner->run(QStringLiteral("journalctl"),
            { QStringLiteral("-u"), QStringLiteral("ollama"), QStringLiteral("--no-pager"), QStringLiteral("-o"),
                QStringLiteral("cat"), QStringLiteral("-n"), QStringLiteral("20000") },
            10000);
        if (r.started && r.exitCode == 0) {
            if (auto env = lastServerConfig(r.standardOutput))
                status.server = { true, QStringLiteral("journalctl -u ollama"), *env };
        }
    }
    if (!status.server.known)
        status.notes << EnvText::tr("What the running Ollama sees is unknown (no \"server config\" log line found%1)")
                            .arg(input.logFile.isEmpty() ? EnvText::tr("; pass --log FILE to read a server.log")
                                                         : QString());

    for (const TargetStatus &t : std::as_const(status.targets)) {
        if (t.target != status.decision.target || !status.server.known)
            continue;
        for (const EnvAssignment &a : t.values) {
            if (!status.server.env.contains(a.first))
                continue;
            const QString running = status.server.env.value(a.first);
            if (running != a.second)
                status.notes << EnvText::tr("%1=%2 is set in %3, but the running Ollama has %4: restart Ollama")
                                    .arg(a.first, a.second, envTargetId(t.target),
                                        running.isEmpty() ? EnvText::tr("it unset")
                                                          : QStringLiteral("'%1'").arg(running));
        }
    }

    if (!input.appDatabase.isEmpty()) {
        const AppSettingsRead app = readOllamaAppOverrides(input.appDatabase);
        if (!app.error.isEmpty())
            status.notes << app.error;
        for (const AppSettingOverride &o : app.overrides)
            status.notes << EnvText::tr(
                "The Ollama app starts the server with %1=%2 from its setting %3, whatever the environment says")
                                .arg(o.key, o.value, o.setting);
    }
    if (!input.stateDir.isEmpty()) {
        QString error;
        status.history
            = EnvJournal(input.stateDir, nullptr, [] { return QDateTime::currentDateTimeUtc(); }).history(&error);
        if (!error.isEmpty())
            status.notes << error;
    }
    return status;
}

QJsonObject envStatusToJson(const EnvStatus &status)
{
    QJsonArray targets;
    for (const TargetStatus &t : status.targets) {
        QJsonObject values;
        for (const EnvAssignment &a : t.values)
            values.insert(a.first, a.second);
        QJsonObject outside;
        for (auto it = t.setOutsideBlock.cbegin(); it != t.setOutsideBlock.cend(); ++it) {
            QJsonArray lines;
            for (int l : it.value())
                lines.append(l);
            outside.insert(it.key(), lines);
        }
        targets.append(QJsonObject { { QStringLiteral("target"), envTargetId(t.target) },
            { QStringLiteral("path"), t.path }, { QStringLiteral("exists"), t.exists },
            { QStringLiteral("values"), values }, { QStringLiteral("set_outside_block"), outside },
            { QStringLiteral("error"), t.error.isEmpty() ? QJsonValue::Null : QJsonValue(t.error) } });
    }
    QJsonObject server;
    for (auto it = status.server.env.cbegin(); it != status.server.env.cend(); ++it)
        server.insert(it.key(), it.value());
    QJsonArray history;
    for (const JournalSummary &h : status.history)
        history.append(QJsonObject { { QStringLiteral("id"), h.id }, { QStringLiteral("created"), h.created },
            { QStringLiteral("target"), h.target }, { QStringLiteral("state"), h.state },
            { QStringLiteral("paths"), QJsonArray::fromStringList(h.paths) },
            { QStringLiteral("registry"), QJsonArray::fromStringList(h.registryNames) } });
    return QJsonObject { { QStringLiteral("default_target"), envTargetId(status.decision.target) },
        { QStringLiteral("default_target_reason"), status.decision.reason }, { QStringLiteral("targets"), targets },
        { QStringLiteral("server_env_known"), status.server.known },
        { QStringLiteral("server_env_source"), status.server.source }, { QStringLiteral("server_env"), server },
        { QStringLiteral("history"), history }, { QStringLiteral("notes"), QJsonArray::fromStringList(status.notes) } };
}

} // namespace ogs

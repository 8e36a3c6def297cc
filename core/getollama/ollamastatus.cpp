#include "ollamastatus.h"

#include "ollama/ollamaclient.h"

#include <QJsonArray>

namespace ogs {

ServerProbe serverVersionProbe(const QUrl &url)
{
    return [url]() -> std::optional<OllamaVersion> {
        OllamaClientOptions o;
        o.baseUrl = url;
        o.connectTimeoutMs = 2000;
        o.firstByteTimeoutMs = 5000;
        o.totalTimeoutMs = 8000;
        OllamaClient client(o);
        OllamaCall *call = client.version();
        if (!call->wait())
            return std::nullopt;
        return OllamaVersion::parse(call->result().value(QLatin1String("version")).toString());
    };
}

OllamaStatus probeOllamaStatus(const OllamaLocatorInput &input, ProcessRunner &runner, const ServerProbe &server)
{
    OllamaStatus s;
    s.location = locateOllama(input);
    if (server) {
        s.serverVersion = server();
        s.serverRunning = s.serverVersion.has_value();
    }
    if (!s.location.found())
        return s;
    s.build = identifyBuild(s.location, scanOllamaInstall(s.location.installDir));
    const ProcessResult r = runner.run(s.location.executable, { QStringLiteral("--version") }, 10000);
    if (r.started) {
        s.version = parseOllamaVersionOutput(QString::fromUtf8(r.standardOutput + '\n' + r.standardError));
        if (s.version)
            s.versionSource = QStringLiteral("ollama --version");
    }
    if (!s.version && s.location.uninstall) {
        s.version = OllamaVersion::parse(s.location.uninstall->displayVersion);
        if (s.version)
            s.versionSource = QStringLiteral("uninstall registry");
    }
    if (!s.version && s.serverVersion) {
        s.version = s.serverVersion;
        s.versionSource = QStringLiteral("server");
    }
    return s;
}

QJsonObject statusToJson(const OllamaStatus &s)
{
    const auto str = [](const QString &v) { return v.isEmpty() ? QJsonValue() : QJsonValue(v); };
    QJsonObject o {
        { QStringLiteral("installed"), s.installed() },
        { QStringLiteral("executable"), str(s.location.executable) },
        { QStringLiteral("install_dir"), str(s.location.installDir) },
        { QStringLiteral("found_by"), str(s.location.foundBy) },
        { QStringLiteral("systemd_unit"), str(s.location.systemdUnit) },
        { QStringLiteral("build"), s.build.build ? QJsonValue(buildKey(*s.build.build)) : QJsonValue() },
        { QStringLiteral("build_certain"), s.build.certain },
        { QStringLiteral("build_evidence"), str(s.build.evidence) },
        { QStringLiteral("version"), s.version ? QJsonValue(s.version->toString()) : QJsonValue() },
        { QStringLiteral("version_source"), str(s.versionSource) },
        { QStringLiteral("running"), s.serverRunning },
        { QStringLiteral("server_version"), s.serverVersion ? QJsonValue(s.serverVersion->toString()) : QJsonValue() },
        { QStringLiteral("notes"), QJsonArray::fromStringList(s.location.notes) },
    };
    if (s.location.uninstall)
        o.insert(QStringLiteral("uninstall_entry"),
            QJsonObject { { QStringLiteral("key"), s.location.uninstall->key },
                { QStringLiteral("display_name"), s.location.uninstall->displayName },
                { QStringLiteral("display_version"), s.location.uninstall->displayVersion },
                { QStringLiteral("publisher"), s.location.uninstall->publisher },
                { QStringLiteral("install_location"), s.location.uninstall->installLocation } });
    return o;
}

QString statusToText(const OllamaStatus &s)
{
    QString text;
    if (!s.installed()) {
        text += QStringLiteral("Ollama: not installed\n");
    } else {
        text += QStringLiteral("Ollama: %1 (%2)\n")
                    .arg(s.version ? s.version->toString() : QStringLiteral("version unknown"),
                        s.build.build ? buildKey(*s.build.build) : QStringLiteral("?"));
        text += QStringLiteral("  executable: %1 (found by %2)\n").arg(s.location.executable, s.location.foundBy);
        if (!s.location.systemdUnit.isEmpty())
            text += QStringLiteral("  systemd unit: %1\n").arg(s.location.systemdUnit);
        text += QStringLiteral("  build: %1%2\n").arg(s.build.evidence, s.build.certain ? QString() : QStringLiteral(" (assumed)"));
    }
    text += s.serverRunning ? QStringLiteral("  server: running, version %1\n").arg(s.serverVersion->toString())
                            : QStringLiteral("  server: not answering\n");
    for (const QString &n : s.location.notes)
        text += QStringLiteral("  note: %1\n").arg(n);
    return text;
}

} // namespace ogs

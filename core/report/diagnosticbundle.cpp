#include "diagnosticbundle.h"

#include "compat/recommendationjson.h"
#include "detect/detectionjson.h"
#include "env/envkeys.h"
#include "env/envtarget.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace ogs {

namespace {

QByteArray jsonBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(jsonBytes(object));
}

QString createdText(const QDateTime &created)
{
    return created.toUTC().toString(Qt::ISODate);
}

QJsonObject journalEntryJson(const JournalSummary &h)
{
    return { { QStringLiteral("id"), h.id }, { QStringLiteral("created"), h.created },
        { QStringLiteral("target"), h.target }, { QStringLiteral("state"), h.state },
        { QStringLiteral("paths"), QJsonArray::fromStringList(h.paths) },
        { QStringLiteral("registry"), QJsonArray::fromStringList(h.registryNames) } };
}

/// changes.json: what this session applied, the journal, and `env status` when collected.
QJsonObject changesJson(const DiagnosticInput &in)
{
    QJsonObject o;
    if (in.session) {
        QJsonObject set;
        for (const EnvAssignment &a : in.session->request.set)
            set.insert(a.first, a.second);
        o.insert(QStringLiteral("session"),
            QJsonObject { { QStringLiteral("applied"), in.session->applied },
                { QStringLiteral("journal_id"), in.session->action.journalId },
                { QStringLiteral("error"), in.session->action.error },
                { QStringLiteral("messages"), QJsonArray::fromStringList(in.session->action.messages) },
                { QStringLiteral("target"), envTargetId(in.session->request.target) }, { QStringLiteral("set"), set },
                { QStringLiteral("unset"), QJsonArray::fromStringList(in.session->request.unset) } });
    }
    QJsonArray journal;
    for (const JournalSummary &h : in.journal)
        journal.append(journalEntryJson(h));
    o.insert(QStringLiteral("journal"), journal);
    if (!in.envStatus.isEmpty())
        o.insert(QStringLiteral("env_status"), in.envStatus);
    return o;
}

QString logText(const DiagnosticInput &in)
{
    if (!in.log)
        return QStringLiteral("not read yet\n");
    if (in.log->source.isEmpty())
        return QStringLiteral("no log found (looked at: %1)\n")
            .arg(in.log->tried.isEmpty() ? QStringLiteral("nothing") : in.log->tried.join(QStringLiteral(", ")));
    return QStringLiteral("source=%1\n%2\n").arg(in.log->source, in.log->lines.join(QLatin1Char('\n')));
}

} // namespace

QString diagnosticReport(const DiagnosticInput &in)
{
    QString text = QStringLiteral("ollama-gpu-setup %1 report (%2)\n\n== Detection ==\n")
                       .arg(QStringLiteral(OGS_VERSION), createdText(in.created));
    text += jsonText(reportToJson(in.detection));
    text += QStringLiteral("\n== Recommendation ==\n");
    text += jsonText(recommendationToJson(in.advice.input, in.advice.version, in.advice.recommendation));
    text += QStringLiteral("\n== Choices ==\n");
    for (const auto &[key, value] : in.choices)
        text += key + QLatin1Char('=') + value + QLatin1Char('\n');
    if (in.choices.isEmpty())
        text += QStringLiteral("none\n");
    text += QStringLiteral("\n== Applied ==\n");
    if (in.session) {
        const EnvActionResult &action = in.session->action;
        text += QStringLiteral("applied=%1\njournal=%2\n")
                    .arg(in.session->applied ? QStringLiteral("yes") : QStringLiteral("no"), action.journalId);
        if (!action.error.isEmpty())
            text += QStringLiteral("error=%1\n").arg(action.error);
        for (const QString &m : action.messages)
            text += m + QLatin1Char('\n');
        for (const EnvAssignment &a : in.session->request.set)
            text += QStringLiteral("set %1=%2\n").arg(a.first, a.second);
        for (const QString &k : in.session->request.unset)
            text += QStringLiteral("unset %1\n").arg(k);
    }
    for (const JournalSummary &h : in.journal)
        text += QStringLiteral("history %1 %2 %3 %4 %5\n")
                    .arg(h.id, h.state, h.target, h.created, (h.paths + h.registryNames).join(QLatin1Char(',')));
    if (!in.session && in.journal.isEmpty())
        text += QStringLiteral("nothing recorded\n");
    text += QStringLiteral("\n== Bench ==\n");
    text += in.bench.isEmpty() ? QStringLiteral("not run\n") : jsonText(in.bench);
    text += QStringLiteral("\n== Findings ==\n");
    for (const Finding &f : in.findings)
        text += QStringLiteral("[%1] %2: %3\n  fix: %4\n").arg(severityKey(f.severity), f.id, f.evidence, f.fix);
    if (in.findings.isEmpty())
        text += QStringLiteral("none\n");
    text += QStringLiteral("\n== Environment ==\n");
    for (auto it = in.environment.cbegin(); it != in.environment.cend(); ++it)
        text += it.key() + QLatin1Char('=') + it.value() + QLatin1Char('\n');
    if (in.environment.isEmpty())
        text += QStringLiteral("no OLLAMA_* or GPU variable set\n");
    text += QStringLiteral("\n== Ollama log ==\n");
    text += logText(in);
    return text;
}

QList<ZipEntry> diagnosticBundle(const DiagnosticInput &in)
{
    QList<ZipEntry> files;
    QStringList contents;
    const auto add = [&](const QString &name, const QByteArray &data, const QString &what) {
        files.append({ name, data });
        contents << QStringLiteral("  %1 %2").arg(name, -20).arg(what);
    };
    add(QStringLiteral("report.txt"), diagnosticReport(in).toUtf8(),
        QStringLiteral("all of it as text (the wizard's \"Copy report\")"));
    add(QStringLiteral("detection.json"), jsonBytes(reportToJson(in.detection)),
        QStringLiteral("the GPUs found, as `ollama-gpu-setup detect --json`"));
    add(QStringLiteral("recommendation.json"),
        jsonBytes(recommendationToJson(in.advice.input, in.advice.version, in.advice.recommendation)),
        QStringLiteral("the ranked acceleration paths, as `recommend --json`"));
    if (!in.budget.isEmpty())
        add(QStringLiteral("budget.json"), jsonBytes(in.budget),
            QStringLiteral("whether the chosen model fits in VRAM, as `budget --json`"));
    add(QStringLiteral("changes.json"), jsonBytes(changesJson(in)),
        QStringLiteral("what was applied where (this session, the undo journal, `env status`)"));
    if (!in.bench.isEmpty())
        add(QStringLiteral("bench.json"), jsonBytes(in.bench), QStringLiteral("the test prompt, as `bench --json`"));
    if (!in.findings.isEmpty()) {
        QJsonArray findings;
        for (const Finding &f : in.findings)
            findings.append(findingToJson(f));
        add(QStringLiteral("findings.json"), jsonBytes({ { QStringLiteral("findings"), findings } }),
            QStringLiteral("the diagnosis of Ollama's log, as in `diagnose --json`"));
    }
    QJsonObject variables;
    for (auto it = in.environment.cbegin(); it != in.environment.cend(); ++it)
        variables.insert(it.key(), it.value());
    add(QStringLiteral("environment.json"), jsonBytes({ { QStringLiteral("variables"), variables } }),
        QStringLiteral("OLLAMA_* and the GPU variables, nothing else"));
    add(QStringLiteral("ollama-log.txt"), logText(in).toUtf8(),
        QStringLiteral("the lines of Ollama's log that matter"));

    const QString readme = QStringLiteral(
        "ollama-gpu-setup %1 diagnostic bundle\n"
        "Collected %2 by %3.\n\n"
        "Attach this file to a bug report. It holds:\n"
        "  README.txt           this file\n"
        "%4\n\n"
        "Nothing else of this computer is in it: no file from your home folder, and of the environment only\n"
        "OLLAMA_* and the GPU variables ollama-gpu-setup manages (values of names like *_KEY or *_TOKEN hidden).\n")
                               .arg(QStringLiteral(OGS_VERSION), createdText(in.created),
                                   in.collectedBy.isEmpty() ? QStringLiteral("ollama-gpu-setup") : in.collectedBy,
                                   contents.join(QLatin1Char('\n')));
    files.prepend({ QStringLiteral("README.txt"), readme.toUtf8() });
    return files;
}

QList<Finding> diagnoseExcerpt(const LogExcerpt &excerpt, const DiagnoseContext &context)
{
    if (excerpt.source.isEmpty())
        return {};
    return diagnose(parseOllamaLog(excerpt.lines.join(QLatin1Char('\n')), LogScope::LastRun), context);
}

QMap<QString, QString> reportEnvironment(const QProcessEnvironment &environment)
{
    static const QRegularExpression secret(
        QStringLiteral("KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|AUTH"), QRegularExpression::CaseInsensitiveOption);
    QMap<QString, QString> kept;
    for (const QString &name : environment.keys()) {
        if (!name.startsWith(QLatin1String("OLLAMA_")) && !findEnvKey(name))
            continue;
        kept.insert(name, secret.match(name).hasMatch() ? QStringLiteral("(hidden)") : environment.value(name));
    }
    return kept;
}

QString defaultBundleName(const QDateTime &when)
{
    return QStringLiteral("ollama-gpu-setup-bundle-%1.zip").arg(when.toString(QStringLiteral("yyyyMMdd-HHmm")));
}

} // namespace ogs

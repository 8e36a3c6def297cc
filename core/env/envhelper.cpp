#include "envhelper.h"

#include "envjournal.h"
#include "envplan.h"

#include <QCryptographicHash>

namespace ogs {

namespace {

int refuse(const EnvHelperContext &c, const QString &why)
{
    *c.err << "ollama-gpu-setup-env-helper: refused: " << why << Qt::endl;
    return 2;
}

int fail(const EnvHelperContext &c, const QString &why)
{
    *c.err << "ollama-gpu-setup-env-helper: " << why << Qt::endl;
    return 1;
}

void restartService(const EnvHelperContext &c)
{
    if (!c.runner)
        return;
    for (const QStringList &cmd : {QStringList{QStringLiteral("daemon-reload")}, QStringList{QStringLiteral("restart"), QStringLiteral("ollama")}}) {
        const ProcessResult r = c.runner->run(QStringLiteral("systemctl"), cmd, 60000);
        *c.out << (r.started && r.exitCode == 0 ? QStringLiteral("Ran systemctl %1\n")
                                               : QStringLiteral("Warning: systemctl %1 failed\n"))
                      .arg(cmd.join(QLatin1Char(' ')));
    }
}

} // namespace

QString envHelperStateDir()
{
    return QStringLiteral("/var/lib/ollama-gpu-setup");
}

int runEnvHelper(const QStringList &args, const EnvHelperContext &c)
{
    const QString verb = args.value(0);
    if (verb != QLatin1String("apply") && verb != QLatin1String("undo"))
        return refuse(c, QStringLiteral("the first argument must be apply or undo"));
    EnvRequest request;
    std::optional<EnvTarget> target;
    QString expected;
    bool noRestart = false;
    for (int i = 1; i < args.size(); ++i) {
        const QString a = args.at(i);
        auto value = [&]() -> std::optional<QString> {
            if (i + 1 >= args.size())
                return std::nullopt;
            return args.at(++i);
        };
        if (a == QLatin1String("--no-restart")) {
            noRestart = true;
        } else if (verb == QLatin1String("undo")) {
            return refuse(c, QStringLiteral("undo takes no argument but --no-restart (got '%1')").arg(a));
        } else if (a == QLatin1String("--allow-network-exposure")) {
            request.allowNetworkExposure = true;
        } else if (a == QLatin1String("--target")) {
            const std::optional<QString> v = value();
            target = v ? envTargetFromId(*v) : std::nullopt;
            if (!target || !targetNeedsPrivilege(*target) || !isFileTarget(*target))
                return refuse(c, QStringLiteral("--target must be systemd or etc-environment"));
        } else if (a == QLatin1String("--set")) {
            const std::optional<QString> v = value();
            if (!v || v->indexOf(QLatin1Char('=')) <= 0)
                return refuse(c, QStringLiteral("--set needs KEY=VALUE"));
            request.set.append({v->section(QLatin1Char('='), 0, 0), v->section(QLatin1Char('='), 1)});
        } else if (a == QLatin1String("--unset")) {
            const std::optional<QString> v = value();
            if (!v)
                return refuse(c, QStringLiteral("--unset needs KEY"));
            request.unset << *v;
        } else if (a == QLatin1String("--expect-sha256")) {
            const std::optional<QString> v = value();
            if (!v)
                return refuse(c, QStringLiteral("--expect-sha256 needs a value"));
            expected = *v;
        } else {
            return refuse(c, QStringLiteral("unknown argument '%1'").arg(a));
        }
    }

    EnvJournal journal(c.stateDir, nullptr, [] { return QDateTime::currentDateTimeUtc(); });
    if (verb == QLatin1String("undo")) {
        // The helper's journal only ever holds /etc targets, so undo cannot reach anything else.
        const EnvActionResult r = journal.undo(false);
        for (const QString &m : r.messages)
            *c.out << m << "\n";
        if (!r.ok)
            return fail(c, r.error);
        bool systemd = false;
        QString error;
        const QList<JournalSummary> h = journal.history(&error);
        for (const JournalSummary &s : h)
            systemd = systemd || (s.id == r.journalId && s.target == envTargetId(EnvTarget::Systemd));
        if (systemd && !noRestart)
            restartService(c);
        c.out->flush();
        return 0;
    }

    if (!target)
        return refuse(c, QStringLiteral("--target is required"));
    if (expected.isEmpty())
        return refuse(c, QStringLiteral("--expect-sha256 is required (the file as the plan saw it, or 'absent')"));
    if (request.set.isEmpty() && request.unset.isEmpty())
        return refuse(c, QStringLiteral("nothing to do"));
    request.target = *target;
    QString error;
    const std::optional<EnvPlan> plan = EnvPlanner(c.roots).plan(request, &error);
    if (!plan)
        return refuse(c, error);
    const FileChange &file = plan->files.constFirst();
    const QString now = file.existed
        ? QString::fromLatin1(QCryptographicHash::hash(file.before, QCryptographicHash::Sha256).toHex())
        : QStringLiteral("absent");
    if (now != expected)
        return fail(c, QStringLiteral("%1 changed since the plan was made; nothing was changed (make the plan again)").arg(file.path));
    if (!plan->hasChanges()) {
        *c.out << "Nothing to change.\n";
        c.out->flush();
        return 0;
    }
    const EnvActionResult r = journal.apply(*plan);
    for (const QString &m : r.messages)
        *c.out << m << "\n";
    if (!r.ok)
        return fail(c, r.error);
    if (*target == EnvTarget::Systemd && !noRestart)
        restartService(c);
    c.out->flush();
    return 0;
}

} // namespace ogs

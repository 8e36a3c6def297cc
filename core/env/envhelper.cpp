#include "envhelper.h"

#include "envjournal.h"
#include "envplan.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

#if defined(Q_OS_UNIX)
#include <sys/stat.h>
#include <unistd.h>
#endif

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

/// The files this helper manages; undo writes nothing else, whatever a journal entry names.
QStringList managedPaths(const EnvRoots &roots)
{
    return { envTargetPath(EnvTarget::Systemd, roots), envTargetPath(EnvTarget::EtcEnvironment, roots) };
}

/// A folder we write into as root that someone else could write too (a planted drop-in folder):
/// whatever we put there could be replaced or joined by an ExecStartPre= of theirs.
QString unsafeFolder(const QString &file)
{
#if defined(Q_OS_UNIX)
    for (QString dir = QFileInfo(file).absolutePath(); dir != QFileInfo(dir).absolutePath();
         dir = QFileInfo(dir).absolutePath()) {
        struct stat st { };
        if (::lstat(QFile::encodeName(dir).constData(), &st) != 0)
            continue; // created by us, 0755
        if (st.st_uid != ::geteuid() || (st.st_mode & S_IWOTH) != 0
            || ((st.st_mode & S_IWGRP) != 0 && !(st.st_mode & S_ISVTX)))
            return QStringLiteral("%1 (owner uid %2, mode %3)").arg(dir).arg(st.st_uid).arg(QString::number(st.st_mode & 07777, 8));
        return {}; // the nearest existing folder decides; above it is the system's business
    }
#else
    Q_UNUSED(file);
#endif
    return {};
}

} // namespace

QString envHelperStateDir()
{
    return QStringLiteral("/var/lib/ollama-gpu-setup");
}

int runEnvHelper(const QStringList &args, const EnvHelperContext &c)
{
#if defined(Q_OS_UNIX)
    // Never the caller's umask (pkexec passes it on): under 000 our folders came out world-writable.
    ::umask(022);
#endif
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
    journal.requireTrustedState(managedPaths(c.roots));
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
    const EnvPlanner planner(c.roots);
    if (!planner.plan(request, &error))
        return refuse(c, error);
    const QString folder = unsafeFolder(envTargetPath(*target, c.roots));
    if (!folder.isEmpty())
        return refuse(c, QStringLiteral("the folder %1 is writable by others; fix it before anything is written there")
                             .arg(folder));
    // Planned again under the journal's lock from the file as it is then; the SHA-256 the user's
    // plan saw is checked against that read.
    EnvPlan applied;
    const EnvActionResult r = journal.applyRequest(planner, request, expected, &applied);
    for (const QString &m : r.messages)
        *c.out << m << "\n";
    if (!r.ok)
        return fail(c, r.error);
    if (*target == EnvTarget::Systemd && !noRestart && applied.hasChanges())
        restartService(c);
    c.out->flush();
    return 0;
}

} // namespace ogs

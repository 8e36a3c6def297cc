#include "envcommand.h"

#include "cli/cli.h"
#include "cli/clioutput.h"
#include "detect/platformprobe.h"
#include "env/envhelper.h"
#include "env/envjournal.h"
#include "env/envkeys.h"
#include "env/envplan.h"
#include "env/envstatus.h"
#include "env/ollamaappsettings.h"
#include "env/processrunner.h"
#include "env/servicerestart.h"
#include "env/targetdecision.h"
#include "env/windowsollamacontrol.h"
#include "getollama/ollamalocator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QJsonArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>

#include <cstdio>
#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif
#if defined(Q_OS_WIN)
#include <io.h>
#endif

namespace ogs::cli {

namespace {

const QString kCommand = QStringLiteral("env");

PathEnvironmentSource &pathSource()
{
    static PathEnvironmentSource source;
    return source;
}

bool stdinIsTerminal()
{
#if defined(Q_OS_UNIX)
    return ::isatty(STDIN_FILENO) != 0;
#elif defined(Q_OS_WIN)
    return ::_isatty(::_fileno(stdin)) != 0;
#else
    return false;
#endif
}

QString description()
{
    QString text = QStringLiteral(
        "Persists Ollama's environment variables where they take effect, safely and reversibly.\n\n"
        "  env status   what is set where, and what the running Ollama actually has\n"
        "  env plan     show the exact edits (a unified diff per file, or registry values before -> after)\n"
        "  env apply    make them (backup, atomic write, journal); needs --yes without a terminal\n"
        "  env undo     restore the exact previous bytes of the last apply (--all: every apply)\n\n"
        "Targets: systemd (drop-in for ollama.service), bashrc, profile, zshrc, fish, etc-environment,\n"
        "windows-user, windows-machine. Without --target the place is chosen from how Ollama runs here.\n\n"
        "Variables that can be set:\n");
    for (const EnvKeyInfo &k : envKeys())
        text += QStringLiteral("  %1 %2\n").arg(k.name.leftJustified(26), describeKind(k));
    return text;
}

struct EnvContext {
    EnvRoots roots;
    QString stateDir;
    bool realSystem = true; ///< no --root: systemctl/ps/journalctl may be asked
};

std::optional<int> readDir(
    const QCommandLineParser &parser, const QCommandLineOption &option, QString *out, bool mustExist)
{
    if (!parser.isSet(option))
        return std::nullopt;
    const QString dir = parser.value(option);
    if (dir.isEmpty() || (mustExist && !QFileInfo(dir).isDir()))
        return usageError(
            kCommand, QStringLiteral("--%1: '%2' is not a directory").arg(option.names().constFirst(), dir));
    *out = QFileInfo(dir).absoluteFilePath();
    return std::nullopt;
}

QString defaultStateDir(const QString &home, bool homeGiven)
{
#if defined(Q_OS_UNIX)
    // root (sudo) shares the journal with the pkexec helper, so either can undo the other.
    if (!homeGiven && ::geteuid() == 0)
        return envHelperStateDir();
#endif
#if defined(Q_OS_WIN)
    if (!homeGiven)
        return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
#endif
    const QString xdg = QProcessEnvironment::systemEnvironment().value(QStringLiteral("XDG_STATE_HOME"));
    if (!homeGiven && !xdg.isEmpty() && QDir::isAbsolutePath(xdg))
        return xdg + QStringLiteral("/ollama-gpu-setup");
    return home + QStringLiteral("/.local/state/ollama-gpu-setup");
}

void printPlan(const EnvPlan &plan, const TargetDecision *decision)
{
    out() << "Target: " << envTargetId(plan.target);
    if (isFileTarget(plan.target) && !plan.files.isEmpty())
        out() << " (" << plan.files.constFirst().path << ")";
    out() << "\n";
    if (decision)
        out() << "Chosen because " << decision->reason << ". Use --target to pick another.\n";
    out() << "\n";
    if (!plan.hasChanges()) {
        out()
            << "Nothing to change: every --set value is already there and every --unset variable is already absent.\n";
    } else {
        for (const FileChange &f : plan.files)
            out() << f.diff;
        for (const RegistryChange &r : plan.registry) {
            if (!r.changed())
                continue;
            auto show = [](const std::optional<RegistryValue> &v) {
                return v ? QStringLiteral("%1 (%2)").arg(
                           v->data, v->expandable ? QStringLiteral("REG_EXPAND_SZ") : QStringLiteral("REG_SZ"))
                         : QStringLiteral("(not set)");
            };
            out() << registryScopeName(r.scope) << "\\" << r.name << ": " << show(r.before) << " -> " << show(r.after)
                  << "\n";
        }
    }
    if (!plan.warnings.isEmpty()) {
        out() << "\nWarnings:\n";
        for (const QString &w : plan.warnings)
            out() << "  - " << w << "\n";
    }
    if (plan.hasChanges())
        out() << "\nAfter applying: " << plan.followUp << "\n";
    out().flush();
}

void printStatus(const EnvStatus &status)
{
    out() << "Default target: " << envTargetId(status.decision.target) << " (" << status.decision.reason << ")\n\n";
    for (const TargetStatus &t : status.targets) {
        out() << envTargetId(t.target) << ": " << t.path;
        if (!t.error.isEmpty()) {
            out() << "\n  error: " << t.error << "\n";
            continue;
        }
        if (!t.exists)
            out() << " (does not exist)";
        out() << "\n";
        if (t.values.isEmpty())
            out() << "  nothing set by ollama-gpu-setup\n";
        for (const EnvAssignment &a : t.values)
            out() << "  " << a.first << "=" << a.second << "\n";
        for (auto it = t.setOutsideBlock.cbegin(); it != t.setOutsideBlock.cend(); ++it) {
            QStringList lines;
            for (int l : it.value())
                lines << QString::number(l);
            out() << "  " << it.key() << " is also set outside our block, line " << lines.join(QStringLiteral(", "))
                  << "\n";
        }
    }
    out() << "\nRunning Ollama: ";
    if (!status.server.known) {
        out() << "unknown\n";
    } else {
        out() << "from " << status.server.source << "\n";
        for (auto it = status.server.env.cbegin(); it != status.server.env.cend(); ++it) {
            if (!it.value().isEmpty() && findEnvKey(it.key()))
                out() << "  " << it.key() << "=" << it.value() << "\n";
        }
    }
    if (!status.history.isEmpty()) {
        out() << "\nJournal:\n";
        for (const JournalSummary &h : status.history)
            out() << "  " << h.id << "  " << h.state.leftJustified(8) << " " << h.target << "  "
                  << (h.paths + h.registryNames).join(QStringLiteral(", ")) << "\n";
    }
    if (!status.notes.isEmpty()) {
        out() << "\nNotes:\n";
        for (const QString &n : status.notes)
            out() << "  - " << n << "\n";
    }
    out().flush();
}

bool confirmOnTerminal()
{
    out() << "\nApply these changes? [y/N] ";
    out().flush();
    char buffer[64] = {};
    if (!std::fgets(buffer, static_cast<int>(sizeof buffer), stdin))
        return false;
    const QString answer = QString::fromLocal8Bit(buffer).trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

QJsonObject actionJson(const char *key, const EnvActionResult &r)
{
    return QJsonObject { { QString::fromLatin1(key), r.ok },
        { QStringLiteral("journal_id"), r.journalId.isEmpty() ? QJsonValue::Null : QJsonValue(r.journalId) },
        { QStringLiteral("messages"), QJsonArray::fromStringList(r.messages) },
        { QStringLiteral("error"), r.error.isEmpty() ? QJsonValue::Null : QJsonValue(r.error) } };
}

bool runningAsRoot()
{
#if defined(Q_OS_UNIX)
    return ::geteuid() == 0;
#else
    return false;
#endif
}

/// Files under /etc on the real system, and we are not root: the pkexec helper must write them.
bool needsHelper(EnvTarget target, const EnvContext &ctx)
{
    return isFileTarget(target) && targetNeedsPrivilege(target) && ctx.realSystem && !runningAsRoot();
}

/// Runs the privileged helper through pkexec, its output going straight to ours.
int runHelper(const QStringList &helperArgs)
{
    const QString pkexec = QStandardPaths::findExecutable(QStringLiteral("pkexec"));
    QString helper = QStringLiteral("/usr/libexec/ollama-gpu-setup/ollama-gpu-setup-env-helper");
    if (!QFileInfo(helper).isExecutable())
        helper = QCoreApplication::applicationDirPath() + QStringLiteral("/ollama-gpu-setup-env-helper");
    if (pkexec.isEmpty() || !QFileInfo(helper).isExecutable())
        return failure(kCommand,
            QStringLiteral("changing files under /etc needs root, and %1 is not installed: run the command with sudo; "
                           "nothing was changed")
                .arg(pkexec.isEmpty() ? QStringLiteral("pkexec (polkit)") : QStringLiteral("the helper ") + helper));
    out() << "Files under /etc need root: asking through pkexec.\n";
    out().flush();
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.setInputChannelMode(QProcess::ForwardedInputChannel);
    process.start(pkexec, QStringList { helper } + helperArgs);
    if (!process.waitForStarted(10000) || !process.waitForFinished(-1))
        return failure(kCommand, QStringLiteral("pkexec did not run; nothing was changed"));
    if (process.exitStatus() != QProcess::NormalExit)
        return failure(kCommand, QStringLiteral("the helper crashed"));
    // pkexec: 126 = not authorised / dismissed, 127 = could not authenticate.
    if (process.exitCode() == 126 || process.exitCode() == 127)
        return failure(kCommand, QStringLiteral("not authorised; nothing was changed"));
    return process.exitCode();
}

/// After apply or undo changed `target`: restarts Ollama where it reads that target (systemctl
/// for the service; on Windows the tray app, which starts the server), or says what to do.
void restartOllamaFor(
    EnvTarget target, const EnvContext &ctx, bool noRestart, ProcessRunner &runner, QStringList *messages)
{
    const QString followUp = targetFollowUp(target);
    const std::unique_ptr<WindowsOllamaControl> control
        = isFileTarget(target) ? nullptr : makeSystemWindowsOllamaControl();
    const RestartPlan restart
        = restartPlan(target, control ? windowsTrayApp(systemLocatorInput(Platform::Windows)) : QString());
    if (target == EnvTarget::Systemd && (!ctx.realSystem || noRestart))
        *messages << QStringLiteral("Not restarting (--root or --no-restart); run: %1").arg(followUp);
    else if (control && noRestart)
        *messages << QStringLiteral("Not restarting (--no-restart); %1").arg(followUp);
    else if (restart.restartsWindowsApp())
        runAppRestart(restart, *control, messages);
    else if (control) // no %LOCALAPPDATA% and no install found
        *messages << QStringLiteral("Warning: Ollama's install folder is not known, so Ollama was not restarted; %1")
                         .arg(followUp);
    else if (!restart.systemctl.isEmpty())
        runRestart(restart, runner, messages);
}

/// The targets `undo(all)` will revert: the newest applied (or interrupted) entry's, or every one's.
QList<EnvTarget> targetsToUndo(const EnvJournal &journal, bool all)
{
    QString error; // an unreadable journal: undo itself reports it
    const QList<JournalSummary> history = journal.history(&error);
    QList<EnvTarget> targets;
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        if (it->state != QLatin1String("applied") && it->state != QLatin1String("pending"))
            continue;
        if (const std::optional<EnvTarget> t = envTargetFromId(it->target); t && !targets.contains(*t))
            targets << *t;
        if (!all)
            break;
    }
    return targets;
}

} // namespace

void setPathEnvironmentSource(PathEnvironmentSource source)
{
    pathSource() = std::move(source);
}

namespace {

/// " --home DIR --root DIR" for the options that chose where apply wrote, so the undo hint finds the journal.
QString undoLocationArguments(const QCommandLineParser &parser, const QList<QCommandLineOption> &options)
{
    QString text;
    for (const QCommandLineOption &o : options) {
        if (!parser.isSet(o))
            continue;
        QString value = parser.value(o);
        if (value.contains(QRegularExpression(QStringLiteral("[^A-Za-z0-9_./:=+-]"))))
            value = QLatin1Char('\'') + value.replace(QLatin1String("'"), QLatin1String("'\\''")) + QLatin1Char('\'');
        text += QStringLiteral(" --%1 %2").arg(o.names().constFirst(), value);
    }
    return text;
}

} // namespace

int runEnv(const QStringList &allArgs)
{
    const QString verb = allArgs.value(0);
    const QStringList verbs { QStringLiteral("status"), QStringLiteral("plan"), QStringLiteral("apply"),
        QStringLiteral("undo") };
    QStringList args = allArgs;
    if (verbs.contains(verb))
        args.removeFirst();
    else if (!verb.isEmpty() && verb != QLatin1String("--help") && verb != QLatin1String("-h"))
        return usageError(kCommand,
            verb.startsWith(QLatin1Char('-'))
                ? QStringLiteral("the first argument must be status, plan, apply or undo (got '%1')").arg(verb)
                : QStringLiteral("unknown action '%1' (expected status, plan, apply or undo)").arg(verb));

    QCommandLineParser parser;
    const QCommandLineOption set(
        QStringLiteral("set"), QStringLiteral("Set KEY to VALUE (repeatable)."), QStringLiteral("KEY=VALUE"));
    const QCommandLineOption unset(
        QStringLiteral("unset"), QStringLiteral("Remove KEY (repeatable)."), QStringLiteral("KEY"));
    const QCommandLineOption path(QStringLiteral("path"),
        QStringLiteral("Use the environment of an acceleration path from `recommend` (or `best`)."),
        QStringLiteral("PATH_ID"));
    const QCommandLineOption target(QStringLiteral("target"),
        QStringLiteral(
            "Where to write: systemd, bashrc, profile, zshrc, fish, etc-environment, windows-user, windows-machine."),
        QStringLiteral("TARGET"));
    const QCommandLineOption home(
        QStringLiteral("home"), QStringLiteral("Use DIR as the home directory."), QStringLiteral("DIR"));
    const QCommandLineOption root(QStringLiteral("root"),
        QStringLiteral("Use DIR instead of / (so DIR/etc/environment …); also stops asking systemctl/ps/journalctl."),
        QStringLiteral("DIR"));
    const QCommandLineOption stateDir(QStringLiteral("state-dir"),
        QStringLiteral("Keep the journal and backups in DIR (default ~/.local/state/ollama-gpu-setup)."),
        QStringLiteral("DIR"));
    const QCommandLineOption log(QStringLiteral("log"),
        QStringLiteral("status: read the running server's environment from this server.log."), QStringLiteral("FILE"));
    const QCommandLineOption yes(QStringLiteral("yes"), QStringLiteral("apply: do not ask for confirmation."));
    const QCommandLineOption all(
        QStringLiteral("all"), QStringLiteral("status: show every target; undo: revert every apply, newest first."));
    const QCommandLineOption exposure(QStringLiteral("allow-network-exposure"),
        QStringLiteral("Allow OLLAMA_HOST to listen on every interface (0.0.0.0)."));
    const QCommandLineOption noRestart(QStringLiteral("no-restart"),
        QStringLiteral(
            "apply/undo: do not restart Ollama (systemd: daemon-reload and restart; Windows: the tray app)."));
    const QCommandLineOption expect(QStringLiteral("expect-sha256"),
        QStringLiteral(
            "apply: refuse unless the file still has this SHA-256 (plan --json's before_sha256, or 'absent')."),
        QStringLiteral("HEX"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    parser.addOptions(
        { set, unset, path, target, home, root, stateDir, log, yes, all, exposure, noRestart, expect, json });
    if (auto stop = parseCommandLine(parser, kCommand, description(), args))
        return *stop;
    if (verb.isEmpty() || !verbs.contains(verb))
        return usageError(kCommand, QStringLiteral("missing action: status, plan, apply or undo (see env --help)"));

    EnvContext ctx;
    ctx.roots.home = QDir::homePath();
    if (auto stop = readDir(parser, home, &ctx.roots.home, true))
        return *stop;
    if (auto stop = readDir(parser, root, &ctx.roots.root, true))
        return *stop;
    ctx.realSystem = !parser.isSet(root);
    ctx.stateDir = defaultStateDir(ctx.roots.home, parser.isSet(home));
    if (auto stop = readDir(parser, stateDir, &ctx.stateDir, false))
        return *stop;

    const bool mutating = verb == QLatin1String("plan") || verb == QLatin1String("apply");
    if (!mutating) {
        for (const QCommandLineOption *o : { &set, &unset, &path, &exposure })
            if (parser.isSet(*o))
                return usageError(
                    kCommand, QStringLiteral("--%1 only goes with plan or apply").arg(o->names().constFirst()));
    }
    if (parser.isSet(yes) && verb != QLatin1String("apply") && verb != QLatin1String("undo"))
        return usageError(kCommand, QStringLiteral("--yes only goes with apply or undo"));
    if (parser.isSet(all) && verb != QLatin1String("status") && verb != QLatin1String("undo"))
        return usageError(kCommand, QStringLiteral("--all only goes with status or undo"));
    if (parser.isSet(expect) && verb != QLatin1String("apply"))
        return usageError(kCommand, QStringLiteral("--expect-sha256 only goes with apply"));
    if (parser.isSet(log) && verb == QLatin1String("status") && !QFileInfo(parser.value(log)).isFile())
        return usageError(kCommand, notAFileReason(QStringLiteral("log"), parser.value(log)));
    if (parser.isSet(log) && verb != QLatin1String("status"))
        return usageError(kCommand, QStringLiteral("--log only goes with status"));

    std::optional<EnvTarget> chosen;
    if (parser.isSet(target)) {
        chosen = envTargetFromId(parser.value(target));
        if (!chosen)
            return usageError(kCommand,
                QStringLiteral("--target: unknown target '%1' (expected systemd, bashrc, profile, zshrc, "
                               "fish, etc-environment, windows-user or windows-machine)")
                    .arg(parser.value(target)));
    }
    SystemProcessRunner systemRunner;
    TargetProbeInput probe;
#if defined(Q_OS_WIN)
    probe.windows = true;
#endif
    probe.roots = ctx.roots;
    probe.shell = QProcessEnvironment::systemEnvironment().value(QStringLiteral("SHELL"));
    probe.runner = ctx.realSystem ? &systemRunner : nullptr;
    probe.wsl = ctx.realSystem && PlatformProbe(PlatformRoots::system()).probe().platform == Platform::Wsl2;
    const TargetDecision decision = chosen
        ? TargetDecision { *chosen, QStringLiteral("--target %1").arg(envTargetId(*chosen)) }
        : decideDefaultTarget(probe);
    std::unique_ptr<EnvRegistry> registry = makeSystemRegistry();
    EnvJournal journal(ctx.stateDir, registry.get(), [] { return QDateTime::currentDateTimeUtc(); });
    if (ctx.stateDir == envHelperStateDir()) {
        // root shares the helper's journal: the helper's rules (trusted state, allow-listed paths).
        QStringList managed;
        for (const EnvTarget t : allEnvTargets()) {
            if (isFileTarget(t))
                managed << envTargetPath(t, ctx.roots);
        }
        journal.requireTrustedState(managed);
    }

    if (verb == QLatin1String("status")) {
        EnvStatusInput input;
        input.roots = ctx.roots;
        input.decision = decision;
        input.registry = registry.get();
        input.runner = ctx.realSystem ? &systemRunner : nullptr;
        input.logFile = parser.value(log);
        input.stateDir = ctx.stateDir;
#if defined(Q_OS_WIN)
        input.appDatabase
            = ollamaAppDatabasePath(QProcessEnvironment::systemEnvironment().value(QStringLiteral("LOCALAPPDATA")));
#endif
        if (parser.isSet(all)) {
            for (EnvTarget t : allEnvTargets()) {
                if (isFileTarget(t) == !registry)
                    input.targets << t;
            }
        } else {
            input.targets << decision.target;
        }
        const EnvStatus status = collectEnvStatus(input);
        if (parser.isSet(json))
            printJson(envStatusToJson(status));
        else
            printStatus(status);
        return ExitOk;
    }

    if (verb == QLatin1String("undo")) {
        if (chosen && needsHelper(*chosen, ctx))
            return runHelper(parser.isSet(noRestart)
                    ? QStringList { QStringLiteral("undo"), QStringLiteral("--no-restart") }
                    : QStringList { QStringLiteral("undo") });
        if (chosen)
            return usageError(kCommand,
                QStringLiteral("--target with undo only selects the privileged helper's journal "
                               "(systemd or etc-environment, when not root); undo reverts the newest apply"));
        const QList<EnvTarget> undone = targetsToUndo(journal, parser.isSet(all));
        EnvActionResult r = journal.undo(parser.isSet(all));
        if (r.ok) {
            for (const EnvTarget t : undone)
                restartOllamaFor(t, ctx, parser.isSet(noRestart), systemRunner, &r.messages);
        }
        if (parser.isSet(json))
            printJson(actionJson("undone", r));
        else
            for (const QString &m : r.messages)
                out() << m << "\n";
        out().flush();
        if (!r.ok)
            return failure(kCommand, r.error);
        return ExitOk;
    }

    // plan / apply
    EnvRequest request;
    request.target = decision.target;
    request.allowNetworkExposure = parser.isSet(exposure);
    if (parser.isSet(path)) {
        if (!pathSource())
            return usageError(kCommand,
                QStringLiteral("--path %1: this build has no recommendation engine to take path ids from "
                               "(the `recommend` command); use --set and --unset")
                    .arg(parser.value(path)));
        QString error;
        const std::optional<PathEnvironment> env = pathSource()(parser.value(path), &error);
        if (!env)
            return usageError(kCommand, QStringLiteral("--path: %1").arg(error));
        request.set = env->set;
        request.unset = env->unset;
    }
    // --set and --unset override what --path asks for; among themselves each key may appear once.
    QStringList given;
    for (const QString &kv : parser.values(set)) {
        const int eq = kv.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return usageError(kCommand, QStringLiteral("--set '%1': expected KEY=VALUE").arg(kv));
        const QString key = kv.left(eq);
        if (given.contains(key))
            return usageError(kCommand, QStringLiteral("%1 is given twice").arg(key));
        given << key;
        request.set.removeIf([&](const EnvAssignment &a) { return a.first == key; });
        request.unset.removeAll(key);
        request.set.append({ key, kv.mid(eq + 1) });
    }
    for (const QString &key : parser.values(unset)) {
        if (given.contains(key))
            return usageError(kCommand, QStringLiteral("%1 is both set and unset").arg(key));
        given << key;
        request.set.removeIf([&](const EnvAssignment &a) { return a.first == key; });
        request.unset << key;
    }
    if (request.set.isEmpty() && request.unset.isEmpty()) {
        if (parser.isSet(path)) { // a path such as cpu or rocm on a supported card needs nothing
            out() << QStringLiteral("The path '%1' needs no environment changes; nothing to do.\n")
                         .arg(parser.value(path));
            return ExitOk;
        }
        return usageError(kCommand, QStringLiteral("nothing to do: give --set KEY=VALUE or --unset KEY"));
    }

    EnvPlanner planner(ctx.roots, registry.get());
#if defined(Q_OS_WIN)
    planner.setAppDatabasePath(
        ollamaAppDatabasePath(QProcessEnvironment::systemEnvironment().value(QStringLiteral("LOCALAPPDATA"))));
#endif
    QString error;
    const std::optional<EnvPlan> plan = planner.plan(request, &error);
    if (!plan)
        return usageError(kCommand, error);

    if (verb == QLatin1String("plan")) {
        if (parser.isSet(json)) {
            QJsonObject o = planToJson(*plan);
            o.insert(QStringLiteral("target_reason"), decision.reason);
            printJson(o);
        } else {
            printPlan(*plan, chosen ? nullptr : &decision);
        }
        return ExitOk;
    }

    // apply
    if (parser.isSet(expect) && isFileTarget(plan->target)) {
        // The plan the user reviewed (maybe minutes ago, maybe by a fleet tool) must still be the plan.
        const FileChange &f = plan->files.constFirst();
        const QString now = f.existed
            ? QString::fromLatin1(QCryptographicHash::hash(f.before, QCryptographicHash::Sha256).toHex())
            : QStringLiteral("absent");
        if (now != parser.value(expect).toLower())
            return failure(kCommand,
                QStringLiteral("%1 changed since the plan was made (SHA-256 now %2, expected %3); "
                               "nothing was changed (make the plan again)")
                    .arg(f.path, now, parser.value(expect)));
    } else if (parser.isSet(expect)) {
        return usageError(kCommand, QStringLiteral("--expect-sha256 is for file targets"));
    }
    if (!parser.isSet(yes)) {
        if (!stdinIsTerminal() || parser.isSet(json))
            return usageError(kCommand,
                QStringLiteral("refusing to apply without --yes: nobody can confirm (no terminal). "
                               "Review with `env plan`, then add --yes"));
        printPlan(*plan, chosen ? nullptr : &decision);
        if (!plan->hasChanges())
            return ExitOk;
        if (!confirmOnTerminal())
            return failure(kCommand, QStringLiteral("not applied (not confirmed); nothing was changed"));
    } else if (!parser.isSet(json)) {
        printPlan(*plan, chosen ? nullptr : &decision);
        out() << "\n";
    }
    if (!plan->hasChanges()) {
        if (parser.isSet(json)) {
            QJsonObject o = actionJson("applied", EnvActionResult { true, {}, {}, {} });
            o.insert(QStringLiteral("plan"), planToJson(*plan));
            printJson(o);
        }
        return ExitOk;
    }
    if (needsHelper(plan->target, ctx)) {
        const FileChange &f = plan->files.constFirst();
        QStringList helperArgs { QStringLiteral("apply"), QStringLiteral("--target"), envTargetId(plan->target),
            QStringLiteral("--expect-sha256"),
            f.existed ? QString::fromLatin1(QCryptographicHash::hash(f.before, QCryptographicHash::Sha256).toHex())
                      : QStringLiteral("absent") };
        for (const EnvAssignment &a : plan->set)
            helperArgs << QStringLiteral("--set") << a.first + QLatin1Char('=') + a.second;
        for (const QString &k : plan->unset)
            helperArgs << QStringLiteral("--unset") << k;
        if (request.allowNetworkExposure)
            helperArgs << QStringLiteral("--allow-network-exposure");
        if (parser.isSet(noRestart))
            helperArgs << QStringLiteral("--no-restart");
        return runHelper(helperArgs);
    }
    // Planned again under the locks from the files as they are then (another apply may have
    // written them since the plan above was shown); --expect-sha256 is checked against that read.
    EnvPlan applied = *plan;
    const EnvActionResult r = isFileTarget(plan->target)
        ? journal.applyRequest(planner, request, parser.value(expect), &applied)
        : journal.apply(*plan);
    QStringList messages = r.messages;
    if (r.ok && applied.hasChanges())
        restartOllamaFor(plan->target, ctx, parser.isSet(noRestart), systemRunner, &messages);
    if (parser.isSet(json)) {
        QJsonObject o = actionJson("applied", EnvActionResult { r.ok, r.error, r.journalId, messages });
        o.insert(QStringLiteral("plan"), planToJson(*plan));
        printJson(o);
    } else {
        for (const QString &m : messages)
            out() << m << "\n";
        if (r.ok && plan->hasChanges())
            out() << "Undo with: ollama-gpu-setup env undo"
                  << undoLocationArguments(parser, { home, root, stateDir }) << "\n";
        out().flush();
    }
    if (!r.ok)
        return failure(kCommand, r.error);
    return ExitOk;
}

QString envStateDir(const QString &home, bool homeGiven)
{
    return defaultStateDir(home, homeGiven);
}

} // namespace ogs::cli

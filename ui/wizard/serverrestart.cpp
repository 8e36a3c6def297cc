#include "serverrestart.h"

#include "env/serverconfig.h"
#include "ollama/ollamaclient.h"
#include "ollama/ollamatypes.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>
#include <QTimer>

namespace ogs::ui {

namespace {

bool sameSetting(const QString &wanted, const QString &seen)
{
    if (wanted == seen)
        return true;
    const auto truth = [](const QString &v) -> std::optional<bool> {
        const QString l = v.trimmed().toLower();
        if (l == QLatin1String("1") || l == QLatin1String("true"))
            return true;
        if (l == QLatin1String("0") || l == QLatin1String("false") || l.isEmpty())
            return false;
        return std::nullopt;
    };
    const std::optional<bool> a = truth(wanted), b = truth(seen);
    return a && b && *a == *b;
}

/// Runs `work` on a new thread and `done` on the receiver's thread afterwards.
template <typename Work, typename Done> void runOffThread(QObject *receiver, Work work, Done done)
{
    QThread *thread = QThread::create(std::move(work));
    QObject::connect(thread, &QThread::finished, receiver, [thread, done = std::move(done)] {
        thread->deleteLater();
        done();
    });
    thread->start();
}

/// The tray app restart in words; empty when there was none.
QString describeApp(const std::optional<WindowsAppRestart> &app)
{
    if (!app)
        return QString();
    const QString tray = QDir::toNativeSeparators(app->trayApp).toHtmlEscaped();
    const QString ran = app->wasRunning.join(QStringLiteral(", ")).toHtmlEscaped();
    const QString error = app->error.toHtmlEscaped();
    switch (app->outcome) {
    case WindowsAppRestart::Outcome::Restarted:
        return ServerRestart::tr("Stopped Ollama (%1) and started %2.").arg(ran, tray);
    case WindowsAppRestart::Outcome::Started:
        return ServerRestart::tr("Ollama was not running; started %1.").arg(tray);
    case WindowsAppRestart::Outcome::ListFailed:
        return ServerRestart::tr("⚠ Could not tell whether Ollama runs: %1. Nothing was stopped or started.")
            .arg(error);
    case WindowsAppRestart::Outcome::NotInstalled:
        return ServerRestart::tr("⚠ Ollama's app is not at %1, so it was not restarted; nothing was stopped.")
            .arg(tray);
    case WindowsAppRestart::Outcome::StopFailed:
        return ServerRestart::tr("⚠ Could not stop Ollama: %1. Nothing was started.").arg(error);
    case WindowsAppRestart::Outcome::StartFailed:
        return ServerRestart::tr("⚠ Stopped Ollama (%1), but it did not start again: %2.").arg(ran, error);
    }
    return QString();
}

} // namespace

ServerRestart::ServerRestart(const SessionConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
{
}

ServerRestart::~ServerRestart() = default;

QString ServerRestart::manualStep(EnvTarget target, const SessionConfig &config)
{
    const QString file = envTargetPath(target, config.envRoots);
    switch (target) {
    case EnvTarget::Systemd:
        return tr("Restart the service in a terminal: sudo systemctl daemon-reload && sudo systemctl restart ollama");
    case EnvTarget::Bashrc:
    case EnvTarget::Zshrc:
    case EnvTarget::Fish:
        return tr("Ollama reads %1 only when a new terminal starts it: stop the running `ollama serve` (Ctrl+C in its "
                  "terminal), open a new terminal and run `ollama serve` again.")
            .arg(file);
    case EnvTarget::Profile:
        return tr("%1 is read at login: log out and back in, then start `ollama serve` again.").arg(file);
    case EnvTarget::EtcEnvironment:
        return tr("/etc/environment is read at login: log out and back in, then start Ollama again.");
    case EnvTarget::WindowsUser:
    case EnvTarget::WindowsMachine:
        return tr("Quit Ollama from its icon in the notification area (right-click, Quit Ollama), then start Ollama "
                  "again from the Start menu: it reads the new variables when it starts.");
    }
    return targetFollowUp(target);
}

RestartPlan ServerRestart::plan(EnvTarget target, const SessionConfig &config)
{
    RestartPlan plan = restartPlan(target, config.windowsOllama ? windowsTrayApp(config.ollamaLocator) : QString());
    if (!config.runner)
        plan.systemctl.clear();
    return plan;
}

QString ServerRestart::plannedStep(EnvTarget target, const SessionConfig &config)
{
    const RestartPlan p = plan(target, config);
    if (p.restartsWindowsApp() && QFileInfo(p.windowsApp).isFile())
        return tr("After applying, Ollama is restarted so it reads the new variables: ollama app.exe and ollama.exe "
                  "are stopped and %1 is started again (or started, if Ollama is not running).")
            .arg(QDir::toNativeSeparators(p.windowsApp));
    if (p.restartsWindowsApp())
        return tr("After applying: Ollama's app is not at %1, so it cannot be restarted from here. %2")
            .arg(QDir::toNativeSeparators(p.windowsApp), manualStep(target, config));
    if (p.canRestart())
        return tr("After applying, the Ollama service is restarted (systemctl daemon-reload, systemctl restart "
                  "ollama) and its log is read to confirm the settings.");
    return tr("After applying: %1").arg(manualStep(target, config));
}

void ServerRestart::start(EnvTarget target, const EnvAssignments &expected, const QUrl &url, const QString &os)
{
    if (m_running)
        return;
    m_running = true;
    m_target = target;
    m_expected = expected;
    m_url = url;
    m_os = os;
    m_outcome = Outcome();
    m_outcome.expected = expected;
    m_cancelled = false;
    const RestartPlan plan = ServerRestart::plan(target, m_config);
    if (plan.restartsWindowsApp())
        return restartWindowsApp(plan);
    if (!plan.canRestart()) {
        m_outcome.manualStep = manualStep(target, m_config);
        QTimer::singleShot(0, this, &ServerRestart::finish);
        return;
    }
    emit progress(tr("Restarting the Ollama service (systemctl restart ollama)…"));
    auto result = std::make_shared<std::pair<bool, QStringList>>();
    ProcessRunner *runner = m_config.runner;
    runOffThread(
        this, [plan, runner, result] { result->first = runRestart(plan, *runner, &result->second); },
        [this, result] {
            m_outcome.messages = result->second;
            m_outcome.restarted = result->first;
            if (m_cancelled) {
                m_outcome.error = tr("stopped waiting");
                return finish();
            }
            if (!m_outcome.restarted) {
                m_outcome.manualStep = manualStep(m_target, m_config);
                return finish();
            }
            waitForServer();
        });
}

void ServerRestart::restartWindowsApp(const RestartPlan &plan)
{
    emit progress(tr("Restarting Ollama: stopping ollama app.exe and ollama.exe, then starting %1…")
                      .arg(QDir::toNativeSeparators(plan.windowsApp)));
    auto result = std::make_shared<WindowsAppRestart>();
    WindowsOllamaControl *control = m_config.windowsOllama;
    runOffThread(
        this, [plan, control, result] { *result = ogs::restartWindowsApp(*control, plan.windowsApp); },
        [this, result] {
            m_outcome.app = *result;
            m_outcome.restarted = result->ok();
            if (!m_outcome.restarted) {
                const bool startMenu = result->outcome == WindowsAppRestart::Outcome::StartFailed
                    || (result->outcome == WindowsAppRestart::Outcome::NotInstalled && result->wasRunning.isEmpty());
                m_outcome.manualStep = startMenu
                    ? tr("Start Ollama from the Start menu: it reads the new variables when it starts.")
                    : manualStep(m_target, m_config);
                return finish();
            }
            if (m_cancelled) {
                m_outcome.error = tr("stopped waiting");
                return finish();
            }
            waitForServer();
        });
}

void ServerRestart::cancel()
{
    m_cancelled = true;
    if (m_call)
        m_call->cancel();
}

void ServerRestart::waitForServer()
{
    emit progress(tr("Waiting for Ollama to answer at %1…").arg(m_url.toString()));
    OllamaClientOptions options;
    options.baseUrl = m_url;
    options.retryWindowMs = m_config.restartWaitMs;
    options.firstByteTimeoutMs = std::max(1000, m_config.restartWaitMs);
    delete m_client;
    m_client = new OllamaClient(options, this);
    m_call = m_client->version();
    connect(m_call, &OllamaCall::finished, this, [this, call = m_call] {
        m_outcome.answered = !call->error().isError();
        if (m_outcome.answered)
            m_outcome.version = parseVersion(call->result());
        else
            m_outcome.error = call->error().message;
        call->deleteLater();
        if (!m_outcome.answered)
            return finish();
        checkLog();
    });
}

void ServerRestart::checkLog()
{
    if (m_expected.isEmpty())
        return finish();
    emit progress(tr("Reading the server log to confirm the settings…"));
    struct LogRead {
        QString source;
        std::optional<QMap<QString, QString>> config;
    };
    auto result = std::make_shared<LogRead>();
    const QList<LogSource> sources = m_config.logSources(m_os);
    ProcessRunner *runner = m_config.runner;
    runOffThread(
        this,
        [sources, runner, result] {
            const QString text = readFirstLog(sources, runner, &result->source);
            result->config = lastServerConfig(text.toUtf8());
        },
        [this, result] {
            m_outcome.logSource = result->source;
            if (result->config) {
                for (const EnvAssignment &a : std::as_const(m_expected)) {
                    if (!result->config->contains(a.first))
                        m_outcome.unreported << a.first;
                    else if (!sameSetting(a.second, result->config->value(a.first)))
                        m_outcome.missing << QStringLiteral("%1=%2").arg(a.first, a.second);
                }
                m_outcome.confirmed = m_outcome.missing.isEmpty();
            }
            finish();
        });
}

QString ServerRestart::describe(const Outcome &o)
{
    QStringList lines;
    for (const QString &m : o.messages)
        lines << m.toHtmlEscaped();
    if (o.app)
        lines << describeApp(o.app);
    if (!o.restarted) {
        lines << tr("<b>Restart Ollama yourself</b> so it reads the new settings: %1 Then go on to check it.")
                     .arg(o.manualStep.toHtmlEscaped());
        return lines.join(QStringLiteral("<br>"));
    }
    if (!o.answered) {
        lines << tr("⚠ Ollama was restarted but does not answer yet: %1").arg(o.error.toHtmlEscaped());
        return lines.join(QStringLiteral("<br>"));
    }
    if (o.app && o.app->outcome == WindowsAppRestart::Outcome::Started)
        lines << tr("✔ Started Ollama; it answers (version %1).").arg(o.version.toHtmlEscaped());
    else
        lines << tr("✔ Restarted Ollama; it answers again (version %1).").arg(o.version.toHtmlEscaped());
    QStringList expected;
    for (const EnvAssignment &a : o.expected)
        expected << a.first + QLatin1Char('=') + a.second;
    if (o.confirmed == true && !expected.isEmpty())
        lines << tr("✔ Its log confirms the settings: %1.").arg(expected.join(QStringLiteral(", ")).toHtmlEscaped());
    else if (o.confirmed == false)
        lines << tr("⚠ Its log shows it did not get: %1.").arg(o.missing.join(QStringLiteral(", ")).toHtmlEscaped());
    else if (!expected.isEmpty())
        lines << tr("No server log was found to confirm the settings.");
    if (!o.unreported.isEmpty())
        lines << tr("This Ollama does not list %1 in its log, so those cannot be confirmed.")
                     .arg(o.unreported.join(QStringLiteral(", ")).toHtmlEscaped());
    return lines.join(QStringLiteral("<br>"));
}

void ServerRestart::finish()
{
    m_running = false;
    emit finished();
}

} // namespace ogs::ui

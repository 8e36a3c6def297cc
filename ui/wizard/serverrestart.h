#pragma once

#include "sessionconfig.h"

#include "env/markedblock.h"
#include "env/servicerestart.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace ogs {
class OllamaCall;
class OllamaClient;
}

namespace ogs::ui {

/// After an apply or undo: restarts Ollama where we can (the systemd service, through the
/// session's process runner; on Windows the tray app, through the session's
/// WindowsOllamaControl), waits for the server to answer again and reads its log's
/// `server config` line to confirm it saw the settings. Where we cannot restart it, the outcome
/// says exactly what the user must do. Runs off the GUI thread; ends with finished() once.
class ServerRestart final : public QObject {
    Q_OBJECT
public:
    struct Outcome {
        bool restarted = false; ///< we ran the restart and it succeeded
        QString manualStep; ///< non-empty: the user has to restart Ollama, like this
        QStringList messages; ///< one line per systemctl call
        std::optional<WindowsAppRestart> app; ///< registry targets: what the tray app restart did
        bool answered = false; ///< the server answered after the restart
        QString version;
        QString error; ///< why it did not answer
        std::optional<bool> confirmed; ///< the log's server config shows every setting; nullopt: no log to read
        QStringList missing; ///< KEY=VALUE the server has another value for
        QStringList unreported; ///< keys this server's `server config` line does not list (an older Ollama)
        QString logSource;
        EnvAssignments expected; ///< what start() was asked to confirm
    };

    ServerRestart(const SessionConfig &config, QObject *parent = nullptr);
    ~ServerRestart() override;

    /// `expected`: the variables that should now be in effect (checked in the log).
    void start(EnvTarget target, const EnvAssignments &expected, const QUrl &url, const QString &os);
    /// Stops waiting for the server (the restart itself, once started, runs to its end).
    void cancel();
    bool isRunning() const { return m_running; }
    const Outcome &outcome() const { return m_outcome; }
    /// The manual step for `target`, in words for the user.
    static QString manualStep(EnvTarget target, const SessionConfig &config);
    /// What start() will do for `target` with the session's seams (the runner, the Windows control).
    static RestartPlan plan(EnvTarget target, const SessionConfig &config);
    /// What happens after applying to `target`, in words for the user (plain text), before it is done.
    static QString plannedStep(EnvTarget target, const SessionConfig &config);
    /// The outcome in words (rich text), for the apply page and the verify page's fixes.
    static QString describe(const Outcome &outcome);

signals:
    void progress(const QString &stage);
    void finished();

private:
    void restartWindowsApp(const RestartPlan &plan);
    void waitForServer();
    void checkLog();
    void finish();

    const SessionConfig &m_config;
    EnvTarget m_target = EnvTarget::Bashrc;
    EnvAssignments m_expected;
    QUrl m_url;
    QString m_os;
    Outcome m_outcome;
    OllamaClient *m_client = nullptr;
    QPointer<OllamaCall> m_call;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace ogs::ui

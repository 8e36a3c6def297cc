#pragma once

#include "sessionconfig.h"

#include "budget/modelinfosource.h"
#include "budget/variantchoice.h"
#include "budget/vrambudget.h"
#include "diagnose/logexcerpt.h"
#include "detect/detectoptions.h"
#include "env/envjournal.h"
#include "env/envplan.h"
#include "env/targetdecision.h"
#include "diagnose/findingfix.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <memory>

namespace ogs::ui {

class ServerRestart;
class VerifySession;

/// The one model the wizard's pages share: what was detected, chosen and applied. Pages read
/// it and ask it to act; long work (the scan, apply, undo) runs off the GUI thread.
class SetupSession final : public QObject {
    Q_OBJECT
public:
    explicit SetupSession(SessionConfig config, QObject *parent = nullptr);
    /// This machine, detected through `options`.
    explicit SetupSession(DetectOptions options, QObject *parent = nullptr);
    ~SetupSession() override;

    const SessionConfig &config() const { return m_config; }
    const DetectOptions &detectOptions() const { return m_config.advice.detect; }

    // Scan (page 2)
    bool isScanning() const { return m_scanning; }
    bool hasScan() const { return m_hasScan; }
    const DetectionReport &detection() const { return m_detection; }
    const MachineAdvice &advice() const { return m_advice; }
    bool isWsl() const { return m_advice.input.platform == Platform::Wsl2; }

    // Acceleration path (page 3)
    std::optional<PathId> selectedPath() const { return m_path; }
    const PathAdvice *selectedAdvice() const;
    void selectPath(PathId id);

    // WSL2 branch: the OLLAMA_HOST to write (empty: none)
    QString wslHost() const { return m_wslHost; }
    void setWslHost(const QString &host);

    // Model and memory (page 4)
    QString model() const { return m_model; }
    void setModel(const QString &name);
    int context() const { return m_context; }
    void setContext(int tokens);
    int defaultContext() const;
    /// A model installed in Ollama that the catalogue does not know, as /api/show describes it.
    void describeOllamaModel(const QString &name, const ModelDescription &description);
    /// The catalogue's or Ollama's architecture of `name`; null when unknown.
    const ModelArch *modelArch(const QString &name) const;
    /// The model can be budgeted: in the catalogue, or described by Ollama.
    bool knowsModel(const QString &name) const { return modelArch(name) != nullptr; }
    qint64 vramTotal() const;
    BudgetInput budgetInput() const;
    std::optional<VariantChoice> suggestedVariant() const;

    // Apply (page 5)
    const TargetDecision &targetDecision() const { return m_decision; }
    EnvTarget target() const { return m_target; }
    void setTarget(EnvTarget target);
    QList<EnvTarget> availableTargets() const;
    EnvRequest envRequest() const;
    std::optional<EnvPlan> plan(QString *error) const;
    bool isBusy() const { return m_busy; }
    /// The current target is under /etc (or the machine registry) and we are not root there.
    bool needsRoot() const;
    bool hasApplied() const { return m_applied; }
    const EnvActionResult &lastAction() const { return m_lastAction; }
    /// What the newest successful apply set (checked against the server's log).
    const EnvAssignments &appliedSet() const { return m_appliedSet; }
    /// Restarting Ollama after an apply or undo (part of isBusy()); its outcome once restartFinished.
    ServerRestart *restart() const { return m_restart; }
    /// The plan for one diagnosis fix, into the current target (shown before startApplyFix).
    std::optional<EnvPlan> planFix(const FindingEnvFix &fix, QString *error) const;
    /// Applies a diagnosis fix like startApply (journalled, then Ollama restarted); emits applyFinished.
    void startApplyFix(const FindingEnvFix &fix);

    // Verify (page 6)
    /// Where Ollama answers: the WSL2 host when one was chosen, else config().ollamaUrl.
    QUrl ollamaUrl() const;
    /// "windows", "wsl2" or "linux": how logs are found and findings worded.
    QString hostOs() const;
    VerifySession *verify() const { return m_verify; }
    /// The path ranked after the selected one; null when it is the last.
    const PathAdvice *nextPath() const;

    // Verify (the test prompt): the bench report as `bench --json` writes it; empty until it ran
    const QJsonObject &benchReport() const { return m_benchReport; }
    void setBenchReport(const QJsonObject &report);

    // The report's log lines: readLogExcerpt() off the GUI thread (emits logExcerptReady)
    const LogExcerpt &logExcerpt() const { return m_logExcerpt; }
    bool hasLogExcerpt() const { return m_hasLogExcerpt; }
    void startLogRead();

    // Later launches
    bool setupComplete() const;
    void markSetupComplete();

public slots:
    /// Detects GPUs and ranks the paths on a worker thread; emits scanFinished when done.
    void startScan();
    /// Applies the current plan on a worker thread (the journal keeps the backup); emits applyFinished.
    void startApply();
    /// Reverts the newest apply; emits undoFinished.
    void startUndo();

signals:
    void scanStarted();
    void scanFinished();
    void choicesChanged();
    void busyChanged(bool busy);
    void applyFinished(bool ok);
    void undoFinished(bool ok);
    /// Restarting Ollama after an apply or undo: each step, then the outcome (restart()->outcome()).
    void restartProgress(const QString &stage);
    void restartFinished();
    void benchReportChanged();
    void logExcerptReady();

private:
    void runAction(bool undo, std::optional<EnvPlan> plan = std::nullopt);
    void finishAction(bool undo, const EnvActionResult &result);
    void setBusy(bool busy);

    SessionConfig m_config;
    std::shared_ptr<EnvRegistry> m_registry;
    DetectionReport m_detection;
    MachineAdvice m_advice;
    TargetDecision m_decision;
    std::optional<PathId> m_path;
    QString m_wslHost;
    QString m_model;
    QHash<QString, ModelDescription> m_ollamaModels;
    int m_context = 0;
    EnvTarget m_target = EnvTarget::Bashrc;
    EnvActionResult m_lastAction;
    EnvAssignments m_appliedSet;
    ServerRestart *m_restart;
    VerifySession *m_verify;
    QJsonObject m_benchReport;
    LogExcerpt m_logExcerpt;
    bool m_hasLogExcerpt = false;
    bool m_readingLog = false;
    bool m_scanning = false;
    bool m_hasScan = false;
    bool m_busy = false;
    bool m_applied = false;
};

} // namespace ogs::ui

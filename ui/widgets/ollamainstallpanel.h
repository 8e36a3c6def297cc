#pragma once

#include "getollama/installpreparer.h"

#include <QGroupBox>
#include <QPointer>

#include <memory>

class QLabel;
class QThread;
class QProgressBar;
class QPushButton;

namespace ogs::ui {

/// Which Ollama is installed and what the chosen path needs ("Ollama 0.11.4 has no Vulkan backend;
/// 0.12.11 or newer does"), with a button that plans the install, shows the plan, runs it with progress
/// and cancel, and shows a Linux install script before it runs. All work runs off the GUI thread.
class OllamaInstallPanel final : public QGroupBox {
    Q_OBJECT
public:
    /// `request` holds every seam (locator roots, feed, download folder, server); `runner` runs
    /// `ollama --version` and the install steps (null: the system's).
    OllamaInstallPanel(InstallRequest request, ProcessRunner *runner, QWidget *parent = nullptr);
    ~OllamaInstallPanel() override;

    /// The goal to check (platform and path; Ollama is looked for on that platform); refreshes the
    /// status without the network.
    void setGoal(const InstallGoal &goal);
    bool isBusy() const;
    QString statusText() const;
    QString progressText() const;
    /// Tests: answer every confirmation with `answer` instead of asking.
    void setAutoConfirm(std::optional<bool> answer) { m_autoConfirm = answer; }
    /// What was last shown for confirmation (the plan, or a script with its SHA-256).
    QString lastConfirmation() const { return m_lastConfirmation; }

public slots:
    void refresh();
    void startInstall();
    void cancel();

signals:
    void statusChanged();
    void installFinished(bool ok, const QString &message);

private:
    struct Run;
    void showPrepared(const PreparedInstall &prepared);
    bool confirm(const QString &title, const QString &text, const QString &details);
    void setBusy(bool busy);

    InstallRequest m_request;
    ProcessRunner *m_runner;
    std::shared_ptr<Run> m_run;
    QList<QPointer<QThread>> m_refreshThreads;
    QLabel *m_status;
    QLabel *m_step;
    QProgressBar *m_progress;
    QPushButton *m_install;
    QPushButton *m_cancel;
    std::optional<bool> m_autoConfirm;
    QString m_lastConfirmation;
    int m_generation = 0;
};

} // namespace ogs::ui

#pragma once

#include <QWizard>

namespace ogs::ui {

class SetupSession;

/// The setup wizard: detect → recommend → (WSL2 host) → budget → apply → verify → summary.
class SetupWizard final : public QWizard {
    Q_OBJECT
public:
    enum PageId { WelcomePageId, ScanPageId, PathPageId, WslPageId, ModelPageId, ApplyPageId, VerifyPageId, SummaryPageId };

    explicit SetupWizard(SetupSession *session, QWidget *parent = nullptr);
    SetupSession *session() const { return m_session; }

signals:
    /// The summary's "Open the GPU monitor".
    void openMonitorRequested();

private:
    SetupSession *m_session;
};

} // namespace ogs::ui

#pragma once

#include <QWizard>

namespace ogs::ui {

class SetupSession;

/// The setup wizard: detect → recommend → budget → apply → verify → summary.
class SetupWizard final : public QWizard {
    Q_OBJECT
public:
    enum PageId { WelcomePageId, ScanPageId };

    explicit SetupWizard(SetupSession *session, QWidget *parent = nullptr);
    SetupSession *session() const { return m_session; }

private:
    SetupSession *m_session;
};

} // namespace ogs::ui

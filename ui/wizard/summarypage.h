#pragma once

#include <QWizardPage>

class QTextBrowser;

namespace ogs::ui {

class SetupSession;

/// Last page: what changed where, how to undo it, a report to save for a bug report, and
/// the monitor. Reaching it marks the setup complete, so later launches open the home view.
class SummaryPage final : public QWizardPage {
    Q_OBJECT
public:
    SummaryPage(SetupSession *session, QWidget *parent = nullptr);
    void initializePage() override;
    /// The report as saved: detection, recommendation, the chosen settings and what was applied.
    QString reportText() const;
    bool saveReport(const QString &path) const;

signals:
    void openMonitorRequested();

private:
    SetupSession *m_session;
    QTextBrowser *m_text;
};

} // namespace ogs::ui

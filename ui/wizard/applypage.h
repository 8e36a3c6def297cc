#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace ogs::ui {

class DiffView;
class SetupSession;

/// Page 5: where the variables go (chosen from how Ollama runs here, with the reason), the
/// exact diff before anything changes, apply (asynchronous, journalled) and undo.
class ApplyPage final : public QWizardPage {
    Q_OBJECT
public:
    ApplyPage(SetupSession *session, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

private:
    void replan();
    void showAction(bool ok);
    bool needsRoot() const;

    SetupSession *m_session;
    QComboBox *m_target;
    QLabel *m_reason;
    DiffView *m_diff;
    QLabel *m_notes;
    QProgressBar *m_progress;
    QPushButton *m_apply;
    QPushButton *m_undo;
    QPushButton *m_stopWaiting;
    QLabel *m_status;
    QLabel *m_restartStatus;
    bool m_nothingToDo = false;
};

} // namespace ogs::ui

#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace ogs::ui {

class SetupSession;

/// Page 2: the detected GPUs, the platform, what stands in the way (warnings) and Ollama
/// (installed, running, the ROCm targets its install ships), scanned asynchronously when the page opens.
class ScanPage final : public QWizardPage {
    Q_OBJECT
public:
    ScanPage(SetupSession *session, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

private:
    void showResult();

    SetupSession *m_session;
    QProgressBar *m_progress;
    QLabel *m_platform;
    QLabel *m_ollama;
    QTableWidget *m_gpus;
    QLabel *m_findings;
    QPushButton *m_rescan;
};

} // namespace ogs::ui

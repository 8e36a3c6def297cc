#pragma once

#include <QWizardPage>

class QLabel;
class QListWidget;

namespace ogs::ui {

class OllamaInstallPanel;
class PathComparisonTable;
class PathDetailsView;
class SetupSession;

/// Page 3: the ranked acceleration paths; the first is chosen, the user may pick another
/// and sees why it ranks lower. Paths that are not offered are listed with the reason.
class PathPage final : public QWizardPage {
    Q_OBJECT
public:
    PathPage(SetupSession *session, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    void showSelected();
    void updateOllamaGoal();

    SetupSession *m_session;
    QListWidget *m_paths;
    PathDetailsView *m_details;
    PathComparisonTable *m_comparison;
    QLabel *m_rejected;
    OllamaInstallPanel *m_ollama = nullptr; ///< null when the config has no ollamaInstall
};

} // namespace ogs::ui

#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QPushButton;
class QSlider;

namespace ogs {
class OllamaClient;
}

namespace ogs::ui {

class BudgetBar;
class ModelDownloader;
class SetupSession;

/// Page 4: the model and its context length against the card's VRAM: a live stacked bar of
/// weights, KV cache, compute buffer and overhead, the predicted `ollama ps` split, and the
/// variant that fits. Lists the MedGemma variants and the models installed in Ollama; a model
/// Ollama does not have yet can be downloaded here.
class ModelPage final : public QWizardPage {
    Q_OBJECT
public:
    ModelPage(SetupSession *session, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

    /// The slider's steps: powers of two from 2048 up to what the model supports.
    static QList<int> contextSteps(int modelMax);

private:
    void updateBudget();
    void updateSlider();
    void markInstalled(const QStringList &installed);
    /// Asks /api/show about an installed model the catalogue does not know.
    void describe(const QString &name);
    /// The name typed into the model box: picked, or added as a library name to ask Ollama about.
    void useTypedName();

    SetupSession *m_session;
    QComboBox *m_model;
    ModelDownloader *m_downloader;
    QSlider *m_context;
    QLabel *m_contextValue;
    BudgetBar *m_bar;
    QLabel *m_processor;
    QLabel *m_suggestion;
    QPushButton *m_useSuggested;
    QList<int> m_steps;
    ogs::OllamaClient *m_client;
    QString m_describing;
};

} // namespace ogs::ui

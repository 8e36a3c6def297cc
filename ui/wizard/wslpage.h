#pragma once

#include <QWizardPage>

class QLineEdit;
class QRadioButton;

namespace ogs::ui {

class ConnectionTester;
class SetupSession;

/// The WSL2 branch: Ollama runs on Windows with the GPU, the app here talks to it over the
/// network. Finds the Windows host, tests the connection, and sets OLLAMA_HOST to write.
class WslPage final : public QWizardPage {
    Q_OBJECT
public:
    WslPage(SetupSession *session, QWidget *parent = nullptr);
    void initializePage() override;
    int nextId() const override;

private:
    void updateHost();

    SetupSession *m_session;
    QRadioButton *m_nat;
    QRadioButton *m_mirrored;
    QLineEdit *m_host;
    ConnectionTester *m_tester;
    QString m_gateway;
};

} // namespace ogs::ui

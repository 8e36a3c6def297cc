#pragma once

#include "wizard/sessionconfig.h"

#include "diagnose/logexcerpt.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace ogs {
class OllamaCall;
class OllamaClient;
}

namespace ogs::ui {

/// What later launches open once the setup has completed: the applied setup (which keys in
/// which target, from the settings and the target itself), a quick check whether Ollama still
/// runs on the GPU (GET /api/ps; with no model loaded, Ollama's log and a button that loads
/// the model), the monitor, "Run setup again" and About.
class HomeView final : public QWidget {
    Q_OBJECT
public:
    explicit HomeView(SessionConfig config, QWidget *parent = nullptr);
    /// The GPU check's verdict, as shown.
    QString checkText() const;
    QString setupText() const;
    /// True while a /api/ps or load request or the log read runs.
    bool isChecking() const;

public slots:
    /// Reads the settings and the target again, and asks Ollama.
    void refresh();
    /// Asks /api/ps which models are loaded and how they are split.
    void checkGpu();
    /// Loads the configured model (POST /api/generate without a prompt), then checks again.
    void loadModelAndCheck();

signals:
    void openMonitorRequested();
    void runSetupRequested();

private:
    void showSetup();
    void readLog();

    SessionConfig m_config;
    OllamaClient *m_client;
    QPointer<OllamaCall> m_call;
    QString m_model;
    QString m_checkHtml;
    bool m_readingLog = false;
    QLabel *m_setup;
    QLabel *m_check;
    QPushButton *m_recheck;
    QPushButton *m_load;
};

} // namespace ogs::ui

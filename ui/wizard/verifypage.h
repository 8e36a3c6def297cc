#pragma once

#include "diagnose/findingfix.h"

#include <QWizardPage>

#include <optional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QTimer;

namespace ogs::ui {

class BenchMetrics;
class DiffView;
class FindingsList;
class RollingChart;
class SetupSession;
class SpeedupTable;

/// Page 6: the test prompt streaming its text, live tokens/s and GPU busy % side by side, time
/// to first token, prompt speed and the processor split, an optional CPU baseline with the
/// speedup table, and the verdict. When it fails: the diagnosis with one-click fixes (plan shown
/// first) and the next-ranked path.
class VerifyPage final : public QWizardPage {
    Q_OBJECT
public:
    VerifyPage(SetupSession *session, QWidget *parent = nullptr);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void clearResult();
    void runTest();
    void showModels();
    void onStarted();
    void onText(const QString &run, const QString &text);
    void showResult();
    void showDiagnosis();
    void showFixPlan(int index);
    void applyFix();
    void showFixOutcome();
    void tryNextPath();
    void refreshCharts();
    /// Builds the two charts on the page's first visit or the first test run, whichever comes
    /// first: QtCharts is the costliest part of the page, and QWizard builds every page at start.
    void ensureCharts();

    SetupSession *m_session;
    QComboBox *m_model;
    QCheckBox *m_cpu;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_stage;
    QPlainTextEdit *m_text;
    QHBoxLayout *m_chartRow;
    RollingChart *m_rateChart = nullptr; ///< null until ensureCharts()
    RollingChart *m_gpuChart = nullptr;
    BenchMetrics *m_metrics;
    QLabel *m_verdict;
    SpeedupTable *m_speedup;
    QGroupBox *m_diagnosis;
    QLabel *m_logSource;
    FindingsList *m_findings;
    DiffView *m_fixDiff;
    QPushButton *m_confirmFix;
    QLabel *m_fixStatus;
    QPushButton *m_nextPath;
    QTimer *m_chartTimer;
    QScrollArea *m_scroll;
    int m_gpuSeries = 0;
    int m_cpuSeries = 0;
    int m_rateSeries = 0;
    qint64 m_lastMs = 0;
    QString m_lastRun;
    std::optional<FindingEnvFix> m_pendingFix;
    bool m_fixRunning = false;
};

} // namespace ogs::ui

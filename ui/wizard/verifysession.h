#pragma once

#include "diagnose/findingfix.h"
#include "ollama/benchrunner.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QThread;
class QTimer;

namespace ogs {
class OllamaClient;
class TelemetryWorker;
struct GpuSample;
}

namespace ogs::ui {

class SetupSession;

/// One diagnosis finding with the variables its fix sets (empty: not a variable fix).
struct VerifyFinding {
    Finding finding;
    FindingEnvFix fix;
};

/// The verify step's model: runs the test prompt (BenchRunner) against the session's Ollama,
/// streams its text and live tokens/s, polls /api/ps for the processor split, samples the GPU's
/// busy % on a worker thread, and when the result is bad reads the server log and diagnoses it.
/// Nothing here blocks the GUI thread; cancel() stops a run.
class VerifySession final : public QObject {
    Q_OBJECT
public:
    explicit VerifySession(SetupSession *session);
    ~VerifySession() override;

    /// Asks the server for its installed models (GET /api/tags); emits modelsListed.
    void listModels();
    const QStringList &installedModels() const { return m_models; }
    QString modelsError() const { return m_modelsError; }

    void start(const QString &model, bool cpuBaseline);
    void cancel();
    bool isRunning() const { return m_runner != nullptr; }
    bool wasCancelled() const { return m_cancelled; }
    bool hasReport() const { return m_hasReport; }
    const BenchReport &report() const { return m_report; }
    /// Why there is no expected range, or a caveat about it.
    QString expectedNote() const { return m_expectedNote; }
    /// The newest split from /api/ps ("100% GPU", "27%/73% CPU/GPU"); empty: not loaded / unknown.
    QString processor() const { return m_processor; }
    /// The run failed, or was slow, or (partly) on the CPU although a GPU path was chosen: worth a diagnosis.
    bool needsDiagnosis() const;
    /// The processor-only path was chosen: running on the CPU is the expected result.
    bool cpuChosen() const;

    bool isDiagnosing() const { return m_diagnosing; }
    const QList<VerifyFinding> &findings() const { return m_findings; }
    QString logSource() const { return m_logSource; }

signals:
    void modelsListed();
    void started();
    void stageChanged(const QString &stage);
    void textReceived(const QString &run, const QString &text);
    /// Live generation speed (smoothed tokens/s) at `timeMs` since start().
    void rateMeasured(const QString &run, qint64 timeMs, double tokensPerSecond);
    /// The GPU's busy % at `timeMs` since start().
    void gpuBusyMeasured(qint64 timeMs, double percent);
    void processorChanged(const QString &processor);
    void finished();
    void diagnosisStarted();
    void diagnosisReady();

private:
    void onRunnerFinished();
    void pollPs();
    void onGpuSamples(const QList<ogs::GpuSample> &gpus);
    void startTelemetry();
    void stopTelemetry();
    void startDiagnosis();
    OllamaClient *client();

    SetupSession *m_session;
    OllamaClient *m_client = nullptr;
    QUrl m_clientUrl;
    BenchRunner *m_runner = nullptr;
    QTimer *m_psTimer;
    QPointer<QObject> m_psCall;
    QThread *m_telemetryThread = nullptr;
    TelemetryWorker *m_telemetry = nullptr;
    QElapsedTimer m_clock;
    QString m_model;
    QStringList m_models;
    QString m_modelsError;
    BenchReport m_report;
    QString m_expectedNote;
    QString m_processor;
    QList<std::tuple<QString, qint64, qint64>> m_running;
    QList<VerifyFinding> m_findings;
    QString m_logSource;
    bool m_cancelled = false;
    bool m_hasReport = false;
    bool m_diagnosing = false;
};

} // namespace ogs::ui

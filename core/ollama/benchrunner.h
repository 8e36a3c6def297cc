#pragma once

#include "benchreport.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace ogs {

class OllamaClient;
class OllamaCall;

/// What the test prompt runs.
struct BenchOptions {
    QString model;
    QString prompt = QStringLiteral("Explain in one paragraph why the sky is blue.");
    int numPredict = 128;
    bool cpuBaseline = false; ///< also run with options.num_gpu = 0
    std::optional<ExpectedRange> expected;
    std::function<qint64()> clockNs; ///< monotonic clock in ns; default QElapsedTimer
};

/// The verify step: load the model (empty prompt), a measured generation with a timestamp per chunk, the
/// processor split from /api/ps, and optionally the same on the CPU. Ends with finished() exactly once.
class BenchRunner final : public QObject {
    Q_OBJECT
public:
    BenchRunner(OllamaClient *client, const BenchOptions &options, QObject *parent = nullptr);

    void start();
    void cancel();
    const BenchReport &report() const { return m_report; }
    bool isFinished() const { return m_finished; }

signals:
    /// A short description of what runs now ("Loading llama3.2 on the GPU").
    void stageChanged(const QString &stage);
    /// A live sample of the run being measured ("gpu" or "cpu").
    void sampleMeasured(const QString &run, const ogs::RateSample &sample);
    /// The text of one streamed chunk of the run being measured, as it arrives.
    void textReceived(const QString &run, const QString &text);
    void finished();

private:
    enum class Step { Version, Load, Measure, Ps, Unload, CpuLoad, CpuMeasure, CpuPs, CpuUnload, Done };
    void run(Step step);
    void next(Step step);
    OllamaCall *track(OllamaCall *call);
    QJsonObject generateBody(bool cpu, bool loadOnly) const;
    void measure(bool cpu, Step after);
    void readProcessor(BenchRun &run, Step after);
    void fail(BenchRun &run, const QString &message);
    void finish();
    qint64 now() const;

    OllamaClient *m_client;
    BenchOptions m_options;
    BenchReport m_report;
    QPointer<OllamaCall> m_call;
    bool m_finished = false;
};

} // namespace ogs

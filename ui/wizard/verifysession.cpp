#include "verifysession.h"

#include "setupsession.h"

#include "compat/expectedspeed.h"
#include "diagnose/loglocator.h"
#include "ollama/ollamaclient.h"
#include "ollama/psformat.h"
#include "telemetry/compositetelemetry.h"
#include "telemetry/telemetryworker.h"

#include <QRegularExpression>
#include <QThread>
#include <QTimer>

namespace ogs::ui {

namespace {

/// Opens the platform's telemetry sources on the sampling thread, at the first sample: loading
/// NVML or listing DRM cards must not hold up the GUI thread.
class LazyTelemetry final : public GpuTelemetrySource {
public:
    explicit LazyTelemetry(TelemetryOptions options)
        : m_options(std::move(options))
    {
    }
    QList<GpuSample> sample() override
    {
        if (!m_source) {
            TelemetrySetup setup = makeTelemetrySource(m_options);
            m_warnings = setup.warnings;
            m_source = std::move(setup.source);
        }
        return m_source ? m_source->sample() : QList<GpuSample>();
    }
    QStringList takeWarnings() override
    {
        QStringList w = std::exchange(m_warnings, {});
        if (m_source)
            w += m_source->takeWarnings();
        return w;
    }

private:
    TelemetryOptions m_options;
    std::unique_ptr<GpuTelemetrySource> m_source;
    QStringList m_warnings;
};

/// BenchRunner's stage lines (core, English) in the user's language; an unknown one as it is.
QString translatedStage(const QString &stage)
{
    static const QRegularExpression load(QStringLiteral("^Loading (.+) on the (GPU|CPU)$"));
    static const QRegularExpression generate(QStringLiteral("^Generating (\\d+) tokens on the (GPU|CPU)$"));
    static const QRegularExpression unload(QStringLiteral("^Unloading (.+)$"));
    if (stage == QLatin1String("Contacting Ollama"))
        return VerifySession::tr("Contacting Ollama…");
    if (const auto m = load.match(stage); m.hasMatch())
        return m.captured(2) == QLatin1String("GPU") ? VerifySession::tr("Loading %1 on the GPU…").arg(m.captured(1))
                                                     : VerifySession::tr("Loading %1 on the CPU…").arg(m.captured(1));
    if (const auto m = generate.match(stage); m.hasMatch())
        return m.captured(2) == QLatin1String("GPU")
            ? VerifySession::tr("Generating %1 tokens on the GPU…").arg(m.captured(1))
            : VerifySession::tr("Generating %1 tokens on the CPU…").arg(m.captured(1));
    if (const auto m = unload.match(stage); m.hasMatch())
        return VerifySession::tr("Unloading %1…").arg(m.captured(1));
    return stage;
}

struct Diagnosis {
    QList<VerifyFinding> findings;
    QString source;
};

} // namespace

VerifySession::VerifySession(SetupSession *session)
    : QObject(session)
    , m_session(session)
    , m_psTimer(new QTimer(this))
{
    connect(m_psTimer, &QTimer::timeout, this, &VerifySession::pollPs);
}

VerifySession::~VerifySession()
{
    if (QThread *thread = m_telemetryThread) {
        stopTelemetry();
        thread->wait();
    }
}

OllamaClient *VerifySession::client()
{
    const QUrl url = m_session->ollamaUrl();
    if (!m_client || m_clientUrl != url) {
        delete m_client;
        OllamaClientOptions options;
        options.baseUrl = url;
        options.connectTimeoutMs = 5000;
        options.firstByteTimeoutMs = 300000; // loading a large model takes a while
        options.idleTimeoutMs = 60000;
        options.retryWindowMs = m_session->config().verifyRetryMs;
        m_client = new OllamaClient(options, this);
        m_clientUrl = url;
    }
    return m_client;
}

void VerifySession::listModels()
{
    OllamaCall *call = client()->tags();
    connect(call, &OllamaCall::finished, this, [this, call] {
        m_models.clear();
        m_modelsError = call->error().isError() ? call->error().message : QString();
        for (const LocalModel &m : parseTags(call->result()))
            m_models << m.name;
        call->deleteLater();
        emit modelsListed();
    });
}

void VerifySession::start(const QString &model, bool cpuBaseline)
{
    if (m_runner)
        return;
    m_model = model.trimmed();
    m_cancelled = false;
    m_hasReport = false;
    m_findings.clear();
    m_logSource.clear();
    m_processor.clear();
    m_running.clear();
    m_report = BenchReport();
    BenchOptions options;
    options.model = m_model;
    options.cpuBaseline = cpuBaseline;
    m_expectedNote.clear();
    if (const PathAdvice *p = m_session->selectedAdvice()) {
        const std::optional<GpuInfo> &gpu = m_session->advice().input.gpu;
        const QString gpuName = gpu ? (gpu->name.isEmpty() ? gpu->gfxTarget : gpu->name) : QString();
        options.expected = expectedSpeed(m_session->advice().recommendation, p->id, gpuName, m_model, &m_expectedNote);
    }
    m_runner = new BenchRunner(client(), options, this);
    connect(m_runner, &BenchRunner::stageChanged, this,
        [this](const QString &stage) { emit stageChanged(translatedStage(stage)); });
    connect(m_runner, &BenchRunner::textReceived, this, &VerifySession::textReceived);
    connect(m_runner, &BenchRunner::sampleMeasured, this,
        [this](const QString &run, const RateSample &s) { emit rateMeasured(run, m_clock.elapsed(), s.smoothed); });
    connect(m_runner, &BenchRunner::finished, this, &VerifySession::onRunnerFinished, Qt::QueuedConnection);
    m_clock.start();
    startTelemetry();
    m_psTimer->start(std::max(100, m_session->config().verifyPollMs));
    emit started();
    m_runner->start();
}

void VerifySession::cancel()
{
    if (!m_runner)
        return;
    m_cancelled = true;
    m_runner->cancel();
}

bool VerifySession::cpuChosen() const
{
    const PathAdvice *p = m_session->selectedAdvice();
    return p && p->id == PathId::Cpu;
}

bool VerifySession::needsDiagnosis() const
{
    if (!m_hasReport || m_cancelled)
        return false;
    const QString v = m_report.verdict();
    if (cpuChosen())
        return v == QLatin1String("failed");
    return v == QLatin1String("failed") || v == QLatin1String("cpu") || v == QLatin1String("slow")
        || v == QLatin1String("no_speedup") || m_report.gpu.processor.contains(QLatin1String("CPU"));
}

void VerifySession::onRunnerFinished()
{
    m_psTimer->stop();
    stopTelemetry();
    m_report = m_runner->report();
    if (m_report.gpu.processor.isEmpty())
        m_report.gpu.processor = m_processor;
    m_runner->deleteLater();
    m_runner = nullptr;
    m_hasReport = true;
    m_session->setBenchReport(m_report.toJson()); // the summary's report carries the measured numbers
    emit finished();
    if (needsDiagnosis())
        startDiagnosis();
}

void VerifySession::pollPs()
{
    if (m_psCall)
        return; // the previous poll has not answered yet
    OllamaCall *call = client()->ps();
    m_psCall = call;
    connect(call, &OllamaCall::finished, this, [this, call] {
        call->deleteLater();
        if (call->error().isError())
            return;
        m_running.clear();
        QString split;
        const QString wanted = normalizeModelName(m_model);
        for (const RunningModel &m : parseRunningModels(call->result())) {
            m_running.append({ m.name, m.sizeBytes, m.sizeVramBytes });
            if (normalizeModelName(m.name) == wanted)
                split = formatProcessor(m.sizeBytes, m.sizeVramBytes);
        }
        if (!split.isEmpty() && split != m_processor) {
            m_processor = split;
            emit processorChanged(split);
        }
    });
}

void VerifySession::startTelemetry()
{
    if (m_telemetryThread)
        return;
    m_telemetryThread = new QThread;
    m_telemetry = new TelemetryWorker(std::make_unique<LazyTelemetry>(m_session->config().telemetry), QString());
    m_telemetry->moveToThread(m_telemetryThread);
    connect(m_telemetryThread, &QThread::finished, m_telemetry, &QObject::deleteLater);
    connect(m_telemetryThread, &QThread::finished, m_telemetryThread, &QObject::deleteLater);
    connect(m_telemetry, &TelemetryWorker::sampled, this,
        [this](qint64, const QList<GpuSample> &gpus) { onGpuSamples(gpus); });
    m_telemetryThread->start();
    const int interval = std::max(100, m_session->config().verifyPollMs / 2);
    QMetaObject::invokeMethod(
        m_telemetry, [worker = m_telemetry, interval] { worker->start(interval); }, Qt::QueuedConnection);
}

void VerifySession::stopTelemetry()
{
    if (!m_telemetryThread)
        return;
    disconnect(m_telemetry, nullptr, this, nullptr);
    QMetaObject::invokeMethod(m_telemetry, &TelemetryWorker::stop, Qt::QueuedConnection);
    m_telemetryThread->quit(); // the worker and the thread delete themselves once it ends
    m_telemetryThread = nullptr;
    m_telemetry = nullptr;
}

void VerifySession::onGpuSamples(const QList<GpuSample> &gpus)
{
    const std::optional<GpuInfo> &primary = m_session->advice().input.gpu;
    const GpuSample *pick = nullptr;
    for (const GpuSample &s : gpus) {
        if (!s.utilPercent || !s.utilReliable)
            continue;
        if (primary && !primary->pciBusAddress.isEmpty() && s.id == primary->pciBusAddress) {
            pick = &s;
            break;
        }
        if (!pick || *s.utilPercent > *pick->utilPercent)
            pick = &s;
    }
    if (pick)
        emit gpuBusyMeasured(m_clock.elapsed(), *pick->utilPercent);
}

void VerifySession::startDiagnosis()
{
    m_diagnosing = true;
    emit diagnosisStarted();
    DiagnoseContext ctx;
    ctx.os = m_session->hostOs();
    ctx.runningModels = m_running;
    for (const EnvAssignment &a : m_session->appliedSet())
        ctx.appliedSettings.insert(a.first, a.second);
    if (const PathAdvice *p = m_session->selectedAdvice())
        ctx.plannedBackend = p->id == PathId::Vulkan ? QStringLiteral("vulkan") : QString();
    const QList<LogSource> sources = m_session->config().logSources(ctx.os);
    ProcessRunner *runner = m_session->config().runner;
    auto *result = new Diagnosis;
    QThread *thread = QThread::create([sources, runner, ctx, result] {
        const ParsedLog log = parseOllamaLog(readFirstLog(sources, runner, &result->source), LogScope::LastRun);
        for (const Finding &f : diagnose(log, ctx))
            result->findings.append({ f, findingEnvFix(f, log, ctx) });
    });
    connect(thread, &QThread::finished, this, [this, thread, result] {
        m_findings = std::move(result->findings);
        m_logSource = result->source;
        delete result;
        thread->deleteLater();
        m_diagnosing = false;
        emit diagnosisReady();
    });
    thread->start();
}

} // namespace ogs::ui

#include "benchrunner.h"

#include "common/coretext.h"
#include "ollamaclient.h"
#include "psformat.h"

#include <QElapsedTimer>

namespace ogs {

BenchRunner::BenchRunner(OllamaClient *client, const BenchOptions &options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(options)
{
    if (!m_options.clockNs) {
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        m_options.clockNs = [timer] { return timer->nsecsElapsed(); };
    }
    m_report.model = options.model;
    m_report.prompt = options.prompt;
    m_report.numPredict = options.numPredict;
    m_report.expected = options.expected;
    m_report.gpu.label = QStringLiteral("gpu");
}

qint64 BenchRunner::now() const
{
    return m_options.clockNs();
}

void BenchRunner::start()
{
    run(Step::Version);
}

void BenchRunner::cancel()
{
    if (m_call)
        m_call->cancel();
}

OllamaCall *BenchRunner::track(OllamaCall *call)
{
    m_call = call;
    connect(call, &OllamaCall::finished, call, &QObject::deleteLater);
    return call;
}

QJsonObject BenchRunner::generateBody(bool cpu, bool loadOnly) const
{
    QJsonObject options;
    if (cpu)
        options.insert(QStringLiteral("num_gpu"), 0);
    QJsonObject body { { QStringLiteral("model"), m_options.model },
        { QStringLiteral("keep_alive"), QStringLiteral("5m") } };
    if (!loadOnly) {
        body.insert(QStringLiteral("prompt"), m_options.prompt);
        options.insert(QStringLiteral("num_predict"), m_options.numPredict);
        options.insert(QStringLiteral("temperature"), 0);
        options.insert(QStringLiteral("seed"), 42);
    }
    if (!options.isEmpty())
        body.insert(QStringLiteral("options"), options);
    return body;
}

void BenchRunner::next(Step step)
{
    run(step);
}

void BenchRunner::run(Step step)
{
    if (m_finished)
        return;
    switch (step) {
    case Step::Version: {
        emit stageChanged(OllamaText::tr("Contacting Ollama"));
        OllamaCall *call = track(m_client->version());
        connect(call, &OllamaCall::finished, this, [this, call] {
            if (call->error().isError())
                return fail(m_report.gpu, call->error().message);
            m_report.ollamaVersion = parseVersion(call->result());
            next(Step::Load);
        });
        return;
    }
    case Step::Load:
    case Step::CpuLoad: {
        const bool cpu = step == Step::CpuLoad;
        emit stageChanged(OllamaText::tr("Loading %1 on the %2")
                              .arg(m_options.model, cpu ? QStringLiteral("CPU") : QStringLiteral("GPU")));
        OllamaCall *call = track(m_client->generate(generateBody(cpu, true)));
        connect(call, &OllamaCall::finished, this, [this, call, cpu] {
            if (call->error().isError())
                return fail(cpu ? *m_report.cpu : m_report.gpu, call->error().message);
            next(cpu ? Step::CpuMeasure : Step::Measure);
        });
        return;
    }
    case Step::Measure:
        return measure(false, Step::Ps);
    case Step::CpuMeasure:
        return measure(true, Step::CpuPs);
    case Step::Ps:
        return readProcessor(m_report.gpu, m_options.cpuBaseline ? Step::Unload : Step::Done);
    case Step::CpuPs:
        return readProcessor(*m_report.cpu, Step::CpuUnload);
    case Step::Unload:
    case Step::CpuUnload: {
        emit stageChanged(QStringLiteral("Unloading %1").arg(m_options.model));
        if (step == Step::Unload) {
            m_report.cpu = BenchRun();
            m_report.cpu->label = QStringLiteral("cpu");
        }
        OllamaCall *call = track(m_client->unload(m_options.model));
        connect(call, &OllamaCall::finished, this, [this, call, step] {
            if (call->error().isError() && step == Step::Unload)
                return fail(*m_report.cpu, call->error().message);
            next(step == Step::Unload ? Step::CpuLoad : Step::Done);
        });
        return;
    }
    case Step::Done:
        finish();
        return;
    }
}

void BenchRunner::measure(bool cpu, Step after)
{
    BenchRun &target = cpu ? *m_report.cpu : m_report.gpu;
    emit stageChanged(OllamaText::tr("Generating %1 tokens on the %2")
                          .arg(m_options.numPredict)
                          .arg(cpu ? QStringLiteral("CPU") : QStringLiteral("GPU")));
    const qint64 t0 = now();
    OllamaCall *call = track(m_client->generate(generateBody(cpu, false)));
    connect(call, &OllamaCall::objectReceived, this, [this, &target, t0](const QJsonObject &o) {
        const QString text
            = o.value(QLatin1String("response")).toString() + o.value(QLatin1String("thinking")).toString();
        const int tokens = text.isEmpty() ? 0 : 1;
        const RateSample sample = target.timeline.addChunk(now() - t0, tokens);
        target.response += o.value(QLatin1String("response")).toString();
        if (!text.isEmpty())
            emit textReceived(target.label, text);
        if (tokens > 0)
            emit sampleMeasured(target.label, sample);
    });
    connect(call, &OllamaCall::finished, this, [this, call, &target, after] {
        if (call->error().isError())
            return fail(target, call->error().message);
        target.stats = parseGenerateStats(call->result());
        next(after);
    });
}

void BenchRunner::readProcessor(BenchRun &target, Step after)
{
    OllamaCall *call = track(m_client->ps());
    connect(call, &OllamaCall::finished, this, [this, call, &target, after] {
        if (!call->error().isError()) {
            const QString wanted = normalizeModelName(m_options.model);
            for (const RunningModel &m : parseRunningModels(call->result())) {
                if (normalizeModelName(m.name) == wanted)
                    target.processor = formatProcessor(m.sizeBytes, m.sizeVramBytes);
            }
        }
        next(after);
    });
}

void BenchRunner::fail(BenchRun &target, const QString &message)
{
    target.error = message;
    finish();
}

void BenchRunner::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished();
}

} // namespace ogs

#include "benchreport.h"

#include "common/coretext.h"

#include <QJsonArray>

namespace ogs {

namespace {

QJsonValue opt(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject runToJson(const BenchRun &run)
{
    QJsonObject o { { QStringLiteral("label"), run.label }, { QStringLiteral("ok"), run.ok() },
        { QStringLiteral("ttft_ms"), opt(run.ttftMs()) },
        { QStringLiteral("client_tokens_per_s"), opt(run.clientTokensPerSecond()) },
        { QStringLiteral("eval_rate"), opt(run.evalRate()) },
        { QStringLiteral("prompt_eval_rate"), opt(run.promptEvalRate()) },
        { QStringLiteral("eval_count"), static_cast<double>(run.stats.evalCount) },
        { QStringLiteral("eval_duration_ns"), static_cast<double>(run.stats.evalDurationNs) },
        { QStringLiteral("prompt_eval_count"), static_cast<double>(run.stats.promptEvalCount) },
        { QStringLiteral("prompt_eval_duration_ns"), static_cast<double>(run.stats.promptEvalDurationNs) },
        { QStringLiteral("load_duration_ns"), static_cast<double>(run.stats.loadDurationNs) },
        { QStringLiteral("total_duration_ns"), static_cast<double>(run.stats.totalDurationNs) },
        { QStringLiteral("done_reason"), run.stats.doneReason },
        { QStringLiteral("tokens_streamed"), run.timeline.tokenCount() },
        { QStringLiteral("processor"), run.processor } };
    if (!run.ok())
        o.insert(QStringLiteral("error"), run.error);
    QJsonArray chunks;
    const QList<RateSample> &rates = run.timeline.rates();
    for (qsizetype i = 0; i < rates.size(); ++i)
        chunks.append(QJsonObject { { QStringLiteral("t_ms"), static_cast<double>(rates.at(i).tNs) / 1e6 },
            { QStringLiteral("tokens"), run.timeline.chunks().at(i).tokens },
            { QStringLiteral("instant_tok_s"), rates.at(i).instant },
            { QStringLiteral("smoothed_tok_s"), rates.at(i).smoothed } });
    o.insert(QStringLiteral("chunks"), chunks);
    return o;
}

QString rate(const std::optional<double> &v, const QString &unit)
{
    return v ? QStringLiteral("%1 %2").arg(QString::number(*v, 'f', 1), unit) : QStringLiteral("-");
}

QString ratio(const std::optional<double> &num, const std::optional<double> &den)
{
    if (!num || !den || *den <= 0)
        return QStringLiteral("-");
    return QStringLiteral("%1x").arg(QString::number(*num / *den, 'f', 1));
}

} // namespace

std::optional<double> BenchReport::generationSpeedup() const
{
    if (!cpu || !cpu->ok() || !gpu.evalRate() || !cpu->evalRate() || *cpu->evalRate() <= 0)
        return std::nullopt;
    return *gpu.evalRate() / *cpu->evalRate();
}

bool BenchReport::partialOffload() const
{
    return gpu.processor.contains(QLatin1String("CPU/GPU"));
}

QString BenchReport::verdict() const
{
    if (!gpu.ok())
        return QStringLiteral("failed");
    if (gpu.processor == QLatin1String("100% CPU"))
        return QStringLiteral("cpu");
    // A GPU that holds the model generates several times faster than the processor (seed guide §12:
    // 2x on an RX 5700 XT with Vulkan); below kMinGpuSpeedup the GPU is not what makes it run.
    if (const std::optional<double> speedup = generationSpeedup(); speedup && *speedup < kMinGpuSpeedup)
        return QStringLiteral("no_speedup");
    const std::optional<double> r = gpu.evalRate() ? gpu.evalRate() : gpu.clientTokensPerSecond();
    if (expected && r && *r < expected->minTokensPerSecond)
        return QStringLiteral("slow");
    if (partialOffload())
        return QStringLiteral("partial"); // in range or not judged: still not "acceleration works"
    if (!expected || !r)
        return QStringLiteral("unknown");
    if (expected->maxTokensPerSecond > 0 && *r > expected->maxTokensPerSecond)
        return QStringLiteral("fast");
    return QStringLiteral("ok");
}

QString BenchReport::verdictSentence() const
{
    const QString v = verdict();
    const std::optional<double> r = gpu.evalRate() ? gpu.evalRate() : gpu.clientTokensPerSecond();
    const QString measured = rate(r, QStringLiteral("tok/s"));
    const QString range = expected
        ? QStringLiteral("%1-%2 tok/s%3")
              .arg(QString::number(expected->minTokensPerSecond, 'f', 0),
                  QString::number(expected->maxTokensPerSecond, 'f', 0),
                  expected->source.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(expected->source))
        : QString();
    if (v == QLatin1String("failed"))
        return OllamaText::tr("The test prompt failed: %1").arg(gpu.error);
    if (v == QLatin1String("cpu"))
        return OllamaText::tr(
            "The model ran entirely on the CPU (%1). GPU acceleration is not working; run `ollama-gpu-setup diagnose`.")
            .arg(measured);
    if (v == QLatin1String("no_speedup"))
        return OllamaText::tr("Generation ran at %1 with the GPU and %2 on the processor alone (%3x): the GPU is not "
                              "speeding it up. Run `ollama-gpu-setup diagnose`.")
            .arg(measured, rate(cpu->evalRate(), QStringLiteral("tok/s")),
                QString::number(generationSpeedup().value_or(0), 'f', 1));
    if (v == QLatin1String("partial"))
        return OllamaText::tr("Generation ran at %1, but only part of the model is on the GPU (%2): the rest runs on "
                              "the processor. Use a smaller quantisation or context so that all of it fits.")
            .arg(measured, gpu.processor);
    if (v == QLatin1String("slow"))
        return OllamaText::tr("Generation ran at %1, below the %2 expected for this GPU. %3")
            .arg(measured, range,
                gpu.processor.endsWith(QLatin1String("CPU/GPU"))
                    ? OllamaText::tr("Part of the model is on the CPU (%1): use a smaller quantisation or context.")
                          .arg(gpu.processor)
                    : OllamaText::tr(
                        "Check for a partial offload or a slower backend with `ollama-gpu-setup diagnose`."));
    if (v == QLatin1String("fast"))
        return OllamaText::tr("Generation ran at %1, faster than the %2 expected. Acceleration works.")
            .arg(measured, range);
    if (v == QLatin1String("ok"))
        return OllamaText::tr("Generation ran at %1, within the %2 expected. Acceleration works.").arg(measured, range);
    return OllamaText::tr("Generation ran at %1 on %2; no expected range is known for this GPU.")
        .arg(measured, gpu.processor.isEmpty() ? OllamaText::tr("an unknown processor") : gpu.processor);
}

QString BenchReport::verdictText() const
{
    const QString text = verdictSentence();
    const QString v = verdict();
    const bool judged = v == QLatin1String("ok") || v == QLatin1String("slow") || v == QLatin1String("fast")
        || v == QLatin1String("partial");
    if (judged && expected && !expected->note.isEmpty())
        return text + OllamaText::tr(" Note: %1.").arg(expected->note);
    return text;
}

QJsonObject BenchReport::toJson() const
{
    QJsonObject o { { QStringLiteral("model"), model }, { QStringLiteral("prompt"), prompt },
        { QStringLiteral("num_predict"), numPredict }, { QStringLiteral("ollama_version"), ollamaVersion },
        { QStringLiteral("gpu"), runToJson(gpu) }, { QStringLiteral("verdict"), verdict() },
        { QStringLiteral("verdict_text"), verdictText() } };
    if (cpu) {
        o.insert(QStringLiteral("cpu"), runToJson(*cpu));
        const auto speed = [](const std::optional<double> &g, const std::optional<double> &c) {
            return g && c && *c > 0 ? QJsonValue(*g / *c) : QJsonValue(QJsonValue::Null);
        };
        o.insert(QStringLiteral("speedup"),
            QJsonObject { { QStringLiteral("prompt_processing"), speed(gpu.promptEvalRate(), cpu->promptEvalRate()) },
                { QStringLiteral("generation"), speed(gpu.evalRate(), cpu->evalRate()) },
                { QStringLiteral("time_to_first_token"), speed(cpu->ttftMs(), gpu.ttftMs()) } });
    }
    if (expected)
        o.insert(QStringLiteral("expected"),
            QJsonObject { { QStringLiteral("min_tokens_per_s"), expected->minTokensPerSecond },
                { QStringLiteral("max_tokens_per_s"), expected->maxTokensPerSecond },
                { QStringLiteral("source"), expected->source }, { QStringLiteral("note"), expected->note } });
    return o;
}

QString BenchReport::toCsv() const
{
    QString csv = QStringLiteral("run,index,t_ms,tokens,instant_tok_s,smoothed_tok_s\n");
    auto add = [&csv](const BenchRun &run) {
        const QList<RateSample> &rates = run.timeline.rates();
        for (qsizetype i = 0; i < rates.size(); ++i)
            csv += QStringLiteral("%1,%2,%3,%4,%5,%6\n")
                       .arg(run.label)
                       .arg(i)
                       .arg(QString::number(static_cast<double>(rates.at(i).tNs) / 1e6, 'f', 3))
                       .arg(run.timeline.chunks().at(i).tokens)
                       .arg(
                           QString::number(rates.at(i).instant, 'f', 2), QString::number(rates.at(i).smoothed, 'f', 2));
    };
    add(gpu);
    if (cpu)
        add(*cpu);
    return csv;
}

QString BenchReport::speedupTable() const
{
    const auto ttftS = [](const BenchRun &r) {
        const auto ms = r.ttftMs();
        return ms ? std::optional<double>(*ms / 1000.0) : std::nullopt;
    };
    QString t = QStringLiteral("| Metric | CPU-Only | GPU | Speedup |\n|--------|----------|-----|---------|\n");
    const BenchRun none;
    const BenchRun &c = cpu ? *cpu : none;
    t += QStringLiteral("| Prompt processing | %1 | %2 | %3 |\n")
             .arg(rate(c.promptEvalRate(), QStringLiteral("tok/s")),
                 rate(gpu.promptEvalRate(), QStringLiteral("tok/s")), ratio(gpu.promptEvalRate(), c.promptEvalRate()));
    t += QStringLiteral("| Generation speed | %1 | %2 | %3 |\n")
             .arg(rate(c.evalRate(), QStringLiteral("tok/s")), rate(gpu.evalRate(), QStringLiteral("tok/s")),
                 ratio(gpu.evalRate(), c.evalRate()));
    const auto ttft = [](const std::optional<double> &s) {
        return s ? QStringLiteral("%1 s").arg(QString::number(*s, 'f', 2)) : QStringLiteral("-");
    };
    t += QStringLiteral("| Time to first token | %1 | %2 | %3 |\n")
             .arg(ttft(ttftS(c)), ttft(ttftS(gpu)), ratio(ttftS(c), ttftS(gpu)));
    return t;
}

} // namespace ogs

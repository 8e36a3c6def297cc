#include "benchcommand.h"

#include "cli/cli.h"
#include "cli/clioutput.h"
#include "compat/expectedspeed.h"
#include "compat/machineadvice.h"
#include "gpuspec.h"
#include "ollama/benchrunner.h"
#include "ollamacli.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

namespace ogs::cli {

namespace {

QString num(const std::optional<double> &v, int decimals, const QString &unit)
{
    return v ? QString::number(*v, 'f', decimals) + unit : QStringLiteral("-");
}

void printRun(const BenchRun &r)
{
    out() << (r.label == QLatin1String("cpu") ? "CPU run" : "GPU run") << ": ";
    if (!r.ok()) {
        out() << "failed: " << r.error << "\n";
        return;
    }
    out() << r.timeline.tokenCount() << " tokens, time to first token " << num(r.ttftMs(), 0, QStringLiteral(" ms"))
          << ", generation " << num(r.clientTokensPerSecond(), 1, QStringLiteral(" tok/s")) << " measured here / "
          << num(r.evalRate(), 1, QStringLiteral(" tok/s")) << " reported by Ollama, prompt "
          << num(r.promptEvalRate(), 1, QStringLiteral(" tok/s")) << ", processor "
          << (r.processor.isEmpty() ? QStringLiteral("unknown") : r.processor) << "\n";
}

/// The expected generation speed on `path`, from the recommendation data (the seed's per-GPU table, scaled to the
/// path by its relative speed) exactly as `recommend` works it out for this machine; `gpu` replaces detection.
std::optional<ExpectedRange> expectedFromRecommendation(
    const std::optional<GpuInfo> &gpu, PathId path, const QString &ollamaVersion, const QString &model, QString &note)
{
    MachineAdviceOptions options = MachineAdviceOptions::system();
    if (gpu) {
        options.gpuGiven = true;
        options.gpu = gpu;
    }
    options.model = model;
    options.version = OllamaVersion::parse(ollamaVersion);
    const MachineAdvice machine = adviseMachine(options);
    if (!machine.input.gpu) {
        note = QStringLiteral("no expected speed: no GPU was detected (name one with --gpu)");
        return std::nullopt;
    }
    const GpuInfo &g = *machine.input.gpu;
    return expectedSpeed(machine.recommendation, path, g.name.isEmpty() ? g.gfxTarget : g.name, model, &note);
}

bool writeFile(const QString &path, const QByteArray &data, QString &error)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size()) {
        error = QStringLiteral("cannot write '%1': %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace

int runBench(const QStringList &args)
{
    const QString cmd = QStringLiteral("bench");
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    const QCommandLineOption host = hostOption();
    const QCommandLineOption model(
        QStringLiteral("model"), QStringLiteral("Installed model to test (required)."), QStringLiteral("NAME"));
    const QCommandLineOption prompt(
        QStringLiteral("prompt"), QStringLiteral("Prompt to generate from."), QStringLiteral("TEXT"));
    const QCommandLineOption numPredict(
        QStringLiteral("num-predict"), QStringLiteral("Tokens to generate (default 128)."), QStringLiteral("N"));
    const QCommandLineOption cpu(QStringLiteral("cpu-baseline"),
        QStringLiteral("Also run on the CPU (options.num_gpu=0) and print the speedup."));
    const QCommandLineOption expect(QStringLiteral("expect"),
        QStringLiteral("Expected generation speed MIN-MAX tok/s for the verdict."), QStringLiteral("MIN-MAX"));
    const QCommandLineOption save(QStringLiteral("save"),
        QStringLiteral("Also write PREFIX.json and PREFIX.csv (per-chunk samples)."), QStringLiteral("PREFIX"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
        QStringLiteral("Give up on a request after this many seconds (default 600)."), QStringLiteral("SECONDS"));
    const QCommandLineOption pathOpt(QStringLiteral("path"),
        QStringLiteral(
            "The acceleration path in use (rocm, rocm-override, vulkan, ollama-for-amd, cuda): judge the speed "
            "against what `recommend` expects for this GPU on that path."),
        QStringLiteral("KEY"));
    const QCommandLineOption gpuOpt(QStringLiteral("gpu"),
        QStringLiteral(
            "GPU for --path, as `recommend --gpu` takes it: 1002:731f[:c1] (PCI ids) or gfx1030 (default: the "
            "detected GPU)."),
        QStringLiteral("SPEC"));
    parser.addOptions({ json, host, model, prompt, numPredict, cpu, expect, pathOpt, gpuOpt, save, timeout });
    if (auto stop = parseCommandLine(parser, cmd,
            QStringLiteral("Runs a test prompt and measures time to first token and tokens per second."), args))
        return *stop;

    BenchOptions options;
    options.model = parser.value(model).trimmed();
    if (options.model.isEmpty())
        return usageError(cmd, QStringLiteral("--model NAME is required (see `ollama list` for installed models)"));
    if (parser.isSet(prompt)) {
        options.prompt = parser.value(prompt);
        if (options.prompt.trimmed().isEmpty())
            return usageError(cmd, QStringLiteral("--prompt: the prompt is empty"));
    }
    if (parser.isSet(numPredict)) {
        bool ok = false;
        options.numPredict = parser.value(numPredict).toInt(&ok);
        if (!ok || options.numPredict < 2 || options.numPredict > 100000)
            return usageError(cmd,
                QStringLiteral("--num-predict: '%1' is not a number from 2 to 100000").arg(parser.value(numPredict)));
    }
    options.cpuBaseline = parser.isSet(cpu);
    if (parser.isSet(expect)) {
        static const QRegularExpression range(
            QStringLiteral("^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*-\\s*([0-9]+(?:\\.[0-9]+)?)\\s*$"));
        const auto m = range.match(parser.value(expect));
        if (!m.hasMatch() || m.captured(1).toDouble() > m.captured(2).toDouble())
            return usageError(
                cmd, QStringLiteral("--expect: '%1' is not MIN-MAX (for example 12-20)").arg(parser.value(expect)));
        options.expected = ExpectedRange { m.captured(1).toDouble(), m.captured(2).toDouble(),
            QStringLiteral("--expect"), QString() };
    }
    std::optional<PathId> path;
    if (parser.isSet(pathOpt)) {
        path = pathFromKey(parser.value(pathOpt).trimmed().toLower());
        if (!path)
            return usageError(cmd,
                QStringLiteral("--path: '%1' is not one of rocm, rocm-override, vulkan, ollama-for-amd, cuda")
                    .arg(parser.value(pathOpt)));
        if (parser.isSet(expect))
            return usageError(cmd, QStringLiteral("--path and --expect both set the expected speed; give one"));
    }
    std::optional<GpuSpec> gpuSpec;
    if (parser.isSet(gpuOpt)) {
        if (!path)
            return usageError(cmd, QStringLiteral("--gpu needs --path (which path's expected speed?)"));
        gpuSpec = parseGpuSpec(parser.value(gpuOpt).trimmed());
        if (!gpuSpec || !gpuSpec->gpu)
            return usageError(cmd,
                QStringLiteral("--gpu: '%1' is not a GPU like 1002:731f, 1002:73bf:c1 or gfx1030")
                    .arg(parser.value(gpuOpt)));
    }
    int timeoutS = 600;
    if (parser.isSet(timeout)) {
        bool ok = false;
        timeoutS = parser.value(timeout).toInt(&ok);
        if (!ok || timeoutS < 1)
            return usageError(
                cmd, QStringLiteral("--timeout: '%1' is not a positive number of seconds").arg(parser.value(timeout)));
    }
    QString error;
    const auto url = ollamaUrl(parser, host, qEnvironmentVariable("OLLAMA_HOST"), error);
    if (!url)
        return usageError(cmd, error);

    OllamaClientOptions clientOptions = commandClientOptions(*url);
    clientOptions.firstByteTimeoutMs = std::min(timeoutS, 300) * 1000; // loading a large model takes a while
    clientOptions.idleTimeoutMs = std::min(timeoutS, 60) * 1000;
    clientOptions.totalTimeoutMs = timeoutS * 1000;
    OllamaClient client(clientOptions);
    BenchRunner runner(&client, options);
    const bool quiet = parser.isSet(json);
    QObject::connect(&runner, &BenchRunner::stageChanged, &runner, [quiet](const QString &stage) {
        if (!quiet)
            err() << stage << "…" << Qt::endl;
    });
    QEventLoop loop;
    QObject::connect(&runner, &BenchRunner::finished, &loop, &QEventLoop::quit);
    runner.start();
    if (!runner.isFinished())
        loop.exec();
    BenchReport report = runner.report();
    QString expectedNote;
    if (path && report.gpu.ok()) {
        report.expected = expectedFromRecommendation(
            gpuSpec ? gpuSpec->gpu : std::nullopt, *path, report.ollamaVersion, report.model, expectedNote);
        if (report.expected)
            report.expected->note = expectedNote;
    }

    if (parser.isSet(save)) {
        const QString prefix = parser.value(save);
        if (!writeFile(prefix + QStringLiteral(".json"), QJsonDocument(report.toJson()).toJson(), error)
            || !writeFile(prefix + QStringLiteral(".csv"), report.toCsv().toUtf8(), error))
            return failure(cmd, error);
    }
    if (parser.isSet(json)) {
        QJsonObject o = report.toJson();
        if (!report.expected && !expectedNote.isEmpty())
            o.insert(QStringLiteral("expected_note"), expectedNote);
        printJson(o);
    } else if (report.gpu.ok()) {
        out() << "Model: " << report.model << " (Ollama " << report.ollamaVersion << ")\n";
        printRun(report.gpu);
        if (report.cpu) {
            printRun(*report.cpu);
            out() << "\n" << report.speedupTable();
        }
        out() << "\nVerdict: " << report.verdictText() << "\n";
        if (!report.expected && !expectedNote.isEmpty())
            out() << "Note: " << expectedNote << "\n";
        out().flush();
    }
    if (!report.gpu.ok())
        return failure(cmd, report.gpu.error);
    return ExitOk;
}

} // namespace ogs::cli

#include "budgetcommand.h"

#include "budget/budgetjson.h"
#include "budget/modelcatalogue.h"
#include "budget/ollamashowclient.h"
#include "budget/sizeparse.h"
#include "cli/cli.h"
#include "cli/clioutput.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace ogs::cli {

namespace {

const QString kCommand = QStringLiteral("budget");

QString sizeError(const QString &option, const QString &value)
{
    return QStringLiteral("--%1: '%2' is not a size (8G or 8GB = 8*10^9 bytes, 8GiB = 8*2^30 bytes, or plain bytes)")
        .arg(option, value);
}

/// A whole number in [min, max], else nullopt.
std::optional<int> wholeNumber(const QString &text, int min, int max)
{
    bool ok = false;
    const qlonglong v = text.trimmed().toLongLong(&ok);
    if (!ok || v < min || v > max)
        return std::nullopt;
    return static_cast<int>(v);
}

void printText(const QString &modelLabel, const BudgetInput &in, const BudgetResult &r,
    const std::optional<VariantChoice> &variant)
{
    QTextStream &o = out();
    o << "Model: " << modelLabel << ", context " << in.context << " tokens x " << in.parallel << " parallel, KV cache "
      << kvTypeKey(in.kvType) << "\n";
    o << "VRAM: " << formatBytesBoth(in.vramTotal) << " total, " << formatBytesBoth(in.available) << " available\n\n";
    auto row = [&o](const char *label, const QString &value) {
        o << "  " << QString::fromLatin1(label).leftJustified(16) << value << "\n";
    };
    // budgetRows: the same rows the GUI bar draws; they add up to "required".
    for (const BudgetRow &b : budgetRows(r)) {
        const bool known = r.complete || b.key == QLatin1String("weights") || b.key == QLatin1String("overhead");
        QString value = known ? formatBytesBoth(b.bytes) : QStringLiteral("unknown");
        if (!r.complete && b.key == QLatin1String("compute"))
            value = QStringLiteral("unknown (+ %1 reserve)").arg(formatBytesBoth(r.reserve));
        row(b.key == QLatin1String("kv_cache") ? "KV cache" : b.key.toLatin1().constData(), value);
    }
    row("required", formatBytesBoth(r.required) + (r.complete ? QString() : QStringLiteral(" at least")));
    o << "\n";
    if (r.fits) {
        o << "Fits: runs fully on the GPU (`ollama ps` would show " << r.processor << ").\n";
    } else {
        o << "Does not fit: `ollama ps` would show " << r.processor;
        if (r.complete)
            o << " (" << r.layersOnGpu << " of " << r.layerCount << " layers on the GPU)";
        o << "; the CPU part runs several times slower.\n";
    }
    if (r.maxContextFullGpu) {
        if (*r.maxContextFullGpu > 0)
            o << "Largest context that still fits fully: " << *r.maxContextFullGpu << " tokens.\n";
        else
            o << "No context length fits fully: the model itself is too large for the available VRAM.\n";
    }
    if (variant)
        o << "Variant to pick: " << variant->model.name << " - " << variant->reason << "\n";
    if (!r.notes.isEmpty()) {
        o << "\nNotes:\n";
        for (const QString &n : r.notes)
            o << "  - " << n << "\n";
    }
    o.flush();
}

} // namespace

int runBudget(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    const QCommandLineOption vram(QStringLiteral("vram"),
        QStringLiteral(
            "The GPU's total VRAM (required). 8G / 8GB = 8*10^9 bytes, 8GiB = 8*2^30 bytes, or plain bytes."),
        QStringLiteral("SIZE"));
    const QCommandLineOption available(QStringLiteral("available"),
        QStringLiteral("VRAM free for Ollama, as its log's available=\"7.1 GiB\" says (default: all of --vram)."),
        QStringLiteral("SIZE"));
    const QCommandLineOption modelSize(QStringLiteral("model-size"),
        QStringLiteral("The model file's size, as `ollama list` shows it (4.1 GB)."), QStringLiteral("SIZE"));
    const QCommandLineOption model(QStringLiteral("model"),
        QStringLiteral("A model by name: the built-in catalogue, else asked from Ollama's /api/show."),
        QStringLiteral("NAME"));
    const QCommandLineOption host(QStringLiteral("host"),
        QStringLiteral("Ollama's address for --model (default: OLLAMA_HOST, else 127.0.0.1:11434)."),
        QStringLiteral("URL"));
    const QCommandLineOption archFile(QStringLiteral("arch-file"),
        QStringLiteral("An /api/show answer (or its model_info object) saved as JSON."), QStringLiteral("FILE"));
    const QCommandLineOption context(QStringLiteral("context"),
        QStringLiteral("Context length in tokens (default: Ollama's default for this much VRAM)."),
        QStringLiteral("N"));
    const QCommandLineOption parallel(QStringLiteral("parallel"),
        QStringLiteral("Requests served at once, OLLAMA_NUM_PARALLEL (default 1)."), QStringLiteral("N"));
    const QCommandLineOption kvType(QStringLiteral("kv-type"),
        QStringLiteral("KV cache type: f16 (default), q8_0 or q4_0 (these need flash attention)."),
        QStringLiteral("TYPE"));
    const QCommandLineOption overhead(QStringLiteral("overhead"),
        QStringLiteral("OLLAMA_GPU_OVERHEAD: VRAM kept free per GPU (default 0)."), QStringLiteral("SIZE"));
    parser.addOptions({ json, vram, available, modelSize, model, host, archFile, context, parallel, kvType, overhead });
    if (auto stop = parseCommandLine(parser, kCommand,
            QStringLiteral("Works out whether a model fits in VRAM: weights + KV cache + compute buffer + overhead."),
            args))
        return *stop;

    BudgetInput in;
    if (!parser.isSet(vram))
        return usageError(kCommand, QStringLiteral("--vram SIZE is required (e.g. --vram 8GiB)"));
    const std::optional<qint64> vramBytes = parseByteSize(parser.value(vram));
    if (!vramBytes || *vramBytes <= 0)
        return usageError(kCommand, memorySizeError(QStringLiteral("vram"), parser.value(vram), vramBytes));
    in.vramTotal = *vramBytes;
    in.available = in.vramTotal;
    if (parser.isSet(available)) {
        const std::optional<qint64> a = parseByteSize(parser.value(available));
        if (!a || *a <= 0)
            return usageError(kCommand, sizeError(QStringLiteral("available"), parser.value(available)));
        if (*a > in.vramTotal)
            return usageError(kCommand,
                QStringLiteral("--available: '%1' is more than --vram '%2'")
                    .arg(parser.value(available), parser.value(vram)));
        in.available = *a;
    }
    if (parser.isSet(overhead)) {
        const std::optional<qint64> o = parseByteSize(parser.value(overhead));
        if (!o)
            return usageError(kCommand, sizeError(QStringLiteral("overhead"), parser.value(overhead)));
        in.overhead = *o;
    }
    std::optional<qint64> sizeFlag;
    if (parser.isSet(modelSize)) {
        sizeFlag = parseByteSize(parser.value(modelSize));
        if (!sizeFlag || *sizeFlag <= 0)
            return usageError(kCommand, sizeError(QStringLiteral("model-size"), parser.value(modelSize)));
    }
    if (parser.isSet(kvType)) {
        const std::optional<KvType> t = kvTypeFromKey(parser.value(kvType));
        if (!t)
            return usageError(
                kCommand, QStringLiteral("--kv-type: '%1' is not one of f16, q8_0, q4_0").arg(parser.value(kvType)));
        in.kvType = *t;
    }
    if (parser.isSet(parallel)) {
        const std::optional<int> n = wholeNumber(parser.value(parallel), 1, 1024);
        if (!n)
            return usageError(kCommand,
                QStringLiteral("--parallel: '%1' is not a whole number from 1 to 1024").arg(parser.value(parallel)));
        in.parallel = *n;
    }
    std::optional<int> contextFlag;
    if (parser.isSet(context)) {
        contextFlag = wholeNumber(parser.value(context), 1, 16 * 1024 * 1024);
        if (!contextFlag)
            return usageError(kCommand,
                QStringLiteral("--context: '%1' is not a whole number of tokens from 1 to 16777216")
                    .arg(parser.value(context)));
    }
    if (parser.isSet(model) && parser.isSet(archFile))
        return usageError(kCommand, QStringLiteral("give either --model or --arch-file, not both"));
    if (!parser.isSet(model) && !parser.isSet(archFile) && !sizeFlag)
        return usageError(
            kCommand, QStringLiteral("say which model: --model-size SIZE, --model NAME or --arch-file FILE"));
    if (parser.isSet(host) && !parser.isSet(model))
        return usageError(kCommand, QStringLiteral("--host only applies with --model"));

    const ModelCatalogue &catalogue = ModelCatalogue::builtin();
    QString label = sizeFlag ? QStringLiteral("%1 of weights").arg(formatBytesBoth(*sizeFlag)) : QString();
    QString family;
    std::optional<qint64> weights = sizeFlag;
    QStringList notes;
    if (parser.isSet(model)) {
        const QString name = parser.value(model).trimmed();
        if (name.isEmpty())
            return usageError(kCommand, QStringLiteral("--model: the name is empty"));
        label = name;
        if (const CatalogueModel *m = catalogue.find(name)) {
            in.arch = m->arch;
            family = m->family;
            if (!weights)
                weights = m->sizeBytes;
            label = QStringLiteral("%1 (%2)").arg(m->name, m->quantization);
        } else {
            const QString hostText = parser.isSet(host) ? parser.value(host) : qEnvironmentVariable("OLLAMA_HOST");
            const QUrl base = OllamaShowClient::normalizeHost(hostText);
            if (base.isEmpty())
                return usageError(kCommand,
                    QStringLiteral("--host: '%1' is not an address like http://127.0.0.1:11434").arg(hostText));
            OllamaShowClient client(base, catalogue.globalEvery());
            QString error;
            const std::optional<ModelDescription> d = client.describe(name, &error);
            if (!d)
                return failure(kCommand, error);
            in.arch = d->arch;
            if (!weights && d->sizeBytes)
                weights = d->sizeBytes;
            if (!weights && d->arch.parameterCount) {
                weights = estimateWeightBytes(*d->arch.parameterCount, d->quantization);
                if (weights)
                    notes << QStringLiteral("The model's file size was estimated from its parameter count and %1.")
                                 .arg(d->quantization);
            }
            if (!weights)
                return failure(
                    kCommand, QStringLiteral("Ollama did not say how large %1 is: add --model-size").arg(name));
        }
    } else if (parser.isSet(archFile)) {
        const QString path = parser.value(archFile);
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return usageError(kCommand, QStringLiteral("--arch-file: cannot read '%1'").arg(path));
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
        QString error;
        const std::optional<ModelDescription> d
            = doc.isObject() ? describeFromShowJson(doc.object(), catalogue.globalEvery(), &error) : std::nullopt;
        if (!d)
            return usageError(kCommand,
                QStringLiteral("--arch-file: '%1' is not an /api/show answer: %2")
                    .arg(path, error.isEmpty() ? QStringLiteral("not a JSON object") : error));
        in.arch = d->arch;
        if (!weights && d->sizeBytes)
            weights = d->sizeBytes;
        if (!weights && d->arch.parameterCount) {
            weights = estimateWeightBytes(*d->arch.parameterCount, d->quantization);
            if (weights)
                notes << QStringLiteral("The model's file size was estimated from its parameter count and %1.")
                             .arg(d->quantization);
        }
        if (!weights)
            return usageError(kCommand,
                QStringLiteral("--arch-file: '%1' says nothing about the model's size: add --model-size").arg(path));
        label = QStringLiteral("%1 (%2)").arg(QFileInfo(path).fileName(), d->arch.architecture);
    }
    in.weights = *weights;
    if (contextFlag) {
        in.context = *contextFlag;
    } else {
        in.context = defaultContextLength(in.vramTotal, in.arch ? in.arch->contextLength : 0);
        notes << QStringLiteral("No --context given: using %1 tokens, Ollama's default for this much VRAM.")
                     .arg(in.context);
    }
    if (in.arch && in.arch->contextLength > 0 && in.context > in.arch->contextLength)
        notes << QStringLiteral(
            "The model was trained for at most %1 tokens of context; Ollama caps the context there.")
                     .arg(in.arch->contextLength);

    if (!parser.isSet(available))
        notes << QStringLiteral(
            "No --available given: assuming all of the VRAM is free. Ollama's log shows the real figure "
            "(available=\"…\" on its \"inference compute\" line).");
    BudgetResult result = computeBudget(in);
    result.notes << notes;
    const std::optional<VariantChoice> variant = chooseVariant(catalogue.family(family), in);
    if (parser.isSet(json))
        printJson(budgetToJson(in, result, variant));
    else
        printText(label, in, result, variant);
    return ExitOk;
}

} // namespace ogs::cli

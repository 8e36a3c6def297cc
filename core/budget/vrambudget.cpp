#include "vrambudget.h"

#include "common/coretext.h"

#include <algorithm>
#include <cmath>

namespace ogs {

std::optional<KvType> kvTypeFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("f16"))
        return KvType::F16;
    if (k == QLatin1String("q8_0"))
        return KvType::Q8_0;
    if (k == QLatin1String("q4_0"))
        return KvType::Q4_0;
    return std::nullopt;
}

QString kvTypeKey(KvType type)
{
    switch (type) {
    case KvType::F16:
        return QStringLiteral("f16");
    case KvType::Q8_0:
        return QStringLiteral("q8_0");
    case KvType::Q4_0:
        return QStringLiteral("q4_0");
    }
    return QStringLiteral("f16");
}

namespace {

/// ggml block sizes: f16 is 2 bytes per element; q8_0 stores 32 elements in 34 bytes, q4_0 in 18.
std::pair<qint64, qint64> bytesPerElement(KvType type)
{
    switch (type) {
    case KvType::F16:
        return { 2, 1 };
    case KvType::Q8_0:
        return { 34, 32 };
    case KvType::Q4_0:
        return { 18, 32 };
    }
    return { 2, 1 };
}

qint64 requiredFull(const BudgetInput &in, int context)
{
    const qint64 kv = kvCacheBytes(*in.arch, context, in.parallel, in.kvType);
    return in.weights + kv + estimateGraph(*in.arch, context, in.parallel).full + kMinimumGpuReserve + in.overhead;
}

} // namespace

QList<qint64> kvCachePerLayer(const ModelArch &arch, int context, int parallel, KvType type, int batch)
{
    const auto [num, den] = bytesPerElement(type);
    const qint64 fullTokens = static_cast<qint64>(context) * parallel;
    const qint64 windowTokens = std::min(fullTokens, static_cast<qint64>(parallel) * arch.slidingWindow + batch);
    QList<qint64> perLayer;
    for (int i = 0; i < arch.blockCount; ++i) {
        const bool sliding = arch.slidingWindow > 0 && i < arch.slidingLayers.size() && arch.slidingLayers.at(i);
        const qint64 tokens = sliding ? windowTokens : fullTokens;
        const qint64 elements = tokens * arch.headCountKv.value(i) * (arch.keyLength + arch.valueLength);
        perLayer << elements * num / den;
    }
    return perLayer;
}

qint64 kvCacheBytes(const ModelArch &arch, int context, int parallel, KvType type, int batch)
{
    qint64 total = 0;
    for (qint64 b : kvCachePerLayer(arch, context, parallel, type, batch))
        total += b;
    return total;
}

GraphEstimate estimateGraph(const ModelArch &arch, int context, int parallel, int batch)
{
    // The shape of Ollama's pre-0.30 estimator (fs/ggml GraphSize): the larger of the output
    // logits buffer and the attention working set for one batch; partial offload also keeps a
    // copy of the output projection's working set on the GPU.
    const qint64 b = batch;
    const qint64 ctx = static_cast<qint64>(context) * parallel;
    const qint64 emb = arch.embeddingLength;
    const qint64 vocab = arch.vocabSize;
    const qint64 heads = arch.headCount;
    const qint64 headK = arch.keyLength;
    const qint64 headsKv
        = arch.headCountKv.isEmpty() ? heads : *std::max_element(arch.headCountKv.cbegin(), arch.headCountKv.cend());
    GraphEstimate g;
    g.full = std::max(4 * b * (emb + vocab), 4 * b * (2 + ctx + ctx * heads + 2 * emb + 2 * headK * heads));
    g.partial = std::max(4 * emb * b + emb * vocab * 105 / 128 + 4 * vocab * b,
        4 * b * (2 * emb + 1 + 2 * headK * heads + ctx + ctx * heads) + 4 * headK * ctx * headsKv
            + emb * headK * heads * 9 / 16);
    return g;
}

QString processorText(qint64 size, qint64 sizeVram)
{
    // cmd/cmd.go ListRunningHandler.
    if (sizeVram <= 0)
        return QStringLiteral("100% CPU");
    if (sizeVram == size)
        return QStringLiteral("100% GPU");
    if (sizeVram > size || size == 0)
        return QStringLiteral("Unknown");
    const int cpu
        = static_cast<int>(std::lround(static_cast<double>(size - sizeVram) / static_cast<double>(size) * 100.0));
    return QStringLiteral("%1%/%2% CPU/GPU").arg(cpu).arg(100 - cpu);
}

int defaultContextLength(qint64 vramTotalBytes, int modelContextLength)
{
    constexpr qint64 gib = 1024LL * 1024 * 1024;
    int ctx = 4096;
    if (vramTotalBytes >= 47 * gib)
        ctx = 262144;
    else if (vramTotalBytes >= 23 * gib)
        ctx = 32768;
    return modelContextLength > 0 ? std::min(ctx, modelContextLength) : ctx;
}

BudgetResult computeBudget(const BudgetInput &in)
{
    BudgetResult r;
    r.weights = in.weights;
    r.reserve = kMinimumGpuReserve;
    r.overhead = in.overhead;

    if (!in.arch) {
        r.complete = false;
        r.required = in.weights + r.reserve + r.overhead;
        r.fits = r.required <= in.available;
        r.size = in.weights;
        r.sizeVram = r.fits ? in.weights : std::clamp(in.available - r.reserve - r.overhead, qint64(0), in.weights);
        r.notes << BudgetText::tr(
            "Without the model's architecture the KV cache and compute buffer are left out, so this is a lower "
            "bound: pass --model or --arch-file for the full figure.");
    } else {
        const ModelArch &arch = *in.arch;
        const QList<qint64> kv = kvCachePerLayer(arch, in.context, in.parallel, in.kvType);
        const GraphEstimate graph = estimateGraph(arch, in.context, in.parallel);
        r.layerCount = arch.blockCount;
        for (qint64 b : kv)
            r.kvCache += b;
        r.graph = graph.full;
        r.graphPartial = graph.partial;
        r.required = in.weights + r.kvCache + graph.full + r.reserve + r.overhead;
        r.fits = r.required <= in.available;
        if (r.fits) {
            r.layersOnGpu = arch.blockCount;
            r.size = r.sizeVram = in.weights + r.kvCache + graph.full;
        } else {
            // Offload layer by layer, as Ollama does: each repeating layer carries its share of the
            // weights (the output/embedding share counts as one more layer and stays on the CPU)
            // plus its own KV cache.
            const qint64 perLayerWeights = in.weights / (arch.blockCount + 1);
            const qint64 budget = in.available - graph.partial - r.reserve - r.overhead;
            qint64 used = 0;
            for (int i = 0; i < arch.blockCount; ++i) {
                const qint64 need = perLayerWeights + kv.at(i);
                if (used + need > budget)
                    break;
                used += need;
                ++r.layersOnGpu;
            }
            r.size = in.weights + r.kvCache + graph.partial;
            r.sizeVram = r.layersOnGpu > 0 ? used + graph.partial : 0;
        }
        if (arch.vocabSize == 0)
            r.notes << BudgetText::tr(
                "The vocabulary size is unknown, so the compute buffer leaves out the output logits; it may be "
                "a few hundred MB low.");

        // Largest context that still fits fully: required memory grows with the context.
        const int high = arch.contextLength > 0 ? arch.contextLength : (1 << 20);
        if (requiredFull(in, 1) > in.available) {
            r.maxContextFullGpu = 0;
        } else if (requiredFull(in, high) <= in.available) {
            r.maxContextFullGpu = high;
        } else {
            int lo = 1;
            int hi = high;
            while (hi - lo > 1) {
                const int mid = lo + (hi - lo) / 2;
                (requiredFull(in, mid) <= in.available ? lo : hi) = mid;
            }
            r.maxContextFullGpu = lo;
        }
    }
    r.gpuFraction = r.size > 0 ? static_cast<double>(r.sizeVram) / static_cast<double>(r.size) : 0.0;
    r.processor = processorText(r.size, r.sizeVram);
    if (in.kvType != KvType::F16)
        r.notes << BudgetText::tr(
            "A %1 KV cache needs flash attention: set OLLAMA_FLASH_ATTENTION=1 and OLLAMA_KV_CACHE_TYPE=%1, "
            "or Ollama falls back to f16.")
                       .arg(kvTypeKey(in.kvType));
    return r;
}

QList<BudgetRow> budgetRows(const BudgetResult &r)
{
    return { { QStringLiteral("weights"), r.weights }, { QStringLiteral("kv_cache"), r.kvCache },
        { QStringLiteral("compute"), r.graph + r.reserve }, { QStringLiteral("overhead"), r.overhead } };
}

} // namespace ogs

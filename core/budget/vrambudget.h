#pragma once

#include "modelarch.h"

#include <QStringList>

#include <optional>

namespace ogs {

/// Element type of the KV cache (OLLAMA_KV_CACHE_TYPE). The q-types need flash attention.
enum class KvType { F16, Q8_0, Q4_0 };
std::optional<KvType> kvTypeFromKey(const QString &key);
QString kvTypeKey(KvType type);

/// Tokens per batch Ollama processes at once (num_batch default).
constexpr int kDefaultBatch = 512;
/// Ollama's fixed per-GPU reserve (ml/device.go MinimumMemory, 457 MiB).
constexpr qint64 kMinimumGpuReserve = 457LL * 1024 * 1024;

/// KV cache bytes per layer: tokens × kv-heads × (key length + value length) × bytes per element,
/// where tokens = context × parallel on global layers and parallel × window + batch (at most the
/// former) on sliding-window layers. Bytes per element are ggml's: f16 2, q8_0 34/32, q4_0 18/32.
QList<qint64> kvCachePerLayer(const ModelArch &arch, int context, int parallel, KvType type, int batch = kDefaultBatch);
qint64 kvCacheBytes(const ModelArch &arch, int context, int parallel, KvType type, int batch = kDefaultBatch);

/// Compute-graph buffer estimate with every layer on the GPU (full) and with some on the CPU (partial).
struct GraphEstimate {
    qint64 full = 0;
    qint64 partial = 0;
};
GraphEstimate estimateGraph(const ModelArch &arch, int context, int parallel, int batch = kDefaultBatch);

/// The PROCESSOR column of `ollama ps` for a model of `size` bytes with `sizeVram` on the GPU.
QString processorText(qint64 size, qint64 sizeVram);

/// Ollama's default context when none is set: 4096, 32768 from 23 GiB of VRAM, 262144 from
/// 47 GiB (server/routes.go), capped at what the model supports.
int defaultContextLength(qint64 vramTotalBytes, int modelContextLength);

/// What the budget is asked.
struct BudgetInput {
    qint64 vramTotal = 0;
    qint64 available = 0; ///< VRAM free for Ollama (not total)
    qint64 weights = 0; ///< model file size
    std::optional<ModelArch> arch; ///< without it KV cache and compute buffer are unknown
    int context = 4096;
    int parallel = 1;
    KvType kvType = KvType::F16;
    qint64 overhead = 0; ///< OLLAMA_GPU_OVERHEAD
};

/// The answer, in the shape of `budget --json`.
struct BudgetResult {
    bool complete = true; ///< false without the architecture: KV and compute left out
    bool fits = false; ///< everything on the GPU
    double gpuFraction = 0.0; ///< size_vram / size, as `ollama ps` computes it
    QString processor; ///< "100% GPU", "23%/77% CPU/GPU"
    qint64 required = 0; ///< VRAM needed to run fully on the GPU
    qint64 weights = 0;
    qint64 kvCache = 0;
    qint64 graph = 0; ///< compute buffer with every layer on the GPU: the part of `required`
    qint64 graphPartial = 0; ///< compute buffer Ollama reserves when some layers stay on the CPU
    qint64 reserve = 0; ///< Ollama's fixed per-GPU reserve
    qint64 overhead = 0;
    qint64 size = 0; ///< what `ollama ps` would show as SIZE
    qint64 sizeVram = 0;
    int layersOnGpu = 0;
    int layerCount = 0;
    std::optional<int> maxContextFullGpu;
    QStringList notes;
};

BudgetResult computeBudget(const BudgetInput &input);

/// One row of the breakdown the CLI prints and the GUI bar draws; the rows add up to `required`.
struct BudgetRow {
    QString key; ///< "weights", "kv_cache", "compute" (graph + reserve), "overhead" (OLLAMA_GPU_OVERHEAD)
    qint64 bytes = 0;
};
QList<BudgetRow> budgetRows(const BudgetResult &result);

} // namespace ogs

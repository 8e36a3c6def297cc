#pragma once

#include "ollamatypes.h"
#include "tokentimeline.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace ogs {

/// One measured generation (the GPU run, or the CPU baseline with options.num_gpu = 0).
struct BenchRun {
    QString label; ///< "gpu" or "cpu"
    QString error; ///< empty on success
    TokenTimeline timeline;
    GenerateStats stats; ///< from the final object
    QString processor; ///< "100% GPU", … from /api/ps after the run; empty when unknown
    QString response;

    bool ok() const { return error.isEmpty(); }
    std::optional<double> evalRate() const { return stats.evalRate(); }
    std::optional<double> promptEvalRate() const { return stats.promptEvalRate(); }
    std::optional<double> ttftMs() const { return timeline.ttftMs(); }
    std::optional<double> clientTokensPerSecond() const { return timeline.tokensPerSecond(); }
};

/// The generation speed expected for this GPU and acceleration path (tokens/s), from the recommendation data.
struct ExpectedRange {
    double minTokensPerSecond = 0;
    double maxTokensPerSecond = 0;
    QString source; ///< where the numbers come from, shown with the verdict
    QString note; ///< a caveat shown with the verdict (the range was measured with another model, …)
};

/// A verify-step result: the GPU run, the optional CPU baseline and the verdict.
struct BenchReport {
    QString model;
    QString prompt;
    int numPredict = 0;
    QString ollamaVersion;
    BenchRun gpu;
    std::optional<BenchRun> cpu;
    std::optional<ExpectedRange> expected;

    /// Below this GPU/CPU generation ratio the GPU is not what makes the model run ("no_speedup").
    static constexpr double kMinGpuSpeedup = 1.5;

    /// "ok", "slow", "fast", "cpu" (the model is not on the GPU), "no_speedup" (the CPU baseline is about as
    /// fast), "partial" (split CPU/GPU, not slow), "failed" or "unknown" (no range to compare with).
    QString verdict() const;
    /// GPU generation rate over the CPU baseline's, when both were measured.
    std::optional<double> generationSpeedup() const;
    /// /api/ps put part of the model on the CPU ("28%/72% CPU/GPU").
    bool partialOffload() const;
    /// One sentence for the user explaining verdict().
    QString verdictText() const;
    QJsonObject toJson() const;
    /// Per-chunk samples: run,index,t_ms,tokens,instant_tok_s,smoothed_tok_s.
    QString toCsv() const;
    /// The table of the seed guide's §12: prompt processing, generation, time to first token; CPU, GPU, speedup.
    QString speedupTable() const;

private:
    QString verdictSentence() const;
};

} // namespace ogs

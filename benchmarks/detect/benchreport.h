#pragma once

#include "processtimer.h"

namespace ogs::bench {

/// What one `ogs-bench-detect` run measured.
struct DetectBenchResult {
    Series app;        ///< A: ollama-gpu-setup detect --json
    Series reference;  ///< B: vulkaninfo --summary
    Series startup;    ///< diagnostic: ollama-gpu-setup --version
    Series coreOnly;   ///< diagnostic: ogs-bench-detect-coreonly (may have no runs)
    int rounds = 0;
    int warmups = 0;
    QString vulkanEnvironment; ///< "loader 1.3.239; devices: …"
    QString outputCheck;       ///< whether A and the core-only binary print the same JSON
    double ratio() const { return app.wallMedian() / reference.wallMedian(); }
};

/// The "## detect vs vulkaninfo --summary" Markdown section.
QString detectSection(const DetectBenchResult &result);

/// Replaces the section titled like `section`'s first line (up to the next "## " heading) in the
/// Markdown file, or appends it; creates the file when missing. False with *error on I/O failure.
bool writeSection(const QString &path, const QString &section, QString *error);

/// CPU model from /proc/cpuinfo (the architecture elsewhere).
QString cpuModel();

} // namespace ogs::bench

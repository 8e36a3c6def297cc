#pragma once

#include "zipwriter.h"

#include "compat/machineadvice.h"
#include "detect/gpudetector.h"
#include "diagnose/findings.h"
#include "diagnose/logexcerpt.h"
#include "env/envjournal.h"
#include "env/envplan.h"

#include <QJsonObject>
#include <QMap>
#include <QProcessEnvironment>

#include <optional>
#include <utility>

namespace ogs {

/// What one session applied (the wizard): the outcome and the request behind it.
struct AppliedChanges {
    bool applied = false;
    EnvActionResult action;
    EnvRequest request;
};

/// Everything a bug report needs, as the wizard or the `bundle` command collected it. Every
/// field may be empty; the report and the bundle say so rather than leave a gap.
struct DiagnosticInput {
    QDateTime created; ///< when it was collected (the caller's clock)
    QString collectedBy; ///< "the setup wizard", "ollama-gpu-setup bundle"
    DetectionReport detection;
    MachineAdvice advice;
    QList<std::pair<QString, QString>> choices; ///< the wizard's choices in order (path, model, …); empty: none
    std::optional<AppliedChanges> session; ///< what this session applied; nullopt from the command line
    QList<JournalSummary> journal; ///< every apply the env journal remembers, oldest first
    QJsonObject envStatus; ///< `env status --json`, when collected (the command line)
    QJsonObject budget; ///< `budget --json` for the chosen model; empty: none chosen
    QJsonObject bench; ///< `bench --json` (the test prompt); empty: not run
    std::optional<LogExcerpt> log; ///< Ollama's log lines; nullopt: not read
    QList<Finding> findings; ///< the diagnosis of that log, most severe first
    QMap<QString, QString> environment; ///< reportEnvironment(): never the whole environment
};

/// The report as text (report.txt, and the wizard's "Copy report"): detection, recommendation,
/// choices, changes, the test prompt, findings, environment and Ollama's log lines.
QString diagnosticReport(const DiagnosticInput &input);

/// The bundle's files as data, README.txt first: report.txt, detection.json, recommendation.json,
/// changes.json, environment.json, ollama-log.txt, and budget.json, bench.json, findings.json when
/// there is something to put in them.
QList<ZipEntry> diagnosticBundle(const DiagnosticInput &input);

/// The diagnosis of an excerpt's lines (they keep all the diagnosis reads); none when no log was read.
QList<Finding> diagnoseExcerpt(const LogExcerpt &excerpt, const DiagnoseContext &context);

/// The variables worth a bug report: OLLAMA_* and the allow-listed GPU variables (envKeys()), with
/// the value of any name that looks like a credential (KEY, TOKEN, SECRET, PASSWORD) hidden.
QMap<QString, QString> reportEnvironment(const QProcessEnvironment &environment);

/// "ollama-gpu-setup-bundle-YYYYMMDD-HHMM.zip" for `when` as that QDateTime shows it.
QString defaultBundleName(const QDateTime &when);

} // namespace ogs

#pragma once

#include <QCoreApplication>

// Translation contexts for the sentences core writes for people (reasons, warnings, findings,
// errors). tr() returns English unless a translator is installed: the GUI installs one for
// its language; the CLI and every --json output stay English.
namespace ogs {

struct DetectText {
    Q_DECLARE_TR_FUNCTIONS(ogs::DetectText)
};

struct RecommendText {
    Q_DECLARE_TR_FUNCTIONS(ogs::RecommendText)
};

struct DiagnoseText {
    Q_DECLARE_TR_FUNCTIONS(ogs::DiagnoseText)
};

struct OllamaText {
    Q_DECLARE_TR_FUNCTIONS(ogs::OllamaText)
};

struct InstallText {
    Q_DECLARE_TR_FUNCTIONS(ogs::InstallText)
};

struct EnvText {
    Q_DECLARE_TR_FUNCTIONS(ogs::EnvText)
};

struct BudgetText {
    Q_DECLARE_TR_FUNCTIONS(ogs::BudgetText)
};

struct TelemetryText {
    Q_DECLARE_TR_FUNCTIONS(ogs::TelemetryText)
};

} // namespace ogs

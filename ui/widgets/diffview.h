#pragma once

#include "env/envplan.h"

#include <QPlainTextEdit>

namespace ogs::ui {

/// The exact changes a plan makes, read-only: a unified diff per file (added lines green,
/// removed red) or each registry value before → after.
class DiffView final : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit DiffView(QWidget *parent = nullptr);
    void showPlan(const EnvPlan &plan);
    /// The plan as text (what is shown), also used by the summary's report.
    static QString planText(const EnvPlan &plan);
};

} // namespace ogs::ui

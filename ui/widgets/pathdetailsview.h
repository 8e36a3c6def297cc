#pragma once

#include "compat/recommendation.h"

#include <QTextBrowser>

namespace ogs::ui {

/// One acceleration path in full: expected speed, stability, what to set, requirements,
/// reasons and warnings; for a path below rank 1, why it ranks lower than the best one.
class PathDetailsView final : public QTextBrowser {
    Q_OBJECT
public:
    explicit PathDetailsView(QWidget *parent = nullptr);
    void showPath(const PathAdvice &path, const PathAdvice *best);
};

} // namespace ogs::ui

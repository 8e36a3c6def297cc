#pragma once

#include "diagnose/findings.h"

#include <QWidget>

class QVBoxLayout;

namespace ogs::ui {

/// Diagnosis findings, most severe first: what the log shows, why, and the fix, each with an
/// "Apply this fix" button when the fix is a change of variables (the caller shows the plan).
class FindingsList final : public QWidget {
    Q_OBJECT
public:
    explicit FindingsList(QWidget *parent = nullptr);
    /// `fixes[i]`: the variables finding i's fix sets, in words ("OLLAMA_VULKAN=1"); empty: no button.
    void setFindings(const QList<Finding> &findings, const QStringList &fixes);
    int count() const { return m_count; }

signals:
    void fixRequested(int index);

private:
    QVBoxLayout *m_layout;
    int m_count = 0;
};

} // namespace ogs::ui

#pragma once

#include "ollama/benchreport.h"

#include <QWidget>

class QLabel;

namespace ogs::ui {

/// The test prompt's numbers at a glance: time to first token, generation and prompt speed,
/// and the processor split from /api/ps ("100% GPU").
class BenchMetrics final : public QWidget {
    Q_OBJECT
public:
    explicit BenchMetrics(QWidget *parent = nullptr);
    void clear();
    /// While the prompt streams: the live generation speed.
    void showLiveRate(double tokensPerSecond);
    void setProcessor(const QString &processor);
    /// The finished run (Ollama's own durations where it sent them).
    void showRun(const BenchRun &run);

private:
    QLabel *m_ttft;
    QLabel *m_rate;
    QLabel *m_promptRate;
    QLabel *m_processor;
};

} // namespace ogs::ui

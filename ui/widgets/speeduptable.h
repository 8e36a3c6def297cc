#pragma once

#include "ollama/benchreport.h"

#include <QTableWidget>

namespace ogs::ui {

/// The CPU baseline next to the GPU run: prompt processing, generation and time to first
/// token, with the speedup of each (the same numbers as BenchReport::speedupTable()).
class SpeedupTable final : public QTableWidget {
    Q_OBJECT
public:
    explicit SpeedupTable(QWidget *parent = nullptr);
    void showReport(const BenchReport &report);
};

} // namespace ogs::ui

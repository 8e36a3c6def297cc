#pragma once

#include <QTableWidget>

namespace ogs::ui {

/// The seed's comparison of the three AMD paths (ROCm, Vulkan, ollama-for-amd): speed, setup,
/// GPU requirement, stability, extra install and platforms.
class PathComparisonTable final : public QTableWidget {
    Q_OBJECT
public:
    explicit PathComparisonTable(QWidget *parent = nullptr);
};

} // namespace ogs::ui

#pragma once

#include <QWizard>

namespace ogs::ui {

/// The setup wizard: detect → recommend → budget → apply → verify → summary.
class SetupWizard final : public QWizard {
    Q_OBJECT
public:
    enum PageId { WelcomePageId };

    explicit SetupWizard(QWidget *parent = nullptr);
};

} // namespace ogs::ui

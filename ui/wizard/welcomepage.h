#pragma once

#include <QWizardPage>

namespace ogs::ui {

/// First page: what the wizard will do, and the promise that nothing changes unseen.
class WelcomePage final : public QWizardPage {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
};

} // namespace ogs::ui

#pragma once

// Drives the real wizard the way a user does (Next, the Apply page's target), for GUI tests.

#include "wizard/setupsession.h"
#include "wizard/setupwizard.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QPushButton>
#include <QTest>

namespace ogs::ui::test {

/// Next, from a complete page, lands on `expected`.
inline void next(SetupWizard &wizard, SetupWizard::PageId expected)
{
    QVERIFY(wizard.currentPage()->isComplete());
    wizard.button(QWizard::NextButton)->click();
    QCOMPARE(wizard.currentId(), int(expected));
}

/// Welcome → scan → path → model → apply, with `target` (an envTargetId) chosen on the Apply page.
inline void reachApply(SetupWizard &wizard, SetupSession &session, const QString &target)
{
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    next(wizard, SetupWizard::ScanPageId);
    QTRY_VERIFY(wizard.currentPage()->isComplete());
    next(wizard, SetupWizard::PathPageId);
    next(wizard, SetupWizard::ModelPageId);
    next(wizard, SetupWizard::ApplyPageId);
    auto *combo = wizard.findChild<QComboBox *>(QStringLiteral("targetCombo"));
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(target));
    QCOMPARE(envTargetId(session.target()), target);
}

} // namespace ogs::ui::test

#pragma once

#include "findings.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace ogs {

/// The environment change a finding's fix makes, for one-click application through the env planner
/// (which validates keys and values and shows the diff first). Empty when the fix is not a variable
/// (a driver update, a group membership, a smaller model).
struct FindingEnvFix {
    QList<std::pair<QString, QString>> set;
    QStringList unset;
    bool isEmpty() const { return set.isEmpty() && unset.isEmpty(); }
};

/// The variables `finding` tells the user to set or remove, derived from the same log and context
/// diagnose() saw (the override value is worked out again from the rejected GPU). Pure.
FindingEnvFix findingEnvFix(const Finding &finding, const ParsedLog &log, const DiagnoseContext &context);

} // namespace ogs

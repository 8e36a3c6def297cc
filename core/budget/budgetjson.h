#pragma once

#include "variantchoice.h"
#include "vrambudget.h"

#include <QJsonObject>

namespace ogs {

/// The `budget --json` object (schema in docs/CLI.md).
QJsonObject budgetToJson(
    const BudgetInput &input, const BudgetResult &result, const std::optional<VariantChoice> &variant);

} // namespace ogs

#pragma once

#include "compattable.h"
#include "pathrules.h"

namespace ogs {

/// docs/COMPATIBILITY.md, generated from the compatibility table and the path rules so the
/// document users read and the data the program uses cannot drift apart (tst_compatdoc checks).
QString renderCompatibilityMarkdown(const CompatTable &table, const PathRules &rules);

} // namespace ogs

#pragma once

#include "markedblock.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace ogs {

/// The environment an acceleration path (from `recommend`) asks for: what to set and what to remove.
struct PathEnvironment {
    QString pathId;
    EnvAssignments set;
    QStringList unset;
};

/// Resolves a path id ("best", or one `recommend` lists) to its environment; nullopt with
/// *error when the id is unknown. The recommendation engine provides it; `env --path` uses it.
using PathEnvironmentSource = std::function<std::optional<PathEnvironment>(const QString &pathId, QString *error)>;

} // namespace ogs

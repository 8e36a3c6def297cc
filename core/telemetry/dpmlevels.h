#pragma once

#include <QByteArray>

#include <optional>

namespace ogs {

/// A `pp_dpm_sclk`-style table ("0: 500Mhz\n1: 2660Mhz *\n"): the starred line is the
/// current level. Some APUs add a sleep level "S: 19Mhz".
struct DpmLevels {
    std::optional<int> currentMhz;
    std::optional<int> maxMhz;
    bool atTopLevel = false; ///< the starred level is the highest one
    int levelCount = 0;
};

/// Parses the table; a table with no parsable level gives levelCount 0.
DpmLevels parseDpmLevels(const QByteArray &text);

} // namespace ogs

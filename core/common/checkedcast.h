#pragma once

#include <QtGlobal>

#include <limits>
#include <optional>
#include <type_traits>

namespace ogs {

/// `value` truncated towards zero as Int, or nullopt when it does not fit (or is NaN).
/// A plain static_cast of an out-of-range double is undefined behaviour; text and JSON from
/// outside ("1e300", "nan") must go through this instead.
template <typename Int>
std::optional<Int> checkedIntFromDouble(double value)
{
    static_assert(std::is_integral_v<Int>);
    // Both bounds are powers of two, so exact as doubles (max itself may not be: 2^63-1 rounds up).
    constexpr double lo = static_cast<double>(std::numeric_limits<Int>::min());
    constexpr double hiExclusive = 2.0 * static_cast<double>(std::numeric_limits<Int>::max() / 2 + 1);
    if (!(value > lo - 1.0 && value < hiExclusive)) // false for NaN; -2^63 itself is refused, harmlessly
        return std::nullopt;
    return static_cast<Int>(value);
}

} // namespace ogs

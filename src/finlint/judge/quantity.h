// Numbers in a hit: the annualized rate of a `rate:` pattern, read from its capture groups.
#pragma once

#include <optional>
#include <string_view>

#include "finlint/rules/rules.h"

namespace finlint::judge {

// The simple annualized rate (a fraction) that `hit`, a whole match of `pattern`, states, or
// nullopt when the pattern reads no numbers or they cannot be read.
std::optional<double> AnnualRate(const rules::Pattern& pattern, std::string_view hit);

// Whether a hit passes the pattern's `above:` threshold (always true without one).
bool PassesThreshold(const rules::Pattern& pattern, std::optional<double> annual);

}  // namespace finlint::judge

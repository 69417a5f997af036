// See quantity.h.
#include "finlint/judge/quantity.h"

#include <re2/re2.h>

#include <vector>

namespace finlint::judge {

std::optional<double> AnnualRate(const rules::Pattern& p, std::string_view whole) {
  if (!p.per) return std::nullopt;
  int n = p.Re().NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> groups(static_cast<size_t>(n));
  re2::StringPiece hit(whole.data(), whole.size());
  if (!p.Re().Match(hit, 0, hit.size(), RE2::ANCHOR_BOTH, groups.data(), n)) return std::nullopt;
  auto text = [&](int g) { return std::string_view(groups[g].data(), groups[g].size()); };
  std::optional<double> rate;
  if (p.rate_group > 0) {
    rate = numbers::ParseRate(text(p.rate_group));
  } else {
    auto amount = numbers::ParseAmount(text(p.amount_group));
    auto cost = numbers::ParseAmount(text(p.cost_group));
    if (amount && cost && *amount > 0) rate = *cost / *amount;
  }
  if (!rate) return std::nullopt;
  std::optional<double> periods;
  if (p.periods_group > 0) periods = numbers::ParseNumber(text(p.periods_group));
  return numbers::Annualize(*rate, *p.per, periods);
}

bool PassesThreshold(const rules::Pattern& p, std::optional<double> annual) {
  if (p.above < 0) return true;
  return annual && *annual * 100 > p.above + 1e-9;
}

}  // namespace finlint::judge

// "Did you mean": the closest valid name to a misspelt one, for error messages.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>

namespace finlint {

// Levenshtein distance in bytes.
size_t EditDistance(std::string_view a, std::string_view b);

// The closest of `valid` to `bad`, or "" when nothing is close.
template <typename Container>
std::string Nearest(std::string_view bad, const Container& valid) {
  std::string best;
  size_t best_d = std::max<size_t>(2, bad.size() / 3) + 1;
  for (const auto& v : valid) {
    size_t d = EditDistance(bad, v);
    if (d < best_d) {
      best_d = d;
      best = std::string(v);
    }
  }
  return best;
}

}  // namespace finlint

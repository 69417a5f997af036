// Test helpers: lint a text with an inline rule pack and look at the findings by their
// original text, line and column.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "finlint/extract/extract.h"
#include "finlint/lint/lint.h"
#include "finlint/rules/rules.h"

namespace finlint::testing {

struct Seen {
  std::string rule;
  std::string text;  // original bytes of the span
  int line, col;
  friend bool operator==(const Seen& a, const Seen& b) {
    return a.rule == b.rule && a.text == b.text && a.line == b.line && a.col == b.col;
  }
};
std::ostream& operator<<(std::ostream& os, const Seen& s);

// A rule set with the builtin categories and one pack given as YAML text; fails the test
// (REQUIRE) when the pack does not load.
rules::RuleSet Pack(std::string_view yaml);
// Loader errors of a pack, as "line:col: message" strings.
std::vector<std::string> PackErrors(std::string_view yaml);

// The builtin rules, loaded from their YAML; fails the test when they do not load.
rules::RuleSet Builtin();
// Every good and bad example of `set`, folded as the linter folds, one to a line.
std::string FoldedExamples(const rules::RuleSet& set);

std::vector<Seen> Lint(const rules::RuleSet& set, std::string_view text,
                       extract::InputType type = extract::InputType::kText);

}  // namespace finlint::testing

// Suppression comments in Markdown and HTML, as ESLint has them:
//   <!-- finlint-disable [NAME, …] -->            off from here (all rules, or those named)
//   <!-- finlint-enable [NAME, …] -->             on again
//   <!-- finlint-disable-next-line [NAME, …] -->  off for the next line only
// A NAME is a rule id or a category. A directive that suppresses nothing, or names no rule or
// category, is itself reported, so stale suppressions do not pile up.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "finlint/core/span.h"
#include "finlint/rules/rules.h"

namespace finlint::suppress {

struct Directive {
  enum class Kind { kDisable, kEnable, kNextLine };
  Kind kind = Kind::kDisable;
  std::vector<std::string> names;  // empty: every rule
  Span span;                       // the whole comment, in the text the findings index
};

// The directive an HTML comment's body (between <!-- and -->) holds, or nullopt.
std::optional<Directive> Parse(std::string_view body, Span comment);

// A finding as suppression sees it: its rule and where it starts.
struct Target {
  const rules::Rule* rule;
  size_t begin;
};

// What a comment said that needs reporting.
struct Problem {
  const rules::Rule* rule;  // UnusedRule() or UnknownRule()
  Span span;                // the comment
  std::string name;         // the name at fault; "" for a bare directive
};

// Marks in `suppressed` (sized like `targets`) the targets that `directives` switch off in
// `text`, and returns the directives, or names in them, that switched off nothing.
std::vector<Problem> Apply(const std::vector<Directive>& directives, std::string_view text,
                           const rules::RuleSet& set, const std::vector<Target>& targets,
                           std::vector<bool>* suppressed);

// finlint's own diagnostics about suppression comments (category "finlint").
const rules::Rule& UnusedRule();
const rules::Rule& UnknownRule();

}  // namespace finlint::suppress

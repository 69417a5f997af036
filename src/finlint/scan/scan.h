// Stage 4: candidates. One RE2::Set over every pattern of every rule finds, line by line,
// which patterns occur; each is then confirmed by its own RE2 on that line only, which gives
// the spans. Cost is one pass over the text plus work proportional to the hits.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "finlint/core/result.h"
#include "finlint/core/span.h"
#include "finlint/rules/rules.h"

namespace re2 {
class RE2;
}

namespace finlint::scan {

enum class Role { kMatch, kWhen, kAlso, kRequire };

// Which pattern of which rule a Set index stands for.
struct PatternRef {
  int rule;   // index into RuleSet::rules
  Role role;  // which list of the rule
  int entry;  // index in that list
};

struct Candidate {
  int pattern;  // index into Scanner::patterns()
  Span span;    // bytes in the folded text
};

// Immutable after Build(); share by const& across threads.
class Scanner {
 public:
  // `rules` must outlive the Scanner.
  static Result<Scanner> Build(const rules::RuleSet& rules);

  // Every match of every pattern, ordered by position. Fails only on an internal RE2 error.
  Result<std::vector<Candidate>> Find(std::string_view folded) const;

  const std::vector<PatternRef>& patterns() const { return refs_; }
  const rules::Pattern& pattern(int index) const;

 private:
  Scanner() = default;
  void Confirm(int index, std::string_view text, size_t base, std::vector<Candidate>* out) const;

  const rules::RuleSet* rules_ = nullptr;
  std::vector<PatternRef> refs_;
  std::shared_ptr<const void> set_;  // the compiled RE2::Set (type hidden from this header)
};

}  // namespace finlint::scan

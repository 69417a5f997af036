// Stage 4: candidates. One RE2::Set of literals finds, line by line, which rule terms occur
// and which "atoms" occur — the literal strings that RE2's FilteredRE2 derives from every
// regex (日息 for '日(息|利率)…'). A regex runs on a line only when its atoms are there (or
// it has none); each candidate pattern is then confirmed by its own RE2 on that line only,
// which gives the spans. A line with evasion gaps (保 本, 保💰本) is matched again with them
// removed, and so are pinyin spellings of the terms that opt in (wen赚). Keeping the Set literal
// keeps its DFA small: one Set over hundreds of gap regexes exhausts any memory budget and then
// crawls.
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
  int pattern;          // index into Scanner::patterns()
  Span span;            // bytes in the folded text
  bool joined = false;  // the span crosses evasion gaps: its text is Squeeze(span) (gaps.h)
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
  // Every candidate in one line, with spans relative to it. False on an internal RE2 error.
  bool ScanLine(std::string_view line, std::vector<int>* hits, std::vector<int>* atoms,
                std::vector<int>* regexes, std::vector<Candidate>* out) const;
  void FindPinyin(std::string_view line, std::vector<int>* hits, std::vector<Candidate>* out) const;

  struct Compiled;  // the RE2::Sets and the FilteredRE2 (types hidden from this header)
  const rules::RuleSet* rules_ = nullptr;
  std::vector<PatternRef> refs_;
  std::shared_ptr<const Compiled> compiled_;
};

}  // namespace finlint::scan

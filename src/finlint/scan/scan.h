// Stage 4: candidates. One pass over each line finds every rule term and every "atom" — the
// literal strings a regex needs before it can match (prefilter.h: 日息 for '日(息|利率)…').
// A regex runs on a line only when its atoms make its condition true (or it has none), and is
// compiled the first time it runs; it then gives its own spans. Terms need no regex: the
// literal pass gives their spans. A line with evasion gaps (保 本, 保💰本) is matched again
// with them removed, and so are pinyin spellings of the terms that opt in (wen赚).
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
  // `rules` and `tables` must outlive the Scanner. `tables` may hold what Tables() wrote for the
  // same patterns (the build stores the builtin rules' tables): they are then read back, not
  // computed. Tables made for other patterns, or damaged, are ignored.
  static Result<Scanner> Build(const rules::RuleSet& rules, std::string_view tables = {});
  // The tables Build computed, in a form Build can read back.
  std::string Tables() const;
  // Whether Build read its tables back rather than computing them.
  bool from_tables() const { return from_tables_; }

  // Every match of every pattern, ordered by position.
  Result<std::vector<Candidate>> Find(std::string_view folded) const;

  const std::vector<PatternRef>& patterns() const { return refs_; }
  const rules::Pattern& pattern(int index) const;

 private:
  Scanner() = default;
  struct Scratch;
  // Every match of the regex the entries `patterns` share within `within` of `text`, as a
  // candidate of each.
  void Confirm(const std::vector<int>& patterns, std::string_view text, Span within,
               std::vector<Candidate>* out) const;
  // The same, for a regex whose matches can start only at `starts` (ascending) and span at
  // most `max_bytes`.
  void ConfirmAt(const std::vector<int>& patterns, std::string_view text,
                 const std::vector<size_t>& starts, size_t max_bytes,
                 std::vector<Candidate>* out) const;
  // Every candidate in one line, with spans relative to it.
  void ScanLine(std::string_view line, Scratch* scratch, std::vector<Candidate>* out) const;
  void FindPinyin(std::string_view line, Scratch* scratch, std::vector<Candidate>* out) const;

  struct Compiled;  // the literal index and the regexes' conditions (types hidden here)
  const rules::RuleSet* rules_ = nullptr;
  std::vector<PatternRef> refs_;
  std::shared_ptr<const Compiled> compiled_;
  bool from_tables_ = false;
};

}  // namespace finlint::scan

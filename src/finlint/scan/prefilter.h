// What text a regex needs before it can match: a condition on the literal strings ("atoms")
// the text must contain, read from the regex source without compiling it. For
// '(收益|回报)[^。]{0,2}最高' it is (收益 OR 回报) AND 最高. The scanner finds the atoms with the
// other literals in one pass and runs (and first compiles) a regex only on lines where its
// condition holds. The condition is necessary, never sufficient: the regex decides. A regex
// the analysis does not follow gets the condition kAll and runs on every line.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace finlint::scan {

struct Prefilter {
  enum class Op { kAll, kAtom, kAnd, kOr };
  Op op = Op::kAll;
  std::string atom;             // kAtom
  std::vector<Prefilter> subs;  // kAnd, kOr

  std::string ToString() const;  // for tests: 收益|回报 & 最高
};

// `regex` is RE2 syntax, already folded (lower case, Simplified). Atoms are at least three
// bytes long (one Chinese character): shorter ones would be found on nearly every line.
Prefilter PrefilterOf(std::string_view regex);

constexpr size_t kUnbounded = SIZE_MAX;

// What the scanner needs to know of a regex: its condition, and the most bytes one match can
// span (kUnbounded after an unlimited repetition, or where the analysis gives up), so that a
// match containing an atom lies within that many bytes of it; and the strings every match
// starts with (empty: not known), so that it need only be tried, anchored, where they occur.
struct RegexFacts {
  Prefilter condition;
  size_t max_bytes = kUnbounded;
  std::vector<std::string> starts;
};
RegexFacts Analyze(std::string_view regex);

}  // namespace finlint::scan

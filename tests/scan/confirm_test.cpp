// The scanner runs a regex only near the literals its matches must hold, or anchored where its
// matches must start. Whatever the shortcut, the matches must be exactly those of RE2 searching
// the whole line: checked here for every builtin regex on every builtin example.
#include <re2/re2.h>

#include <catch2/catch.hpp>
#include <map>
#include <set>
#include <tuple>

#include "../support.h"
#include "finlint/rules/rules.h"
#include "finlint/scan/scan.h"

namespace finlint::scan {
namespace {

// Every match, leftmost first, each search going on from the end of the last.
std::vector<Span> AllMatches(const RE2& re, std::string_view line) {
  std::vector<Span> out;
  re2::StringPiece input(line.data(), line.size()), m;
  size_t pos = 0;
  while (pos < line.size() && re.Match(input, pos, line.size(), RE2::UNANCHORED, &m, 1)) {
    size_t b = static_cast<size_t>(m.data() - line.data()), e = b + m.size();
    if (e > b) out.push_back({b, e});
    pos = e > b ? e : b + 1;
  }
  return out;
}

TEST_CASE("scanner: regex matches are those of a whole-line search", "[scan]") {
  rules::RuleSet set = testing::Builtin();
  auto scanner = Scanner::Build(set);
  REQUIRE(scanner.ok());
  std::string text = testing::FoldedExamples(set);
  auto found = scanner->Find(text);
  REQUIRE(found.ok());
  using Key = std::tuple<int, size_t, size_t>;
  std::set<Key> got;
  for (const Candidate& c : found.value()) {
    if (!c.joined && scanner->pattern(c.pattern).terms.empty()) {
      got.insert({c.pattern, c.span.begin, c.span.end});
    }
  }

  std::set<Key> want;
  std::map<std::string, std::vector<int>> by_regex;  // patterns sharing one regex
  for (size_t p = 0; p < scanner->patterns().size(); ++p) {
    const rules::Pattern& pat = scanner->pattern(static_cast<int>(p));
    if (pat.terms.empty()) by_regex[pat.regex].push_back(static_cast<int>(p));
  }
  for (const auto& [regex, patterns] : by_regex) {
    const RE2& re = scanner->pattern(patterns[0]).Re();
    size_t start = 0;
    while (start < text.size()) {
      size_t end = text.find('\n', start);
      for (Span s : AllMatches(re, std::string_view(text).substr(start, end - start))) {
        for (int p : patterns) want.insert({p, start + s.begin, start + s.end});
      }
      start = end + 1;
    }
  }
  CHECK(want.size() > 1000);  // the examples do exercise the regexes
  std::vector<Key> missing, extra;
  std::set_difference(want.begin(), want.end(), got.begin(), got.end(),
                      std::back_inserter(missing));
  std::set_difference(got.begin(), got.end(), want.begin(), want.end(), std::back_inserter(extra));
  for (const Key& k : missing) {
    INFO(scanner->pattern(std::get<0>(k)).regex);
    FAIL_CHECK("missed at " << std::get<1>(k));
  }
  CHECK(missing.empty());
  CHECK(extra.empty());
}

}  // namespace
}  // namespace finlint::scan

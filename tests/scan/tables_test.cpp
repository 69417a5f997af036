// The scanner's tables are computed by the build for the builtin rules and read back by each
// run. Read back, they must find exactly what computed tables find; made for other rules, or
// damaged, they must be ignored, never trusted.
#include <catch2/catch.hpp>

#include "../support.h"
#include "finlint/rules/compiled.h"
#include "finlint/rules/rules.h"
#include "finlint/scan/scan.h"

namespace finlint::scan {
namespace {

using testing::Builtin;

// Every example, and lines that take the gap and pinyin paths of the scan.
std::string Examples(const rules::RuleSet& set) {
  return testing::FoldedExamples(set) + "保 本 保 息，稳-赚-不-赔\nwen赚不赔，bao本保息，0fx\n";
}

std::vector<std::tuple<int, size_t, size_t, bool>> Found(const Scanner& s, std::string_view text) {
  auto found = s.Find(text);
  REQUIRE(found.ok());
  std::vector<std::tuple<int, size_t, size_t, bool>> out;
  for (const Candidate& c : found.value())
    out.emplace_back(c.pattern, c.span.begin, c.span.end, c.joined);
  return out;
}

TEST_CASE("scanner tables: read back, they find what computed ones find", "[scan]") {
  rules::RuleSet set = Builtin();
  auto computed = Scanner::Build(set);
  REQUIRE(computed.ok());
  CHECK_FALSE(computed->from_tables());
  std::string tables = computed->Tables();
  CHECK(tables == rules::CompiledScannerTables());  // what the build stored, deterministically

  auto read = Scanner::Build(set, rules::CompiledScannerTables());
  REQUIRE(read.ok());
  CHECK(read->from_tables());
  CHECK(read->Tables() == tables);
  std::string text = Examples(set);
  auto want = Found(computed.value(), text);
  CHECK(want.size() > 3000);
  CHECK(Found(read.value(), text) == want);

  // Tables not aligned for in-place reading (not the build's, which are) are copied instead.
  std::string shifted = " " + std::string(rules::CompiledScannerTables());
  auto copied = Scanner::Build(set, std::string_view(shifted).substr(1));
  REQUIRE(copied.ok());
  CHECK(copied->from_tables());
  CHECK(Found(copied.value(), text) == want);
}

TEST_CASE("scanner tables: made for other rules, they are ignored", "[scan]") {
  rules::RuleSet fewer = Builtin();
  fewer.Disable(fewer.rules[3].id);
  auto other = Scanner::Build(fewer, rules::CompiledScannerTables());
  REQUIRE(other.ok());
  CHECK_FALSE(other->from_tables());
  auto computed = Scanner::Build(fewer);
  REQUIRE(computed.ok());
  CHECK(other->Tables() == computed->Tables());

  // One regex changed, the number of patterns the same: still another key.
  rules::RuleSet changed = Builtin();
  for (rules::Rule& r : changed.rules) {
    if (!r.match.empty() && r.match[0].terms.empty()) {
      r.match[0].regex += "x";
      break;
    }
  }
  auto mismatched = Scanner::Build(changed, rules::CompiledScannerTables());
  REQUIRE(mismatched.ok());
  CHECK_FALSE(mismatched->from_tables());
}

TEST_CASE("scanner tables: damaged, they are refused and the tables computed", "[scan]") {
  rules::RuleSet set = Builtin();
  std::string_view tables = rules::CompiledScannerTables();
  std::string text = Examples(set);
  auto want = Found(Scanner::Build(set).value(), text);
  // Cut anywhere: refused.
  for (size_t k = 1; k < 40; ++k) {
    size_t cut = tables.size() * k / 40;
    auto s = Scanner::Build(set, tables.substr(0, cut));
    REQUIRE(s.ok());
    INFO("cut at " << cut);
    CHECK_FALSE(s->from_tables());
  }
  // Trailing bytes: refused, and the computed tables find the same.
  std::string longer = std::string(tables) + "x";
  auto tail = Scanner::Build(set, longer);
  REQUIRE(tail.ok());
  CHECK_FALSE(tail->from_tables());
  CHECK(Found(tail.value(), text) == want);
  // A number anywhere set to -1 or to a huge value: refused, or in range and then harmless (the
  // sanitizer build would catch a read out of bounds while scanning).
  std::string sample = "保本保息，年化收益最高8%，稳赚不赔\nwen赚不赔，bao本\n";
  int refused = 0;
  for (size_t k = 0; k < 64; ++k) {
    size_t at = tables.size() / 64 * k + k % 4;
    for (uint32_t value : {0xFFFFFFFFu, 0x7FFFFFF0u}) {
      std::string damaged(tables);
      for (int b = 0; b < 4 && at + b < damaged.size(); ++b)
        damaged[at + b] = static_cast<char>((value >> (8 * b)) & 0xFF);
      auto s = Scanner::Build(set, damaged);
      REQUIRE(s.ok());
      refused += s->from_tables() ? 0 : 1;
      REQUIRE(s->Find(sample).ok());
    }
  }
  CHECK(refused > 64);
  std::string magic(tables);
  magic[0] = 'F';
  auto wrong = Scanner::Build(set, magic);
  REQUIRE(wrong.ok());
  CHECK_FALSE(wrong->from_tables());
}

}  // namespace
}  // namespace finlint::scan

// Pinyin spellings for rules that opt in: syllables and initials, never a lone letter.
#include "finlint/scan/pinyin.h"

#include <re2/re2.h>
#include <unicode/utf8.h>

#include <catch2/catch.hpp>
#include <set>
#include <tuple>

#include "../support.h"
#include "finlint/scan/scan.h"

namespace finlint::testing {

TEST_CASE("the pinyin table gives toneless syllables", "[scan][pinyin]") {
  CHECK(scan::PinyinOf(U'稳') == "wen");
  CHECK(scan::PinyinOf(U'赚') == "zhuan");
  CHECK(scan::PinyinOf(U'险') == "xian");
  CHECK(scan::PinyinOf(U'a').empty());
}

TEST_CASE("a spelling keeps a character, or spells three or more in full", "[scan][pinyin]") {
  scan::PinyinTerm term("稳赚不赔");
  CHECK(term.Accepts("wen赚不赔"));
  CHECK(term.Accepts("稳zhuan不赔"));
  CHECK(term.Accepts("wz不赔"));
  CHECK(term.Accepts("wenzhuanbupei"));
  CHECK_FALSE(term.Accepts("稳赚不赔"));  // no letters: the term itself, found already
  CHECK_FALSE(term.Accepts("w赚不赔"));   // a lone initial stands for nothing
  CHECK_FALSE(term.Accepts("wzbp"));      // initials alone: too easily something else
  scan::PinyinTerm risk("0风险");
  CHECK(risk.Accepts("0fx"));
  CHECK(risk.Accepts("0fengxian"));
  CHECK_FALSE(risk.Accepts("0f险"));
  scan::PinyinTerm credit("征信修复");
  CHECK(credit.Accepts("zx修复"));
  CHECK(credit.Accepts("zhx修复"));
  CHECK(credit.Accepts("征xin修复"));
  scan::PinyinTerm two("保本");
  CHECK(two.Accepts("bao本"));
  CHECK_FALSE(two.Accepts("baoben"));  // two syllables alone: a name as often as not
}

TEST_CASE("rules that opt in find pinyin spellings; others do not", "[scan][pinyin]") {
  auto set = Pack(R"(
rules:
  - id: guaranteed-return/principal
    category: guaranteed-return
    severity: error
    message: 保本
    basis: [《广告法》第二十五条]
    match:
      - terms: [稳赚不赔, 零风险, 0风险]
        pinyin: true
      - terms: [保本]
)");
  const char* id = "guaranteed-return/principal";
  CHECK(Lint(set, "这款wen赚不赔！") == std::vector<Seen>{{id, "wen赚不赔", 1, 3}});
  CHECK(Lint(set, "0fx高收益") == std::vector<Seen>{{id, "0fx", 1, 1}});
  CHECK(Lint(set, "ＷＥＮ赚不赔") == std::vector<Seen>{{id, "ＷＥＮ赚不赔", 1, 1}});
  CHECK(Lint(set, "wen 赚 不赔") == std::vector<Seen>{{id, "wen 赚 不赔", 1, 1}});
  CHECK(Lint(set, "bao本理财").empty());  // that entry did not opt in
  CHECK(Lint(set, "FX外汇牌价今日更新").empty());
  CHECK(Lint(set, "10fxy风险").empty());
  CHECK(Lint(set, "owen赚不赔").empty());  // letters that run on belong to another word
}

TEST_CASE("pinyin is for terms only", "[scan][pinyin][rules]") {
  auto errors = PackErrors(R"(
rules:
  - id: guaranteed-return/principal
    category: guaranteed-return
    severity: error
    message: 保本
    basis: [《广告法》第二十五条]
    match:
      - regex: '保本'
        pinyin: true
)");
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].find("`pinyin` applies to `terms` entries only") != std::string::npos);
}

// The scanner runs a term's spelling regex only on lines where a maximal run of letters is one
// its spellings can hold (PinyinTerm::LetterRuns). That must lose nothing: here every builtin
// pinyin term, spelled many ways and set among other letters, is found exactly as running
// every spelling regex on every line finds it.
TEST_CASE("pinyin: lines are skipped only where no spelling can be", "[scan][pinyin]") {
  rules::RuleSet set = Builtin();
  auto scanner = scan::Scanner::Build(set);
  REQUIRE(scanner.ok());
  struct Spelling {
    int pattern;
    std::string term;
  };
  std::vector<Spelling> spellings;
  for (size_t p = 0; p < scanner->patterns().size(); ++p) {
    const rules::Pattern& pat = scanner->pattern(static_cast<int>(p));
    if (!pat.pinyin) continue;
    for (const std::string& t : pat.terms) spellings.push_back({static_cast<int>(p), t});
  }
  REQUIRE(spellings.size() > 20);

  // Each term written with each unit as itself, its syllable or its initial, chosen in turn
  // by a counter, and set alone, inside words and among English.
  std::string text;
  unsigned counter = 0;
  for (const Spelling& s : spellings) {
    for (int variant = 0; variant < 4; ++variant) {
      std::string written;
      int32_t i = 0, n = static_cast<int32_t>(s.term.size());
      while (i < n) {
        int32_t start = i;
        UChar32 c;
        U8_NEXT(s.term.data(), i, n, c);
        std::string syllable(scan::PinyinOf(static_cast<char32_t>(c)));
        unsigned way = (counter++ * 7 + static_cast<unsigned>(variant)) % 3;
        if (syllable.empty() || way == 0) {
          written += s.term.substr(static_cast<size_t>(start), static_cast<size_t>(i - start));
        } else {
          written += way == 1 ? syllable : syllable.substr(0, 1);
        }
      }
      text += written + "\n";
      text += "x" + written + " and " + written + "y\n";
      text += "Read the " + written + " now, " + written + "!\n";
    }
  }
  text += "the quick brown fox jumps over the lazy dog; wzbp bb zx fx\n";

  using Key = std::tuple<int, size_t, size_t>;
  std::set<Key> want;
  auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  for (const Spelling& s : spellings) {
    scan::PinyinTerm term(s.term);
    if (!term.spellable()) continue;
    RE2 re(term.Regex());
    size_t start = 0;
    while (start < text.size()) {
      size_t end = text.find('\n', start);
      std::string_view line = std::string_view(text).substr(start, end - start);
      re2::StringPiece input(line.data(), line.size()), m;
      size_t pos = 0;
      while (pos < line.size() && re.Match(input, pos, line.size(), RE2::UNANCHORED, &m, 1)) {
        size_t b = static_cast<size_t>(m.data() - line.data()), e = b + m.size();
        pos = e > b ? e : b + 1;
        if ((letter(line[b]) && b > 0 && letter(line[b - 1])) ||
            (letter(line[e - 1]) && e < line.size() && letter(line[e]))) {
          continue;
        }
        if (term.Accepts(line.substr(b, e - b))) want.insert({s.pattern, start + b, start + e});
      }
      start = end + 1;
    }
  }
  auto found = scanner->Find(text);
  REQUIRE(found.ok());
  std::set<Key> got;
  for (const scan::Candidate& c : found.value()) {
    if (c.joined || !scanner->pattern(c.pattern).pinyin) continue;
    got.insert({c.pattern, c.span.begin, c.span.end});
  }
  // A term itself (0风险, and 0fx) is found as a term, spelled or not: leave those out.
  for (std::set<Key>* keys : {&want, &got}) {
    for (auto it = keys->begin(); it != keys->end();) {
      const auto& terms = scanner->pattern(std::get<0>(*it)).terms;
      std::string_view span(text.data() + std::get<1>(*it), std::get<2>(*it) - std::get<1>(*it));
      bool term = std::find(terms.begin(), terms.end(), span) != terms.end();
      it = term ? keys->erase(it) : std::next(it);
    }
  }
  CHECK(want.size() > 200);  // the variants do exercise the spellings
  std::vector<Key> missing, extra;
  std::set_difference(want.begin(), want.end(), got.begin(), got.end(),
                      std::back_inserter(missing));
  std::set_difference(got.begin(), got.end(), want.begin(), want.end(), std::back_inserter(extra));
  for (const Key& k : missing) {
    FAIL_CHECK("missed " << text.substr(std::get<1>(k), std::get<2>(k) - std::get<1>(k)));
  }
  for (const Key& k : extra) {
    FAIL_CHECK("extra " << text.substr(std::get<1>(k), std::get<2>(k) - std::get<1>(k)));
  }
}

}  // namespace finlint::testing

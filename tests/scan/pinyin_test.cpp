// Pinyin spellings for rules that opt in: syllables and initials, never a lone letter.
#include "finlint/scan/pinyin.h"

#include <catch2/catch.hpp>

#include "../support.h"

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

}  // namespace finlint::testing

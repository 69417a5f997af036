// Evasion gaps: transparent inside a match, never across punctuation, words or long runs.
#include "finlint/scan/gaps.h"

#include <catch2/catch.hpp>

#include "../support.h"

namespace finlint::testing {

namespace {
constexpr std::string_view kPack = R"(
rules:
  - id: guaranteed-return/principal
    category: guaranteed-return
    severity: error
    message: 保本
    basis: [《广告法》第二十五条]
    match: [{terms: [保本, 稳赚不赔, 零风险, 0风险]}]
  - id: loan-rate-disclosure/daily
    category: loan-rate-disclosure
    severity: warning
    message: 日息
    basis: [贷款利率展示]
    match:
      - regex: '日息(?P<rate>\d+(\.\d+)?%)'
        rate: day
    suggest:
      - replace: 年化利率（单利）{annual}
)";
constexpr const char* kId = "guaranteed-return/principal";
}  // namespace

TEST_CASE("a squeezed line drops gaps and maps back over them", "[scan][gaps]") {
  scan::Squeezed q;
  std::string_view line = "这款保 💰 本理财";
  REQUIRE(q.Build(line));
  CHECK(q.text() == "这款保本理财");
  Span hit{6, 12};  // 保本 in the squeezed text
  bool spaces_only = true;
  CHECK(q.Crosses(hit, &spaces_only));
  CHECK_FALSE(spaces_only);
  Span back = q.ToLine(hit);
  CHECK(line.substr(back.begin, back.size()) == "保 💰 本");
  // A match that ends at a gap does not cover it.
  Span before = q.ToLine({0, 9});
  CHECK(line.substr(before.begin, before.size()) == "这款保");
  CHECK_FALSE(q.Crosses({0, 9}, &spaces_only));
}

TEST_CASE("punctuation, long runs and Latin words are not gaps", "[scan][gaps]") {
  scan::Squeezed q;
  CHECK_FALSE(q.Build("要保。本周"));
  CHECK_FALSE(q.Build("要保，本周"));
  CHECK_FALSE(q.Build("要保,本周"));
  CHECK_FALSE(q.Build("保    本"));  // four spaces separate, they do not hide
  CHECK_FALSE(q.Build("Double Eleven"));
  CHECK_FALSE(q.Build("保 "));
  CHECK(q.Build("0 风险"));
  CHECK(q.text() == "0风险");
  CHECK(scan::Squeeze("稳.赚-不*赔") == "稳赚不赔");
  CHECK(scan::Squeeze("收益 3.5%") == "收益3.5%");
  CHECK(scan::Squeeze("3.5%") == "3.5%");
}

TEST_CASE("words that run on at both ends do not join across spaces", "[scan][gaps]") {
  std::string_view line = "我们要保 本周的名额";
  CHECK_FALSE(scan::MayJoinAcrossSpaces(line, {9, 16}));
  std::string_view spaced = "这款理财保 本，放心";
  CHECK(scan::MayJoinAcrossSpaces(spaced, {12, 19}));
}

TEST_CASE("a term split by gaps is found, covering what was inserted", "[scan][gaps]") {
  auto set = Pack(kPack);
  CHECK(Lint(set, "这款理财保 本，放心买") == std::vector<Seen>{{kId, "保 本", 1, 5}});
  CHECK(Lint(set, "专属保💰本理财") == std::vector<Seen>{{kId, "保💰本", 1, 3}});
  CHECK(Lint(set, "稳.赚.不.赔！") == std::vector<Seen>{{kId, "稳.赚.不.赔", 1, 1}});
  CHECK(Lint(set, "穩 賺 不 賠") == std::vector<Seen>{{kId, "穩 賺 不 賠", 1, 1}});
  CHECK(Lint(set, "０ 風 險") == std::vector<Seen>{{kId, "０ 風 險", 1, 1}});
  CHECK(Lint(set, "保\u200b本") == std::vector<Seen>{{kId, "保\u200b本", 1, 1}});
}

TEST_CASE("gaps never join what a reader keeps apart", "[scan][gaps]") {
  auto set = Pack(kPack);
  CHECK(Lint(set, "我们要保 本周的名额").empty());
  CHECK(Lint(set, "请确保。本周五前到网点").empty());
  CHECK(Lint(set, "求稳，赚多赚少看市场").empty());
  CHECK(Lint(set, "保\n本").empty());
  CHECK(Lint(set, "保     本").empty());
}

TEST_CASE("numbers are read from the squeezed text of a gapped hit", "[scan][gaps]") {
  auto set = Pack(kPack);
  auto linter = Linter::Create(set);
  REQUIRE(linter.ok());
  FileReport r;
  r.path = "t.txt";
  r.bytes = "日 息0.05%，借1万";
  linter->Check(extract::InputType::kText, &r);
  REQUIRE(r.findings.size() == 1);
  REQUIRE(r.findings[0].suggestions.size() == 1);
  CHECK(r.findings[0].suggestions[0].text == "年化利率（单利）18.25%");
}

}  // namespace finlint::testing

// Rules that read numbers: annualized rates computed into suggestions, thresholds.
#include <catch2/catch.hpp>

#include "../support.h"
#include "finlint/normalize/normalize.h"

namespace finlint::testing {

namespace {
constexpr std::string_view kPack = R"(
rules:
  - id: loan-rate-disclosure/daily-rate
    category: loan-rate-disclosure
    severity: error
    message: 只有日利率
    basis: [中国人民银行公告〔2021〕第3号]
    scope: document
    when:
      - regex: '(?:日息|日利率)(?:低至|仅|只要)?(?P<rate>万分之[一二三四五六七八九\d.]+|万[一二三四五六七八九\d.]+|\d+(?:\.\d+)?%)'
        rate: day
      - regex: '借(?P<amount>[\d.一二两三四五六七八九十]+[万千]?元?)[^。!?]{0,6}(?:每天|一天)[^。!?\d]{0,4}(?P<cost>[\d.一二两三四五六七八九]+(?:块|元|毛)[\d五]?)'
        rate: day
    require: [{regex: '年化'}]
    suggest:
      - replace: 年化利率约{annual}（单利），以审批结果为准
  - id: loan-rate-disclosure/apr-over-24
    category: loan-rate-disclosure
    severity: warning
    message: 年化利率超过24%
    basis: [中国人民银行公告〔2021〕第3号]
    match:
      - regex: '年化(?:利率)?[^。!?\d]{0,6}(?P<rate>\d+(?:\.\d+)?%)'
        rate: year
        above: 24
)";
std::vector<std::string> Rewrites(const rules::RuleSet& set, std::string_view text) {
  auto linter = Linter::Create(set);
  REQUIRE(linter.ok());
  FileReport r;
  r.bytes = std::string(text);
  linter->Check(extract::InputType::kText, &r);
  std::vector<std::string> out;
  for (const auto& f : r.findings) {
    for (const auto& s : f.suggestions) out.push_back(f.rule->id + ": " + s.text);
  }
  return out;
}
}  // namespace

TEST_CASE("a daily rate without an annualized one gets the computed APR", "[judge][numbers]") {
  auto set = Pack(kPack);
  CHECK(Rewrites(set, "日利率0.05%，随借随还！") ==
        std::vector<std::string>{
            "loan-rate-disclosure/daily-rate: 年化利率约18.25%（单利），以审批结果为准"});
  CHECK(Rewrites(set, "日息低至万分之二，额度最高20万") ==
        std::vector<std::string>{
            "loan-rate-disclosure/daily-rate: 年化利率约7.3%（单利），以审批结果为准"});
  CHECK(Rewrites(set, "借两万每天只要4块钱") ==
        std::vector<std::string>{
            "loan-rate-disclosure/daily-rate: 年化利率约7.3%（单利），以审批结果为准"});
}

TEST_CASE("an annualized rate anywhere satisfies the daily-rate rule", "[judge][numbers]") {
  auto set = Pack(kPack);
  CHECK(Lint(set, "年化利率（单利）7.2%起，日利率0.02%。").empty());
}

TEST_CASE("an APR over the threshold is a finding, at or below it is not", "[judge][numbers]") {
  auto set = Pack(kPack);
  CHECK(Lint(set, "年化利率（单利）35.9%，额度秒批") ==
        std::vector<Seen>{{"loan-rate-disclosure/apr-over-24", "年化利率（单利）35.9%", 1, 1}});
  CHECK(Lint(set, "年化利率24%").empty());
  CHECK(Lint(set, "年化利率（单利）7.2%起").empty());
}

TEST_CASE("a `rate:` entry must name its numbers", "[rules][numbers]") {
  auto errors = PackErrors(R"(
rules:
  - id: loan-rate-disclosure/x
    category: loan-rate-disclosure
    severity: error
    message: m
    basis: [b]
    match:
      - regex: '日息\d+%'
        rate: week
      - regex: '日息\d+%'
        rate: day
)");
  CHECK(errors == std::vector<std::string>{
                      "10:15: rate must be one of day, month, year, period",
                      "11:16: a `rate:` entry needs a regex with a group (?P<rate>…), or "
                      "(?P<amount>…) and (?P<cost>…)"});
}

}  // namespace finlint::testing

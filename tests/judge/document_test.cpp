// Document rules: `when` (and `also`) present, `require` absent → one finding at the trigger.
#include <catch2/catch.hpp>

#include "../support.h"

namespace finlint::testing {

namespace {
constexpr std::string_view kPack = R"(
rules:
  - id: missing-risk-disclosure/investment
    category: missing-risk-disclosure
    severity: error
    message: 投资理财内容须提示风险
    basis: [《广告法》第二十五条]
    scope: document
    when: [{terms: [理财, 基金]}]
    also: [{regex: '\d+(\.\d+)?%'}, {terms: [申购, 购买]}]
    require: [{regex: '投资[须需]谨慎|理财非存款'}]
    unless:
      sentence: [警惕]
      document: [反诈]
      covering: [基金经理]
    suggest: [{append: 理财非存款，产品有风险，投资须谨慎。}]
  - id: missing-risk-disclosure/claim
    category: missing-risk-disclosure
    severity: warning
    message: 有收益承诺须提示风险
    basis: [《广告法》第二十五条]
    scope: document
    when: [{terms: [保本, 稳赚]}]
    require: [{regex: '投资[须需]谨慎|理财非存款'}]
)";
constexpr const char* kId = "missing-risk-disclosure/investment";
}  // namespace

TEST_CASE("a wealth post with a rate and no warning is flagged at the first trigger",
          "[judge][document]") {
  auto set = Pack(kPack);
  CHECK(Lint(set, "新品上线！\n星河理财90天，业绩比较基准3.2%。\n") ==
        std::vector<Seen>{{kId, "理财", 2, 3}});
}

TEST_CASE("two document rules of one category give one finding, the most severe",
          "[judge][document]") {
  auto set = Pack(kPack);
  CHECK(Lint(set, "稳赚的星河理财，年化3.2%。") == std::vector<Seen>{{kId, "理财", 1, 6}});
}

TEST_CASE("the warning anywhere in the document satisfies the rule", "[judge][document]") {
  auto set = Pack(kPack);
  CHECK(Lint(set, "星河理财90天，业绩比较基准3.2%。\n理财非存款，产品有风险，投资需谨慎。\n")
            .empty());
}

TEST_CASE("without `also` the trigger alone is not enough", "[judge][document]") {
  auto set = Pack(kPack);
  CHECK(Lint(set, "理财子公司成立五周年。").empty());
}

TEST_CASE("unless.document: an anti-fraud post needs no risk warning", "[judge][document]") {
  auto set = Pack(kPack);
  CHECK(Lint(set, "反诈课堂\n正规理财产品会写明业绩比较基准3.2%。").empty());
}

TEST_CASE("unless.document is for document rules", "[rules][document]") {
  auto errors = PackErrors(R"(
rules:
  - id: guaranteed-return/x
    category: guaranteed-return
    severity: error
    message: m
    basis: [b]
    match: [{terms: [保本]}]
    unless: {document: [反诈]}
)");
  CHECK(errors == std::vector<std::string>{
                      "9:24: unless.document needs scope: document (a sentence rule sees its "
                      "sentence)"});
}

TEST_CASE("a document rule without `require` flags the combination itself", "[judge][document]") {
  auto set = Pack(R"(
rules:
  - id: hidden-cost/free-but-charged
    category: hidden-cost
    severity: error
    message: 免息却收手续费
    basis: [《广告法》第八条]
    scope: document
    when: [{terms: [免息]}]
    also: [{terms: [手续费]}]
)");
  CHECK(Lint(set, "12期免息！每期手续费0.6%。") ==
        std::vector<Seen>{{"hidden-cost/free-but-charged", "免息", 1, 4}});
  CHECK(Lint(set, "12期免息，以活动页为准。").empty());
}

TEST_CASE("a covered trigger does not hide a later one in the same sentence", "[judge][document]") {
  auto set = Pack(kPack);
  CHECK(Lint(set, "基金经理力推这只基金，年化5%。") == std::vector<Seen>{{kId, "基金", 1, 9}});
}

TEST_CASE("a suppressed trigger does not count", "[judge][document]") {
  auto set = Pack(kPack);
  CHECK(Lint(set, "警惕冒充基金经理的荐股群，承诺收益20%的都是假的。").empty());
}

}  // namespace finlint::testing

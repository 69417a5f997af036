// Word boundaries from ICU: a term must not start or end inside a word.
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
    match: [{terms: [保本]}]
  - id: absolute-claim/most
    category: absolute-claim
    severity: error
    message: 最
    basis: [《广告法》第九条]
    match: [{terms: [最, 第一]}]
  - id: absolute-claim/regex-no-word
    category: absolute-claim
    severity: error
    message: 最低
    basis: [《广告法》第九条]
    match: [{regex: '全网最低'}]
)";
}

TEST_CASE("确保本金 and 担保本金 are not 保本", "[judge][boundary]") {
  auto set = Pack(kPack);
  CHECK(Lint(set, "请确保本金安全后再操作。").empty());
  CHECK(Lint(set, "担保本金由第三方托管。").empty());
}

TEST_CASE("保本 as a word is found", "[judge][boundary]") {
  auto set = Pack(kPack);
  CHECK(Lint(set, "这款理财保本，放心买。") ==
        std::vector<Seen>{{"guaranteed-return/principal", "保本", 1, 5}});
}

TEST_CASE("最近 is not 最; 第一次 is not 第一", "[judge][boundary]") {
  auto set = Pack(kPack);
  CHECK(Lint(set, "最近市场波动较大。").empty());
  CHECK(Lint(set, "第一次使用请先实名认证。").empty());
}

TEST_CASE("a regex without `word` ignores boundaries", "[judge][boundary]") {
  auto set = Pack(kPack);
  auto seen = Lint(set, "本行利率全网最低化。");
  REQUIRE(seen.size() == 1);
  CHECK(seen[0].rule == "absolute-claim/regex-no-word");
}

}  // namespace finlint::testing

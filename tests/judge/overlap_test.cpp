// One claim, one finding: overlapping hits of one category collapse; other categories stay.
#include <catch2/catch.hpp>

#include "../support.h"

namespace finlint::testing {

namespace {
constexpr std::string_view kPack = R"(
rules:
  - id: absolute-claim/lowest-highest
    category: absolute-claim
    severity: error
    message: 最高
    basis: [《广告法》第九条]
    match: [{regex: '收益全网最高'}]
  - id: absolute-claim/superlative
    category: absolute-claim
    severity: error
    message: 最
    basis: [《广告法》第九条]
    match: [{regex: '全网最(高|低)'}, {regex: '网最高'}]
  - id: return-exaggeration/high
    category: return-exaggeration
    severity: warning
    message: 收益
    basis: [《广告法》第二十八条]
    match: [{regex: '收益全网'}]
)";
}

TEST_CASE("overlapping hits of one category give one finding", "[judge][overlap]") {
  auto set = Pack(kPack);
  CHECK(Lint(set, "这款收益全网最高。") ==
        std::vector<Seen>{{"absolute-claim/lowest-highest", "收益全网最高", 1, 3},
                          {"return-exaggeration/high", "收益全网", 1, 3}});
}

TEST_CASE("separate claims of one category each give a finding", "[judge][overlap]") {
  auto set = Pack(kPack);
  CHECK(Lint(set, "全网最低，全网最高") ==
        std::vector<Seen>{{"absolute-claim/superlative", "全网最低", 1, 1},
                          {"absolute-claim/superlative", "全网最高", 1, 6}});
}

}  // namespace finlint::testing

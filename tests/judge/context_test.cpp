// `unless` context: negation before and after, sentence cues, quotation, covering phrases.
#include "finlint/judge/context.h"

#include <catch2/catch.hpp>

#include "../support.h"

namespace finlint::testing {

namespace {
constexpr std::string_view kPack = R"(
defaults:
  unless:
    before: [不, 非, 不承诺]
    sentence: [骗局, 诈骗, 谨防]
    quoted: [所谓, 号称]
rules:
  - id: guaranteed-return/principal
    category: guaranteed-return
    severity: error
    message: 保本
    basis: [《广告法》第二十五条]
    match: [{terms: [保本保息, 保本, 保收益, 稳赚不赔, 零风险]}]
    unless:
      after: [是不可能的]
      covering: [保本点, 医保本]
)";
constexpr const char* kId = "guaranteed-return/principal";
}  // namespace

TEST_CASE("negation before a hit suppresses it", "[judge][negation]") {
  auto set = Pack(kPack);
  CHECK(Lint(set, "本产品不保本，请注意风险。").empty());
  CHECK(Lint(set, "本产品为非保本浮动收益型。").empty());
  CHECK(Lint(set, "我行不承诺保本保收益。").empty());
}

TEST_CASE("negation does not reach across a clause mark", "[judge][negation]") {
  auto set = Pack(kPack);
  CHECK(Lint(set, "不用犹豫，保本理财上车！") == std::vector<Seen>{{kId, "保本", 1, 6}});
}

TEST_CASE("a negator that is part of a non-negating word does not count", "[judge][negation]") {
  auto set = Pack(kPack);
  CHECK(Lint(set, "不仅保本还有高收益") == std::vector<Seen>{{kId, "保本", 1, 3}});
  CHECK(Lint(set, "不错的保本理财") == std::vector<Seen>{{kId, "保本", 1, 4}});
  CHECK(Lint(set, "不要错过保本理财") == std::vector<Seen>{{kId, "保本", 1, 5}});
}

TEST_CASE("the 不 inside another claim does not negate the next one", "[judge][negation]") {
  auto set = Pack(kPack);
  CHECK(Lint(set, "稳赚不赔零风险") ==
        std::vector<Seen>{{kId, "稳赚不赔", 1, 1}, {kId, "零风险", 1, 5}});
}

TEST_CASE("negation after a hit suppresses it", "[judge][negation]") {
  auto set = Pack(kPack);
  CHECK(Lint(set, "理财保本是不可能的。").empty());
}

TEST_CASE("anti-fraud and quoted speech are not claims", "[judge][context]") {
  auto set = Pack(kPack);
  CHECK(Lint(set, "凡是承诺稳赚不赔的都是骗局。").empty());
  CHECK(Lint(set, "所谓“零风险高回报”多是陷阱。").empty());
  // Quotation alone, without a reporting cue, is still a claim.
  CHECK(Lint(set, "这款“零风险”理财来了").size() == 1);
  // The cue in another sentence does not help.
  CHECK(Lint(set, "谨防诈骗。这款理财保本保息！").size() == 1);
}

TEST_CASE("a covering phrase wins over the hit inside it", "[judge][context]") {
  auto set = Pack(kPack);
  CHECK(Lint(set, "计算保本点需要考虑成本。").empty());
  CHECK(Lint(set, "看病记得带医保本。").empty());
}

TEST_CASE("sentences and clauses end at folded punctuation", "[judge][context]") {
  std::string_view t = "第一句。第二句,有保本!第三句";
  size_t at = t.find("保本");
  Span hit{at, at + 6};
  Span s = judge::SentenceAround(t, hit);
  CHECK(t.substr(s.begin, s.size()) == "第二句,有保本");
  Span c = judge::ClauseAround(t, hit);
  CHECK(t.substr(c.begin, c.size()) == "有保本");
}

TEST_CASE("IsQuoted sees open quotation marks", "[judge][context]") {
  std::string_view t = "他说「保本」没问题";
  size_t at = t.find("保本");
  CHECK(judge::IsQuoted(t, {0, t.size()}, {at, at + 6}));
  size_t no = t.find("没问题");
  CHECK_FALSE(judge::IsQuoted(t, {0, t.size()}, {no, no + 9}));
}

}  // namespace finlint::testing

namespace finlint::testing {

TEST_CASE("the verdict on a quoted claim may come in the next sentence", "[judge][quoted]") {
  auto set = Pack(kPack);
  CHECK(Lint(set, "“稳赚不赔”？所谓高收益都要当心。").empty());
  CHECK(Lint(set, "“稳赚不赔”？！\n号称的高收益都要当心。").empty());
  // Quotes that only stress a claim: a cue word in the next sentence is no verdict on it.
  CHECK(Lint(set, "“稳赚不赔”！谨防错过。") == std::vector<Seen>{{kId, "稳赚不赔", 1, 2}});
  // Not quoted: the next sentence says nothing about it.
  CHECK(Lint(set, "稳赚不赔！谨防错过。") == std::vector<Seen>{{kId, "稳赚不赔", 1, 1}});
  CHECK(Lint(set, "“稳赚不赔”！马上上车。") == std::vector<Seen>{{kId, "稳赚不赔", 1, 2}});
}

}  // namespace finlint::testing

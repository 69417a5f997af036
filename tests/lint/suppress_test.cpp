// Suppression directives: parsing, regions, next line, unused and unknown names.
#include "finlint/lint/suppress.h"

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
  - id: absolute-claim/lowest
    category: absolute-claim
    severity: error
    message: 最低
    basis: [《广告法》第九条]
    match: [{terms: [全网最低]}]
)";

// Directives found in `text` by the <!-- … --> around them (the extractors do this for real).
std::vector<suppress::Directive> Find(std::string_view text) {
  std::vector<suppress::Directive> out;
  for (size_t at = text.find("<!--"); at != std::string_view::npos;
       at = text.find("<!--", at + 1)) {
    size_t end = text.find("-->", at);
    auto d = suppress::Parse(text.substr(at + 4, end - at - 4), {at, end + 3});
    if (d) out.push_back(*d);
  }
  return out;
}
}  // namespace

TEST_CASE("directives parse with their names", "[suppress]") {
  auto d = suppress::Parse(" finlint-disable absolute-claim, guaranteed-return/principal ", {0, 9});
  REQUIRE(d);
  CHECK(d->kind == suppress::Directive::Kind::kDisable);
  CHECK(d->names == std::vector<std::string>{"absolute-claim", "guaranteed-return/principal"});
  auto next = suppress::Parse("finlint-disable-next-line -- 合规已审核", {0, 9});
  REQUIRE(next);
  CHECK(next->kind == suppress::Directive::Kind::kNextLine);
  CHECK(next->names.empty());
  CHECK(suppress::Parse("finlint-enable", {0, 1})->kind == suppress::Directive::Kind::kEnable);
  CHECK_FALSE(suppress::Parse("finlint-disabled", {0, 1}));
  CHECK_FALSE(suppress::Parse("a comment", {0, 1}));
}

TEST_CASE("regions, next lines and names decide what is suppressed", "[suppress]") {
  auto set = Pack(kPack);
  const rules::Rule* principal = set.FindRule("guaranteed-return/principal");
  const rules::Rule* lowest = set.FindRule("absolute-claim/lowest");
  std::string text =
      "保本\n"                                     // line 1: before any directive
      "<!-- finlint-disable absolute-claim -->\n"  // line 2
      "保本 全网最低\n"                            // line 3: only 全网最低 is off
      "<!-- finlint-enable -->\n"                  // line 4
      "全网最低\n"                                 // line 5: on again
      "<!-- finlint-disable-next-line -->\n"       // line 6
      "保本 全网最低\n"                            // line 7: both off
      "保本\n";                                    // line 8: on
  auto pos = [&](int line, std::string_view what) {
    size_t at = 0;
    for (int l = 1; l < line; ++l) at = text.find('\n', at) + 1;
    return text.find(what, at);
  };
  std::vector<suppress::Target> targets = {
      {principal, pos(1, "保本")},  {principal, pos(3, "保本")}, {lowest, pos(3, "全网最低")},
      {lowest, pos(5, "全网最低")}, {principal, pos(7, "保本")}, {lowest, pos(7, "全网最低")},
      {principal, pos(8, "保本")}};
  std::vector<bool> off;
  auto problems = suppress::Apply(Find(text), text, set, targets, &off);
  CHECK(off == std::vector<bool>{false, false, true, false, true, true, false});
  CHECK(problems.empty());
}

TEST_CASE("a directive that suppresses nothing or names nothing is reported", "[suppress]") {
  auto set = Pack(kPack);
  const rules::Rule* principal = set.FindRule("guaranteed-return/principal");
  std::string text =
      "<!-- finlint-disable absolute-claim, guaranteed-return -->\n保本\n"
      "<!-- finlint-enable -->\n"
      "<!-- finlint-disable-next-line absolute-claim/lowset -->\n保本\n";
  std::vector<suppress::Target> targets = {{principal, text.find("保本")},
                                           {principal, text.rfind("保本")}};
  std::vector<bool> off;
  auto problems = suppress::Apply(Find(text), text, set, targets, &off);
  CHECK(off == std::vector<bool>{true, false});
  REQUIRE(problems.size() == 2);
  CHECK(problems[0].rule == &suppress::UnusedRule());
  CHECK(problems[0].name == "absolute-claim");
  CHECK(problems[1].rule == &suppress::UnknownRule());
  CHECK(problems[1].name == "absolute-claim/lowset");
  CHECK(text.substr(problems[1].span.begin, 4) == "<!--");
}

}  // namespace finlint::testing

namespace finlint::testing {

TEST_CASE("an enable switches on what it names, however the disable named it", "[suppress]") {
  auto set = Pack(kPack);
  const rules::Rule* principal = set.FindRule("guaranteed-return/principal");
  for (std::string disable : {"", "guaranteed-return", "guaranteed-return/principal"}) {
    for (std::string enable : {"", "guaranteed-return", "guaranteed-return/principal"}) {
      std::string text = "<!-- finlint-disable " + disable + " -->\n这款理财保本保息。\n" +
                         "<!-- finlint-enable " + enable + " -->\n那款理财保本保息。\n";
      std::vector<suppress::Target> targets = {{principal, text.find("保本")},
                                               {principal, text.rfind("保本")}};
      std::vector<bool> off;
      auto problems = suppress::Apply(Find(text), text, set, targets, &off);
      INFO("disable '" << disable << "', enable '" << enable << "'");
      CHECK(off == std::vector<bool>{true, false});
      CHECK(problems.empty());
    }
  }
}

TEST_CASE("a rule turned off elsewhere is no unknown name", "[suppress]") {
  auto set = Pack(kPack);
  set.disabled.push_back("guaranteed-return/principal");
  set.rules.erase(set.rules.begin());
  std::string text = "<!-- finlint-disable-next-line guaranteed-return/principal -->\n保本\n";
  std::vector<bool> off;
  auto problems = suppress::Apply(Find(text), text, set, {}, &off);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].rule == &suppress::UnusedRule());
}

}  // namespace finlint::testing

namespace finlint::testing {

TEST_CASE("Markdown comments spread over lines still carry directives", "[suppress]") {
  auto set = Pack(kPack);
  auto md = extract::InputType::kMarkdown;
  CHECK(Lint(set, "文字 <!-- finlint-disable-next-line\nguaranteed-return --> 行内\n保本\n", md)
            .empty());
  CHECK(Lint(set, "<!--\nfinlint-disable guaranteed-return\n-->\n\n保本\n", md).empty());
  // Without the directive the claim is found: the tests above can fail.
  CHECK(Lint(set, "文字 <!-- 注释\n跨行 --> 行内\n保本\n", md).size() == 1);
}

}  // namespace finlint::testing

// The rule loader: every mistake is reported at its line and column, all at once.
#include <catch2/catch.hpp>

#include "../support.h"
#include "finlint/normalize/normalize.h"

namespace finlint::testing {

namespace {
std::string Rule(std::string_view extra, std::string_view category = "guaranteed-return",
                 std::string_view match = "    match: [{terms: [保本]}]\n") {
  return "rules:\n"
         "  - id: guaranteed-return/x\n"
         "    category: " +
         std::string(category) +
         "\n"
         "    severity: error\n"
         "    message: m\n"
         "    basis: [b]\n" +
         std::string(match) + std::string(extra);
}
}  // namespace

TEST_CASE("a valid pack loads and folds its terms", "[rules]") {
  auto set = Pack(Rule("", "guaranteed-return", "    match: [{terms: [０风险, ＡＰＲ]}]\n"));
  REQUIRE(set.rules.size() == 1);
  CHECK(set.rules[0].match[0].terms == std::vector<std::string>{"0风险", "apr"});
}

TEST_CASE("an unknown key is named with the nearest valid one", "[rules]") {
  CHECK(PackErrors(Rule("    sugest: []\n")) ==
        std::vector<std::string>{"8:5: unknown key 'sugest' (did you mean 'suggest'?)"});
}

TEST_CASE("an unknown category is named with its line", "[rules]") {
  CHECK(PackErrors(Rule("", "guaranteed-returns")) ==
        std::vector<std::string>{
            "3:15: unknown category 'guaranteed-returns' (did you mean 'guaranteed-return'?)"});
}

TEST_CASE("a bad regex carries RE2's message", "[rules]") {
  auto errors = PackErrors(Rule("", "guaranteed-return", "    match: [{regex: '保本('}]\n"));
  REQUIRE(errors.size() == 1);
  CHECK(errors[0] == "7:21: bad regex: missing ): 保本( (at '保本(')");
}

TEST_CASE("\\b is rejected with the column of the backslash", "[rules]") {
  auto errors = PackErrors(Rule("", "guaranteed-return", "    match: [{regex: '\\b保本'}]\n"));
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].rfind("7:22: '\\b' is ASCII-only in RE2", 0) == 0);
}

TEST_CASE("a regex that matches the empty string is rejected", "[rules]") {
  auto errors = PackErrors(Rule("", "guaranteed-return", "    match: [{regex: '(保本)?'}]\n"));
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].find("matches the empty string") != std::string::npos);
}

TEST_CASE("duplicate ids and missing fields are all reported", "[rules]") {
  std::string two = Rule("") + Rule("").substr(std::string("rules:\n").size());
  CHECK(PackErrors(two) ==
        std::vector<std::string>{
            "8:9: duplicate rule id 'guaranteed-return/x' (first defined in pack.yaml:2)"});
  CHECK(PackErrors("rules:\n  - id: guaranteed-return/y\n    category: guaranteed-return\n") ==
        std::vector<std::string>{"2:5: rule is missing `severity`",
                                 "2:5: rule is missing `message`", "2:5: rule is missing `basis`",
                                 "2:5: rule is missing `match`"});
}

TEST_CASE("an id must carry its category", "[rules]") {
  auto errors = PackErrors(Rule("", "absolute-claim"));
  REQUIRE(errors.size() == 1);
  CHECK(errors[0] ==
        "2:9: rule id 'guaranteed-return/x' must start with its category: 'absolute-claim/…'");
}

TEST_CASE("a YAML syntax error has a position", "[rules]") {
  auto errors = PackErrors("rules:\n  - id: [unclosed\n");
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].rfind("3:1: ", 0) == 0);
}

TEST_CASE("regexes are folded like the text they match", "[rules]") {
  auto set = Pack(
      Rule("", "guaranteed-return", "    match: [{regex: 'APR[^。！？]{0,3}（年化）\\p{Han}'}]\n"));
  CHECK(set.rules[0].match[0].regex == "apr[^。\\!\\?]{0,3}\\(年化\\)\\p{Han}");
}

TEST_CASE("document-only keys need scope: document", "[rules]") {
  auto errors = PackErrors(Rule("    require: [{terms: [x]}]\n"));
  REQUIRE(errors.size() == 1);
  CHECK(errors[0] == "8:14: `require` needs scope: document");
}

TEST_CASE("an unless that is not a mapping is an error, not a crash", "[rules]") {
  // Asking a scalar `unless` for its `document` key threw yaml-cpp's BadSubscript.
  CHECK(PackErrors(Rule("    unless: 不\n")) ==
        std::vector<std::string>{"8:13: unless must be a mapping"});
}

}  // namespace finlint::testing

// Scoring: per (case, category) counts, precision/recall/F1, false alarms, parse errors.
#include "finlint/eval/eval.h"

#include <catch2/catch.hpp>

namespace finlint::eval {

namespace {
const std::set<std::string> kCategories = {"guaranteed-return", "absolute-claim",
                                           "loan-rate-disclosure"};
}

TEST_CASE("cases are scored per (case, category)", "[eval]") {
  std::string jsonl =
      R"({"id":"v1","text":"保本","expect":["guaranteed-return","absolute-claim"],"kind":"violation"})"
      "\n"
      R"({"id":"t1","text":"不保本","expect":[],"kind":"trap"})"
      "\n\n"
      R"({"id":"c1","text":"你好","expect":[],"kind":"clean"})"
      "\n";
  std::vector<Case> cases;
  std::vector<Error> errors;
  REQUIRE(ParseCases("c.jsonl", jsonl, kCategories, &cases, &errors));
  REQUIRE(cases.size() == 3);
  CHECK(cases[2].line == 4);
  // v1: one right, one missed, one false; t1: a false alarm; c1: silent.
  Scores s = Score(cases, {{"guaranteed-return", "loan-rate-disclosure"}, {"absolute-claim"}, {}});
  CHECK(s.overall.tp == 1);
  CHECK(s.overall.fn == 1);
  CHECK(s.overall.fp == 2);
  CHECK(s.overall.Precision() == Approx(1.0 / 3));
  CHECK(s.overall.Recall() == Approx(0.5));
  CHECK(s.overall.F1() == Approx(0.4));
  CHECK(s.by_category["absolute-claim"].fn == 1);
  CHECK(s.by_category["absolute-claim"].fp == 1);
  CHECK(s.FalseAlarmRate() == Approx(0.5));
  CHECK(s.mistakes.size() == 2);
}

TEST_CASE("bad lines are errors at their line", "[eval]") {
  std::string jsonl =
      "{not json}\n"
      R"({"id":"a","text":"x","expect":["nope"]})"
      "\n"
      R"({"id":"a","text":"x","expect":[],"kind":"violation"})"
      "\n"
      R"({"id":"b","expect":[]})"
      "\n";
  std::vector<Case> cases;
  std::vector<Error> errors;
  CHECK_FALSE(ParseCases("c.jsonl", jsonl, kCategories, &cases, &errors));
  std::vector<std::string> got;
  for (const auto& e : errors) got.push_back(e.ToString());
  CHECK(got == std::vector<std::string>{
                   "c.jsonl:1: not a JSON object",
                   "c.jsonl:2: unknown category \"nope\" in \"expect\"",
                   "c.jsonl:3: duplicate case id 'a'",
                   "c.jsonl:3: kind 'violation' does not agree with \"expect\"",
                   "c.jsonl:4: a case needs \"id\" (string), \"text\" (string) and \"expect\" "
                   "(array)"});
}

}  // namespace finlint::eval

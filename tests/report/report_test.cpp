// Report helpers: positions in code points, and the text format's caret line.
#include "finlint/report/report.h"

#include <catch2/catch.hpp>
#include <sstream>

#include "../support.h"

namespace finlint::report {

TEST_CASE("At counts lines and code-point columns", "[report]") {
  std::string_view s = "ab\n保本x\n";
  CHECK(At(s, 0).line == 1);
  CHECK(At(s, 3).line == 2);
  CHECK(At(s, 3).col == 1);
  CHECK(At(s, 9).col == 3);                   // after 保本 (6 bytes)
  CHECK(At("\xEF\xBB\xBF保本", 6).col == 2);  // a BOM is not a column
}

TEST_CASE("the text format underlines the span by display width", "[report]") {
  auto set = testing::Pack(R"(
rules:
  - id: guaranteed-return/p
    category: guaranteed-return
    severity: warning
    message: 保本
    basis: [《广告法》第二十五条]
    match: [{terms: [保本]}]
    suggest: [{replace: 非保本}]
)");
  auto linter = Linter::Create(set);
  REQUIRE(linter.ok());
  Run run;
  run.files.push_back({});
  run.files[0].path = "a.txt";
  run.files[0].bytes = "标题\nAB理财保本！\n";
  linter->Check(extract::InputType::kText, &run.files[0]);
  std::ostringstream out;
  WriteText(run, Options{}, out);
  CHECK(out.str() ==
        "a.txt:2:5: warning: 保本 [guaranteed-return/p]\n"
        " 2 | AB理财保本！\n"
        "   |       ^^^^\n"
        "   = basis: 《广告法》第二十五条\n"
        "   = rewrite: 非保本\n"
        "\n"
        "1 problem (0 errors, 1 warning, 0 info) in 1 of 1 file.\n");
}

}  // namespace finlint::report

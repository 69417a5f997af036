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

// check writes these formats a file at a time as files finish, and lets go of each: the parts
// and the end must add up to exactly what the format writes for the whole run.
TEST_CASE("formats written file by file write what they write for the whole run", "[report]") {
  rules::RuleSet set = testing::Builtin();
  auto linter = Linter::Create(set);
  REQUIRE(linter.ok());
  Run run;
  for (auto [path, bytes] : {std::pair{"a.txt", "这款理财保本保息，稳赚不赔！\n年化收益最高8%。"},
                             {"clean.md", "# 标题\n\n今天天气很好。\n"},
                             {"b.md", "贷款日息0.05%，**无抵押**秒到账，学生也能借。\n"}}) {
    run.files.push_back({});
    run.files.back().path = path;
    run.files.back().bytes = bytes;
    linter->Check(extract::TypeForPath(path), &run.files.back());
  }
  run.files.insert(run.files.begin() + 1, FileReport{});
  run.files[1].path = "gone.txt";
  run.files[1].error = "gone.txt: cannot read: No such file or directory";
  REQUIRE(Count(run).findings > 5);
  int by_file = 0;
  for (const Format& format : Formats()) {
    if (format.files == nullptr) continue;
    ++by_file;
    INFO(format.name);
    std::ostringstream whole, parts;
    format.write(run, Options{}, whole);
    Counts counts;
    for (const FileReport& f : run.files) {
      Run one;
      one.files.push_back(f);
      format.files(one, Options{}, parts);
      counts.Add(CountFile(f));
    }
    if (format.end != nullptr) format.end(counts, Options{}, parts);
    CHECK(parts.str() == whole.str());
    CHECK(whole.str().find("gone.txt") != std::string::npos);
  }
  CHECK(by_file == 4);  // text, jsonl, github, rdjsonl
}

}  // namespace finlint::report

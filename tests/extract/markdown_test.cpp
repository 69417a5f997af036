// Markdown extraction: what a reader sees is checked, code and URLs are not, offsets exact.
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
    match: [{terms: [保本保息, 保本, 稳赚]}]
)";
}

TEST_CASE("Markdown text is checked at its exact line and column", "[extract]") {
  auto set = Pack(kPack);
  std::string md =
      "# 星河理财 **保本**\n"
      "\n"
      "- 第一条：收益稳赚\n"
      "\n"
      "| 产品 | 特点 |\n"
      "|---|---|\n"
      "| A | 保本保息 |\n";
  auto seen = Lint(set, md, extract::InputType::kMarkdown);
  CHECK(seen == std::vector<Seen>{{"guaranteed-return/principal", "保本", 1, 10},
                                  {"guaranteed-return/principal", "稳赚", 3, 9},
                                  {"guaranteed-return/principal", "保本保息", 7, 7}});
}

TEST_CASE("code, HTML comments, URLs and front matter are skipped", "[extract]") {
  auto set = Pack(kPack);
  std::string md =
      "---\n"
      "title: 保本\n"
      "---\n"
      "正文没有问题。\n"
      "\n"
      "```\n"
      "保本\n"
      "```\n"
      "\n"
      "    保本 (indented code)\n"
      "\n"
      "行内 `保本` 代码，<!-- 保本保息 --> 注释，[链接](https://x.cn/保本) 与 https://x.cn/稳赚\n";
  CHECK(Lint(set, md, extract::InputType::kMarkdown).empty());
}

TEST_CASE("the same text read as plain text is checked everywhere", "[extract]") {
  auto set = Pack(kPack);
  CHECK(Lint(set, "```\n保本\n```\n").size() == 1);
}

TEST_CASE("link text and image alt text are checked", "[extract]") {
  auto set = Pack(kPack);
  auto seen =
      Lint(set, "看看[保本理财](https://x.cn)和![稳赚](a.png)\n", extract::InputType::kMarkdown);
  CHECK(seen == std::vector<Seen>{{"guaranteed-return/principal", "保本", 1, 4},
                                  {"guaranteed-return/principal", "稳赚", 1, 26}});
}

TEST_CASE("emphasis inside a word does not hide it", "[extract]") {
  auto set = Pack(kPack);
  auto seen = Lint(set, "这款产品保**本**\n", extract::InputType::kMarkdown);
  REQUIRE(seen.size() == 1);
  CHECK(seen[0].text == "保**本");  // the span covers the markup between the characters
}

}  // namespace finlint::testing

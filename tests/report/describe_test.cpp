// What the machine formats share (report/describe.h): columns in each format's unit, and
// which rewrites they may offer as fixes.
#include "finlint/report/describe.h"

#include <catch2/catch.hpp>

#include "../support.h"

namespace finlint::report {
namespace {

const char* kPack = R"(
rules:
  - id: guaranteed-return/p
    category: guaranteed-return
    severity: error
    message: 保本
    basis: [《广告法》第二十五条, 第九条]
    match: [{terms: [保本]}]
    suggest:
      - replace: 非保本
        safe: true
      - replace: 不保本
      - advice: 删除
)";

FileReport Checked(const rules::RuleSet& set, std::string bytes, extract::InputType type) {
  auto linter = Linter::Create(set);
  REQUIRE(linter.ok());
  FileReport f;
  f.path = "a";
  f.bytes = std::move(bytes);
  linter->Check(type, &f);
  REQUIRE(f.error.empty());
  return f;
}

}  // namespace

TEST_CASE("columns count code points, UTF-16 units or bytes", "[report]") {
  auto set = testing::Pack(kPack);
  // A BOM, then on line 1 an emoji (one code point, two UTF-16 units, four bytes).
  FileReport f = Checked(set, "\xEF\xBB\xBF🎉理财保本\n保本", extract::InputType::kText);
  REQUIRE(f.findings.size() == 2);
  LineIndex lines(f.text());
  Place cp = CodePoints(lines, f.findings[0]);
  CHECK((cp.line == 1 && cp.column == 4 && cp.end_line == 1 && cp.end_column == 6));
  Place u16 = Utf16Units(f, lines, f.findings[0]);
  CHECK((u16.column == 5 && u16.end_column == 7));
  Place u8 = Utf8Bytes(f, lines, f.findings[0]);  // BOM 3 + 🎉 4 + 理财 6
  CHECK((u8.column == 14 && u8.end_column == 20));
  Place second = Utf8Bytes(f, lines, f.findings[1]);  // no BOM on line 2
  CHECK((second.line == 2 && second.column == 1 && second.end_column == 7));
}

TEST_CASE("only safe rewrites outside markup and escapes are fixes", "[report]") {
  auto set = testing::Pack(kPack);
  FileReport plain = Checked(set, "理财保本", extract::InputType::kText);
  REQUIRE(plain.findings.size() == 1);
  auto fixes = Fixes(plain, plain.findings[0]);
  REQUIRE(fixes.size() == 1);  // not the unsafe one, nor the advice
  CHECK(fixes[0]->text == "非保本");

  FileReport html = Checked(set, "<p>保<b>本</b></p>", extract::InputType::kHtml);
  REQUIRE(html.findings.size() == 1);
  CHECK(Fixes(html, html.findings[0]).empty());  // would drop the <b> tag

  FileReport json = Checked(set, R"({"a": "\u4fdd本"})", extract::InputType::kJson);
  REQUIRE(json.findings.size() == 1);
  CHECK(Fixes(json, json.findings[0]).empty());

  FileReport gbk = plain;
  gbk.encoding = "gb18030";
  gbk.converted = "理财保本";
  CHECK(Fixes(gbk, gbk.findings[0]).empty());
}

TEST_CASE("messages with details follow --lang and list basis and suggestions", "[report]") {
  auto set = testing::Pack(kPack);
  FileReport f = Checked(set, "保本", extract::InputType::kText);
  REQUIRE(f.findings.size() == 1);
  CHECK(
      MessageWithDetails(f.findings[0], Options{}) ==
      "保本\nbasis: 《广告法》第二十五条；第九条\nrewrite: 非保本\nrewrite: 不保本\nadvice: 删除");
  CHECK(HashHex("") == "cbf29ce484222325");  // FNV-1a's offset basis
}

}  // namespace finlint::report

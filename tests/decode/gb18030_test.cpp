// A GBK (GB18030) file end to end: findings at the right line and character column, offsets
// in the original GBK bytes, the decoded line in the text report, the encoding in JSON.
#include <catch2/catch.hpp>
#include <sstream>

#include "../extract/check_input.h"
#include "../support.h"
#include "finlint/report/report.h"

namespace finlint::testing {

namespace {
constexpr std::string_view kPack = R"(
rules:
  - id: guaranteed-return/principal
    category: guaranteed-return
    severity: error
    message: 保本
    basis: [《广告法》第二十五条]
    match: [{terms: [保本保息, 保本]}]
)";

// "标题\r\nAB理财保本保息！\r\n" in GBK: two bytes per Chinese character, CRLF line ends.
constexpr std::string_view kGbk =
    "\xB1\xEA\xCC\xE2\r\n"
    "AB\xC0\xED\xB2\xC6\xB1\xA3\xB1\xBE\xB1\xA3\xCF\xA2\xA3\xA1\r\n";
}  // namespace

TEST_CASE("a GBK file's finding has its character column and its GBK bytes", "[decode][gb18030]") {
  auto set = Pack(kPack);
  FileReport r;
  auto seen = CheckInput(set, kGbk, As(extract::InputType::kText), &r);
  CHECK(r.error.empty());
  CHECK(r.encoding == "gb18030");
  // 保本保息 is the 5th character of line 2; its bytes are 12..20 of the file.
  CHECK(seen == std::vector<Located>{{"\xB1\xA3\xB1\xBE\xB1\xA3\xCF\xA2", 2, 5}});
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].span == Span{12, 20});
}

TEST_CASE("with --encoding utf-8 the same file is refused", "[decode][gb18030]") {
  auto set = Pack(kPack);
  FileReport r;
  InputOptions input = As(extract::InputType::kText);
  input.encoding = decode::Encoding::kUtf8;
  CheckInput(set, kGbk, input, &r);
  CHECK(r.error == "t:1:1: invalid UTF-8 (byte 0xB1 at offset 0); save the file as UTF-8");
}

TEST_CASE("the text report shows a GBK line decoded, underlined by display width",
          "[decode][gb18030][report]") {
  auto set = Pack(kPack);
  auto linter = Linter::Create(set);
  REQUIRE(linter.ok());
  report::Run run;
  run.files.push_back({});
  run.files[0].path = "gbk.txt";
  run.files[0].bytes = std::string(kGbk);
  linter->Check(extract::InputType::kText, &run.files[0]);
  std::ostringstream text;
  report::WriteText(run, report::Options{}, text);
  CHECK(text.str() ==
        "gbk.txt:2:5: error: 保本 [guaranteed-return/principal]\n"
        " 2 | AB理财保本保息！\n"
        "   |       ^^^^^^^^\n"
        "   = basis: 《广告法》第二十五条\n"
        "\n"
        "1 problem (1 error, 0 warnings, 0 info) in 1 of 1 file.\n");
  std::ostringstream json;
  report::WriteJson(run, report::Options{}, json);
  std::string out = json.str();
  CHECK(out.find("\"encoding\": \"gb18030\"") != std::string::npos);
  CHECK(out.find("\"line\": 2,\n          \"column\": 5,\n          \"end_line\": 2,\n"
                 "          \"end_column\": 9,\n          \"offset\": 12,\n"
                 "          \"length\": 8,\n          \"text\": \"保本保息\"") !=
        std::string::npos);
}

TEST_CASE("a Markdown file in GBK is read as Markdown", "[decode][gb18030]") {
  auto set = Pack(kPack);
  // "# 保本\n" in GBK.
  auto seen = CheckInput(set, "# \xB1\xA3\xB1\xBE\n", As(extract::InputType::kMarkdown));
  CHECK(seen == std::vector<Located>{{"\xB1\xA3\xB1\xBE", 1, 3}});
}

}  // namespace finlint::testing

// JSON and JSONL extraction: string values (all, or the chosen fields) with escapes decoded,
// each finding at the characters inside the JSON string and named by record and field.
#include <catch2/catch.hpp>

#include "../support.h"
#include "check_input.h"

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
  - id: missing-risk-disclosure/investment
    category: missing-risk-disclosure
    severity: error
    message: 投资理财内容须提示风险
    basis: [《广告法》第二十五条]
    scope: document
    when: [{terms: [理财]}]
    require: [{regex: '投资须谨慎'}]
)";

const rules::RuleSet& Set() {
  static const rules::RuleSet set = Pack(kPack);
  return set;
}

std::vector<Located> Json(std::string_view json, std::vector<std::string> fields = {}) {
  return CheckInput(Set(), json, As(extract::InputType::kJson, std::move(fields)));
}
std::vector<Located> Jsonl(std::string_view json, std::vector<std::string> fields = {}) {
  return CheckInput(Set(), json, As(extract::InputType::kJsonl, std::move(fields)));
}
// The error a JSON or JSONL input gets.
std::string Error(std::string_view json, extract::InputType type,
                  std::vector<std::string> fields = {}) {
  FileReport r;
  CheckInput(Set(), json, As(type, std::move(fields)), &r);
  return r.error;
}
}  // namespace

TEST_CASE("a finding behind escapes points into the JSON string", "[extract][json]") {
  // Columns count the escapes' characters: \" is two columns, \u4fdd six.
  CHECK(Json(R"({"a": "他说\"稳赚\""})") == std::vector<Located>{{"稳赚", 1, 12, "a", 0}});
  CHECK(Json(R"({"a": "第一段\n第二段保本"})") == std::vector<Located>{{"保本", 1, 16, "a", 0}});
  CHECK(Json(R"({"a": "这款\u4fdd\u672C"})") ==
        std::vector<Located>{{R"(\u4fdd\u672C)", 1, 10, "a", 0}});
  // A surrogate pair (😀) is one character of the text and twelve of the file.
  CHECK(Json(R"({"a": "\ud83d\ude00 保本"})") == std::vector<Located>{{"保本", 1, 21, "a", 0}});
  CHECK(Json(R"({"a": "\\\\保本"})") == std::vector<Located>{{"保本", 1, 12, "a", 0}});
}

TEST_CASE("a top-level array's elements are records with index and line", "[extract][json]") {
  std::string_view json =
      "[\n"
      "  {\"title\": \"新品\", \"body\": \"稳赚\"},\n"
      "  {\"title\": \"x\"},\n"
      "  {\"title\": \"保本\",\n"
      "   \"body\": \"\"}\n"
      "]\n";
  CHECK(Json(json) ==
        std::vector<Located>{{"稳赚", 2, 28, "body", 0}, {"保本", 4, 14, "title", 2}});
}

TEST_CASE("JSONL: each line is a record; blank lines are not", "[extract][json]") {
  std::string_view jsonl =
      "{\"id\": 1, \"content\": \"保本\"}\n"
      "\n"
      "{\"id\": 2, \"content\": \"没问题\"}\r\n"
      "{\"id\": 3, \"content\": \"稳赚\"}\n";
  CHECK(Jsonl(jsonl, {"content"}) ==
        std::vector<Located>{{"保本", 1, 23, "content", 0}, {"稳赚", 4, 23, "content", 2}});
}

TEST_CASE("fields picked by dotted paths; arrays and objects read whole", "[extract][json]") {
  std::string_view jsonl =
      R"({"title": "稳赚", "post": {"body": "保本", "meta": {"note": "保本"}}, "tags": ["x", "保本"]})";
  CHECK(Jsonl(jsonl, {"post.body"}) == std::vector<Located>{{"保本", 1, 35, "post.body", 0}});
  CHECK(Jsonl(jsonl, {"tags"}) == std::vector<Located>{{"保本", 1, 80, "tags[1]", 0}});
  CHECK(Jsonl(jsonl, {"post"}) == std::vector<Located>{{"保本", 1, 35, "post.body", 0},
                                                       {"保本", 1, 58, "post.meta.note", 0}});
  CHECK(Jsonl(jsonl, {"title", "tags"}).size() == 2);
  // Keys are not text: {"保本": …} has nothing to flag.
  CHECK(Json(R"({"保本": 1, "稳赚": null})").empty());
}

TEST_CASE("records without the field are skipped; null counts as missing", "[extract][json]") {
  CHECK(Jsonl("{\"a\": \"保本\"}\n{\"b\": \"保本\"}\n{\"a\": null}\n", {"a"}) ==
        std::vector<Located>{{"保本", 1, 8, "a", 0}});
}

TEST_CASE("a field no record has, or one that is not text, is an error", "[extract][json]") {
  CHECK(Error("{\"title\": \"x\", \"content\": \"y\"}\n", extract::InputType::kJsonl,
              {"contnet"}) == "t: no record has the field 'contnet' (fields: content, title)");
  CHECK(Error("{\"a\": \"x\"}\n{\"a\": 12.5}\n", extract::InputType::kJsonl, {"a"}) ==
        "t:2:7: field 'a' is a number, not text (--field takes strings, or objects and arrays "
        "holding them)");
  CHECK(Error("[{\"a\": true}]", extract::InputType::kJson, {"a"}) ==
        "t:1:8: field 'a' is true or false, not text (--field takes strings, or objects and "
        "arrays holding them)");
  // An empty file has no records: nothing to check, nothing wrong.
  CHECK(Error("", extract::InputType::kJsonl, {"a"}).empty());
}

TEST_CASE("invalid JSON is an error at its line and column", "[extract][json]") {
  CHECK(Error("{\"a\": \"x\",\n \"b\": tru}", extract::InputType::kJson) ==
        "t:2:10: invalid JSON: syntax error while parsing value - invalid literal; last read: "
        "'\"b\": tru}'");
  // JSONL lines are parsed one by one; a file of several objects is not one JSON text.
  CHECK(Error("{\"a\": \"x\"}\n{\"a\": \"y\"", extract::InputType::kJsonl).find("t:2:") == 0);
  CHECK(Error("{\"a\": 1}\n{\"a\": 2}\n", extract::InputType::kJson).find("t:2:1: invalid JSON") ==
        0);
}

TEST_CASE("each record is its own document for document rules", "[extract][json]") {
  // Record 0 carries the warning, record 1 does not: only record 1 lacks it.
  std::string_view jsonl =
      "{\"t\": \"理财新品\", \"c\": \"投资须谨慎\"}\n"
      "{\"t\": \"理财上新\", \"c\": \"欢迎了解\"}\n";
  auto linter = Linter::Create(Set());
  REQUIRE(linter.ok());
  FileReport r;
  r.path = "t";
  r.bytes = std::string(jsonl);
  linter->Check(As(extract::InputType::kJsonl), &r);
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].rule->id == "missing-risk-disclosure/investment");
  REQUIRE(r.findings[0].record);
  CHECK(r.findings[0].record->index == 1);
  CHECK(r.findings[0].record->line == 2);
}

TEST_CASE("a string's text never joins the next string's", "[extract][json]") {
  CHECK(Json(R"(["保", "本"])").empty());
  CHECK(Json(R"({"a": "保", "b": "本"})").empty());
}

TEST_CASE("deep nesting costs time in proportion to the text", "[extract][json]") {
  // 50,000 levels: a path string per level would copy gigabytes.
  std::string json = std::string(50000, '[') + "\"保本\"" + std::string(50000, ']');
  auto seen = Json(json);
  REQUIRE(seen.size() == 1);
  CHECK(seen[0].col == 50002);
  CHECK(seen[0].field.size() == 3 * 49999);  // [0] for each level inside the record
}

TEST_CASE("JSON types by extension", "[extract][json]") {
  CHECK(extract::TypeForPath("x.json") == extract::InputType::kJson);
  CHECK(extract::TypeForPath("x.jsonl") == extract::InputType::kJsonl);
  CHECK(extract::TypeForPath("x.NDJSON") == extract::InputType::kJsonl);
  CHECK(extract::TypeForPath("x.json.txt") == extract::InputType::kText);
}

}  // namespace finlint::testing

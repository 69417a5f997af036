// The html format: copy is escaped wherever it lands, overlapping and multi-line spans are cut
// into marks that never nest, and the summary lists clean and unreadable files.
#include "finlint/report/html.h"

#include <catch2/catch.hpp>
#include <sstream>

#include "../support.h"
#include "finlint/report/fingerprint.h"

namespace finlint::report {
namespace {

const char* kPack = R"(
rules:
  - id: guaranteed-return/p
    category: guaranteed-return
    severity: error
    message: 不得承诺<保本>
    basis: [《广告法》第二十五条 "A&B"]
    match: [{terms: [保本]}]
    suggest: [{replace: 非保本}, {advice: 删除</dd>表述}]
  - id: absolute-claim/w
    category: absolute-claim
    severity: warning
    message: 绝对化
    basis: [《广告法》第九条]
    match: [{terms: [最低]}]
  - id: loan-rate-disclosure/d
    category: loan-rate-disclosure
    severity: info
    message: 日息
    basis: [公告]
    match: [{terms: [日息]}]
    suggest: [{replace: 年化利率, safe: true}]
)";

// A file whose findings are given by hand: rule index and span in its text.
FileReport Manual(const rules::RuleSet& set, std::string path, std::string text,
                  std::vector<std::pair<int, Span>> findings) {
  FileReport f;
  f.path = std::move(path);
  f.bytes = std::move(text);
  for (const auto& [rule, span] : findings) {
    Finding x{};
    x.rule = &set.rules[rule];
    x.span = x.in_text = span;
    x.severity = x.rule->severity;
    x.matched = f.bytes.substr(span.begin, span.size());
    f.findings.push_back(std::move(x));
  }
  return f;
}

// A run of one file checked with `set`.
Run Checked(const rules::RuleSet& set, std::string path, std::string text) {
  auto linter = Linter::Create(set);
  REQUIRE(linter.ok());
  Run run;
  run.files.push_back({});
  run.files[0].path = std::move(path);
  run.files[0].bytes = std::move(text);
  linter->Check(extract::InputType::kText, &run.files[0]);
  return run;
}

std::string View(const Run& run, Options options = {}) {
  std::ostringstream out;
  WriteHtmlView(run, options, out);
  return out.str();
}

// The <ol class="text"> of the first file section, lines and marks only.
std::string TextOf(const std::string& view) {
  size_t b = view.find("<ol class=\"text\">\n");
  size_t e = view.find("</ol>", b);
  REQUIRE(b != std::string::npos);
  return view.substr(b + 18, e - b - 18);
}

std::string Mark(const char* severity, const char* ids, const char* title, const char* text) {
  return std::string("<mark class=\"") + severity + "\" data-findings=\"" + ids +
         "\" aria-describedby=\"" + ids + "\" tabindex=\"0\" title=\"" + title + "\">" + text +
         "</mark>";
}

const char* kErrTitle = "错误：不得承诺&lt;保本&gt; [guaranteed-return/p]";
const char* kWarnTitle = "警告：绝对化 [absolute-claim/w]";

}  // namespace

TEST_CASE("html: copy is escaped in the text, the findings and the marks", "[report][html]") {
  auto set = testing::Pack(kPack);
  Run run =
      Checked(set, "<img src=x onerror=alert(1)>.txt", "<script>alert(\"x\")</script>保本 & 'q'\n");
  REQUIRE(run.files[0].findings.size() == 1);
  std::ostringstream page;
  WriteHtml(run, Options{}, page);
  std::string html = page.str();

  CHECK(html.find("<script>alert") == std::string::npos);
  CHECK(html.find("<img src=x") == std::string::npos);
  CHECK(TextOf(html) == "<li>&lt;script&gt;alert(\"x\")&lt;/script&gt;" +
                            Mark("sev-error", "f1-1", kErrTitle, "保本") + " &amp; 'q'</li>\n");
  CHECK(html.find("<span class=\"path\">&lt;img src=x onerror=alert(1)&gt;.txt</span>") !=
        std::string::npos);
  CHECK(html.find("<p class=\"message\">不得承诺&lt;保本&gt;</p>") != std::string::npos);
  CHECK(html.find("<dd class=\"basis\">《广告法》第二十五条 \"A&amp;B\"</dd>") !=
        std::string::npos);
  CHECK(html.find("<dd class=\"advice\">删除&lt;/dd&gt;表述</dd>") != std::string::npos);
  // The page's only scripts are its own, allowed by hash; nothing else may run or load.
  CHECK(html.find("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                  "style-src 'sha256-") != std::string::npos);
  size_t scripts = 0;
  for (size_t at = html.find("<script>"); at != std::string::npos;
       at = html.find("<script>", at + 1)) {
    ++scripts;
  }
  CHECK(scripts == 1);
}

TEST_CASE("html: a title attribute escapes quotes and line breaks", "[report][html]") {
  auto set = testing::Pack(R"(
rules:
  - id: guaranteed-return/q
    category: guaranteed-return
    severity: error
    message: 不得"保本"
    basis: [b]
    match: [{terms: [保本]}]
)");
  Run run;
  run.files.push_back(Manual(set, "a.txt", "保本\n", {{0, {0, 6}}, {0, {0, 6}}}));
  CHECK(TextOf(View(run)) ==
        "<li><mark class=\"sev-error overlap\" data-findings=\"f1-1 f1-2\" "
        "aria-describedby=\"f1-1 f1-2\" tabindex=\"0\" title=\"错误：不得&quot;保本&quot; "
        "[guaranteed-return/q]&#10;错误：不得&quot;保本&quot; [guaranteed-return/q]\">保本</mark>"
        "</li>\n");
}

TEST_CASE("html: overlapping spans are cut into marks that never nest", "[report][html]") {
  auto set = testing::Pack(kPack);
  Run run;
  // 保本最低: the error covers 保本最 (bytes 0-9), the warning 本最低 (3-12).
  run.files.push_back(Manual(set, "a.txt", "它保本最低吗\n", {{0, {3, 12}}, {1, {6, 15}}}));
  std::string both =
      "<mark class=\"sev-error overlap\" data-findings=\"f1-1 f1-2\" "
      "aria-describedby=\"f1-1 f1-2\" tabindex=\"0\" title=\"" +
      std::string(kErrTitle) + "&#10;" + kWarnTitle + "\">本最</mark>";
  CHECK(TextOf(View(run)) == "<li>它" + Mark("sev-error", "f1-1", kErrTitle, "保") + both +
                                 Mark("sev-warning", "f1-2", kWarnTitle, "低") + "吗</li>\n");
}

TEST_CASE("html: a span inside another splits it in three", "[report][html]") {
  auto set = testing::Pack(kPack);
  Run run;
  run.files.push_back(Manual(set, "a.txt", "保本最低稳\n", {{1, {0, 15}}, {0, {3, 6}}}));
  std::string view = TextOf(View(run));
  CHECK(view == "<li>" + Mark("sev-warning", "f1-1", kWarnTitle, "保") +
                    "<mark class=\"sev-error overlap\" data-findings=\"f1-1 f1-2\" "
                    "aria-describedby=\"f1-1 f1-2\" tabindex=\"0\" title=\"" +
                    kWarnTitle + "&#10;" + kErrTitle + "\">本</mark>" +
                    Mark("sev-warning", "f1-1", kWarnTitle, "最低稳") + "</li>\n");
}

TEST_CASE("html: a span over a line break is marked on each line", "[report][html]") {
  auto set = testing::Pack(kPack);
  Run run;
  // CR LF line ends: the CR is not shown; the span 本\r\n保 covers both lines.
  run.files.push_back(Manual(set, "a.txt", "保本\r\n保息\r\n", {{0, {3, 11}}}));
  CHECK(TextOf(View(run)) == "<li>保" + Mark("sev-error", "f1-1", kErrTitle, "本") + "</li>\n<li>" +
                                 Mark("sev-error", "f1-1", kErrTitle, "保") + "息</li>\n");
}

TEST_CASE("html: an empty span is a point; a span inside a character widens to it",
          "[report][html]") {
  auto set = testing::Pack(kPack);
  Run run;
  run.files.push_back(Manual(set, "a.txt", "保本\n\n", {{0, {3, 3}}, {1, {1, 4}}}));
  std::string point =
      "<mark class=\"sev-error point\" data-findings=\"f1-1\" "
      "aria-describedby=\"f1-1\" tabindex=\"0\" title=\"" +
      std::string(kErrTitle) + "\"></mark>";
  // Byte 1 is inside 保: the cut moves to its start; 4 inside 本, to 3.
  CHECK(TextOf(View(run)) ==
        "<li>" + Mark("sev-warning", "f1-2", kWarnTitle, "保") + point + "本</li>\n<li></li>\n");
}

TEST_CASE(
    "html: the summary lists clean and unreadable files; only files with findings get "
    "a section",
    "[report][html]") {
  auto set = testing::Pack(kPack);
  Run run;
  run.files.push_back({});
  run.files[0].path = "clean.txt";  // its bytes dropped once checked, as check does
  run.files.push_back(Manual(set, "b.txt", "保本最低\n", {{0, {0, 6}}, {1, {6, 12}}}));
  run.files.push_back({});
  run.files[2].path = "bin.txt";
  run.files[2].error = "bin.txt:1:3: binary file <NUL>";
  std::string view = View(run);
  CHECK(view.find("<tr><td><code>clean.txt</code></td><td><span class=\"badge clean\">未发现问题"
                  "</span></td></tr>") != std::string::npos);
  CHECK(view.find("<tr><td><code><a href=\"#file-2\">b.txt</a></code></td><td><span class=\"badge "
                  "sev-error\">1 错误</span><span class=\"badge sev-warning\">1 警告</span>") !=
        std::string::npos);
  CHECK(view.find("<span class=\"error-text\">bin.txt:1:3: binary file &lt;NUL&gt;</span>") !=
        std::string::npos);
  CHECK(view.find("id=\"file-1\"") == std::string::npos);
  CHECK(view.find("id=\"file-2\"") != std::string::npos);
  CHECK(view.find("id=\"file-3\"") == std::string::npos);
  CHECK(view.find(
            "<tr><td>保本保收益承诺 <code>guaranteed-return</code></td><td class=\"n\">1</td>"
            "<td class=\"n zero\">0</td><td class=\"n zero\">0</td><td class=\"n\">1</td></tr>") !=
        std::string::npos);
}

TEST_CASE("html: fix buttons only on request, only for safe rewrites, by fingerprint",
          "[report][html]") {
  auto set = testing::Pack(kPack);
  Run run = Checked(set, "a.txt", "保本，日息0.05%\n");
  REQUIRE(run.files[0].findings.size() == 2);
  CHECK(View(run).find("class=\"apply\"") == std::string::npos);
  Options options;
  options.fix_buttons = true;
  std::string view = View(run, options);
  std::string fingerprint = Fingerprints(run.files[0])[1];
  CHECK(view.find("<button type=\"button\" class=\"apply\" data-fingerprint=\"" + fingerprint +
                  "\">应用此改写</button>") != std::string::npos);
  CHECK(view.find("class=\"apply\"") == view.rfind("class=\"apply\""));  // 保本's is not safe
}

TEST_CASE("html: English labels with --lang en", "[report][html]") {
  auto set = testing::Pack(kPack);
  Run run;
  run.files.push_back(Manual(set, "a.txt", "保本\n", {{0, {0, 6}}}));
  Options options;
  options.english = true;
  std::string view = View(run, options);
  CHECK(view.find("<span class=\"where\" tabindex=\"0\" title=\"Show in the text\">line 1, column 1"
                  "</span>") != std::string::npos);
  CHECK(view.find("<dt>Basis</dt>") != std::string::npos);
}

TEST_CASE("html: the serve page allows its own scripts and fetches to its origin only",
          "[report][html]") {
  Options options;
  options.version = "9.9";
  std::string page = ServePage(options);
  CHECK(page.find("<textarea id=\"input\"") != std::string::npos);
  CHECK(page.find("connect-src 'self'") != std::string::npos);
  CHECK(ServePolicy().find("frame-ancestors 'none'") != std::string::npos);
  size_t scripts = 0;
  for (size_t at = page.find("<script>"); at != std::string::npos;
       at = page.find("<script>", at + 1)) {
    ++scripts;
  }
  CHECK(scripts == 2);
  std::string policy = ServePolicy();
  size_t hashes = 0;
  for (size_t at = policy.find("'sha256-"); at != std::string::npos;
       at = policy.find("'sha256-", at + 1)) {
    ++hashes;
  }
  CHECK(hashes == 3);  // the style and the two scripts
}

}  // namespace finlint::report

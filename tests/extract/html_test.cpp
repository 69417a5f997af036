// HTML extraction: text nodes and alt/title as a reader sees them, entities decoded, and every
// finding at its exact line and column of the .html file.
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
)";

std::vector<Located> Html(std::string_view html) {
  static const rules::RuleSet set = Pack(kPack);
  return CheckInput(set, html, As(extract::InputType::kHtml));
}
}  // namespace

TEST_CASE("findings behind entities point at their own bytes", "[extract][html]") {
  // Columns count the entities' letters: they are characters of the file.
  CHECK(Html("<p>a&amp;b&nbsp;c 保本</p>\n") == std::vector<Located>{{"保本", 1, 19}});
  CHECK(Html("<p>理财&lt;x&gt;\n  稳赚！</p>\n") == std::vector<Located>{{"稳赚", 2, 3}});
}

TEST_CASE("a claim spelled with entities is found, and covers them", "[extract][html]") {
  CHECK(Html("<p>这款&#x4FDD;&#26412;理财</p>") ==
        std::vector<Located>{{"&#x4FDD;&#26412;", 1, 6}});
  CHECK(Html("<p>承诺保&nbsp;本！</p>") == std::vector<Located>{{"保&nbsp;本", 1, 6}});
}

TEST_CASE("ambiguous ampersands are aligned by what follows", "[extract][html]") {
  // "&amp;amp;" is "&amp;" to a reader; "&notit;" is "¬it;" (a legacy entity without ';');
  // "& " is a literal ampersand.
  CHECK(Html("<p>&amp;amp;保本</p>") == std::vector<Located>{{"保本", 1, 13}});
  CHECK(Html("<p>&notit;保本</p>") == std::vector<Located>{{"保本", 1, 11}});
  CHECK(Html("<p>A & B 保本</p>") == std::vector<Located>{{"保本", 1, 10}});
}

TEST_CASE("CR LF line ends and tags gumbo drops keep positions", "[extract][html]") {
  CHECK(Html("<p>第一行\r\n第二行保本</p>\r\n") == std::vector<Located>{{"保本", 2, 4}});
  // </foo> closes nothing, so gumbo merges the text around it into one node.
  CHECK(Html("<p>a</foo>b保本</p>") == std::vector<Located>{{"保本", 1, 12}});
}

TEST_CASE("inline elements do not split words; the span covers the markup", "[extract][html]") {
  CHECK(Html("<p>这款<b>保</b>本<span>理财</span></p>") ==
        std::vector<Located>{{"保</b>本", 1, 9}});
  CHECK(Html("<p><a href=\"/x\">保本</a>理财</p>") == std::vector<Located>{{"保本", 1, 17}});
}

TEST_CASE("block elements and <br> end a line: no claim across them", "[extract][html]") {
  CHECK(Html("<p>保</p><p>本</p>").empty());
  CHECK(Html("<div>保<br>本</div>").empty());
  CHECK(Html("<table><tr><td>保</td><td>本</td></tr></table>").empty());
  CHECK(Html("<ul><li>保</li><li>本</li></ul>").empty());
}

TEST_CASE("alt and title are read as their own blocks", "[extract][html]") {
  CHECK(Html("<p>图：<img src=\"a.png\" alt=\"保本理财\"></p>") ==
        std::vector<Located>{{"保本", 1, 28}});
  CHECK(Html("<p title='稳赚&amp;不赔'>正文</p>") == std::vector<Located>{{"稳赚", 1, 11}});
  // An image between 保 and 本 does not join them, and its alt does not split 理财保本.
  CHECK(Html("<p>保<img alt=\"x\">本</p>") == std::vector<Located>{{"保<img alt=\"x\">本", 1, 4}});
  CHECK(Html("<p>保<img alt=\"本\"></p>").empty());
}

TEST_CASE("findings are reported in file order, alt text included", "[extract][html]") {
  CHECK(Html("<p>A<img alt=\"稳赚\">B 保本</p>") ==
        std::vector<Located>{{"稳赚", 1, 15}, {"保本", 1, 21}});
}

TEST_CASE("titles and shown meta descriptions are read", "[extract][html]") {
  CHECK(Html("<html><head><title>稳赚</title>\n"
             "<meta name=\"description\" content=\"保本\">\n"
             "<meta name=\"keywords\" content=\"保本\"></head></html>") ==
        std::vector<Located>{{"稳赚", 1, 20}, {"保本", 2, 35}});
}

TEST_CASE("scripts, styles, templates, comments and ruby annotations are skipped",
          "[extract][html]") {
  CHECK(Html("<script>var a = '保本';</script>\n"
             "<style>p::after { content: '保本' }</style>\n"
             "<template><p>保本</p></template>\n"
             "<!-- 保本 -->\n"
             "<iframe>保本</iframe>\n"
             "<p>正常内容</p>\n")
            .empty());
  // The pinyin above the characters is not copy; 保本 under it is.
  CHECK(Html("<ruby>保<rt>bǎo</rt>本<rt>běn</rt></ruby>") ==
        std::vector<Located>{{"保<rt>bǎo</rt>本", 1, 7}});
}

TEST_CASE("noscript content is read: readers without JavaScript see it", "[extract][html]") {
  CHECK(Html("<body><noscript><p>保本</p></noscript></body>") ==
        std::vector<Located>{{"保本", 1, 20}});
}

TEST_CASE("a UTF-8 BOM before the HTML does not shift columns", "[extract][html]") {
  CHECK(Html("\xEF\xBB\xBF<p>保本</p>") == std::vector<Located>{{"保本", 1, 4}});
}

TEST_CASE("a numeric reference too large for gumbo reads as U+FFFD", "[extract][html]") {
  // gumbo overflows on it and wrote a byte that is not UTF-8, which ICU cannot fold.
  extract::Extracted e;
  REQUIRE(extract::Extract("t", "<p title=\"&#x4FAAAAAAAAAAAA\">&#x4FAAAAAAAAAAAA;保本</p>",
                           extract::InputType::kHtml, &e)
              .ok());
  CHECK(e.text == "\xEF\xBF\xBD保本\n\xEF\xBF\xBD\n");
  CHECK(Html("<p>&#x4FAAAAAAAAAAAA;保本</p>") == std::vector<Located>{{"保本", 1, 22}});
}

TEST_CASE("an HTML file is found by its extension", "[extract][html]") {
  CHECK(extract::TypeForPath("a/Post.HTML") == extract::InputType::kHtml);
  CHECK(extract::TypeForPath("post.htm") == extract::InputType::kHtml);
  extract::InputType t;
  CHECK((extract::ParseInputType("html", &t) && t == extract::InputType::kHtml));
}

}  // namespace finlint::testing

// Escaping for GitHub workflow commands, XML and URIs (report/escape.h).
#include "finlint/report/escape.h"

#include <catch2/catch.hpp>

namespace finlint::report {

TEST_CASE("GitHub data escapes %, CR and LF, and leaves : and , alone", "[report]") {
  CHECK(GithubData("100%保本") == "100%25保本");
  CHECK(GithubData("a\r\nb\nc") == "a%0D%0Ab%0Ac");
  CHECK(GithubData("a: b, c") == "a: b, c");
  CHECK(GithubData("%0A") == "%250A");  // an escape in the input is not read as one
}

TEST_CASE("GitHub properties also escape : and ,", "[report]") {
  CHECK(GithubProperty("posts/草稿 1,终稿:v2.md") == "posts/草稿 1%2C终稿%3Av2.md");
  CHECK(GithubProperty("a%b\nc") == "a%25b%0Ac");
  CHECK(GithubProperty("guaranteed-return/principal") == "guaranteed-return/principal");
}

TEST_CASE("XML text escapes markup and keeps the document well-formed", "[report]") {
  CHECK(XmlText("<条件>&期限") == "&lt;条件&gt;&amp;期限");
  CHECK(XmlText("say \"hi\" 'x'") == "say \"hi\" 'x'");  // quotes are fine in text
  CHECK(XmlText("a\r\nb\tc") == "a&#13;\nb\tc");
  // Controls XML 1.0 forbids, U+FFFE and bytes that are not UTF-8 become U+FFFD.
  CHECK(XmlText(std::string("a\0b\x1b", 4)) ==
        "a\xEF\xBF\xBD"
        "b\xEF\xBF\xBD");
  CHECK(XmlText("\xEF\xBF\xBE") == "\xEF\xBF\xBD");
  CHECK(XmlText("\xFF保\xE4\xBF") == "\xEF\xBF\xBD保\xEF\xBF\xBD");
  CHECK(XmlText("🎉保本") == "🎉保本");
}

TEST_CASE("XML attributes also escape quotes, tab and line breaks", "[report]") {
  CHECK(XmlAttribute("a \"no fee\" & 'b'") == "a &quot;no fee&quot; &amp; &apos;b&apos;");
  CHECK(XmlAttribute("a\tb\nc\rd") == "a&#9;b&#10;c&#13;d");
  CHECK(XmlAttribute("<x>") == "&lt;x&gt;");
}

TEST_CASE("URI paths percent-encode all but unreserved characters and /", "[report]") {
  CHECK(UriPath("posts/a-b_c.~1.md") == "posts/a-b_c.~1.md");
  CHECK(UriPath("草稿 1,终稿:v2.md") == "%E8%8D%89%E7%A8%BF%201%2C%E7%BB%88%E7%A8%BF%3Av2.md");
  CHECK(UriPath("a%b#c?d") == "a%25b%23c%3Fd");
}

}  // namespace finlint::report

// Decode: UTF-8 with or without BOM, GB18030 (GBK) by request or by detection; invalid bytes
// and NUL are per-file errors with positions.
#include "finlint/decode/decode.h"

#include <catch2/catch.hpp>

namespace finlint::decode {

namespace {
// 保本 in GBK is B1A3 B1BE; 理财 is C0ED B2C6.
constexpr std::string_view kGbkPost = "\xB1\xA3\xB1\xBE\xC0\xED\xB2\xC6\n";
}  // namespace

TEST_CASE("a BOM is skipped and remembered", "[decode]") {
  Decoded d;
  REQUIRE(Decode("a.txt", "\xEF\xBB\xBF保本", Encoding::kAuto, &d).ok());
  CHECK(d.offset == 3);
  CHECK(d.text == "保本");
  CHECK(d.encoding == "utf-8");
  CHECK(d.ToOriginal({0, 3}) == Span{3, 6});
}

TEST_CASE("plain UTF-8 passes through as a view", "[decode]") {
  std::string_view bytes = "年化利率3.6%";
  Decoded d;
  REQUIRE(Decode("a.txt", bytes, Encoding::kAuto, &d).ok());
  CHECK(d.offset == 0);
  CHECK(d.text.data() == bytes.data());
}

TEST_CASE("invalid UTF-8 names the line, column and byte", "[decode]") {
  Decoded d;
  auto r = Decode("a.txt", "第一行\n保本\xC3(x", Encoding::kAuto, &d);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().ToString() ==
        "a.txt:2:3: invalid UTF-8 (byte 0xC3 at offset 16); save the file as UTF-8");
}

TEST_CASE("with --encoding utf-8, GBK bytes are an error", "[decode]") {
  Decoded d;
  auto r = Decode("gbk.txt", kGbkPost, Encoding::kUtf8, &d);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().ToString() ==
        "gbk.txt:1:1: invalid UTF-8 (byte 0xB1 at offset 0); save the file as UTF-8");
}

TEST_CASE("auto reads GBK Chinese as GB18030, mapping each character to its two bytes",
          "[decode]") {
  Decoded d;
  REQUIRE(Decode("gbk.txt", kGbkPost, Encoding::kAuto, &d).ok());
  CHECK(d.encoding == "gb18030");
  CHECK(d.text == "保本理财\n");
  CHECK(d.ToOriginal({3, 6}) == Span{2, 4});    // 本
  CHECK(d.ToOriginal({6, 12}) == Span{4, 8});   // 理财
  CHECK(d.ToOriginal({12, 13}) == Span{8, 9});  // the line feed
}

TEST_CASE("GB18030 offsets stay right across ASCII, CRLF and four-byte characters", "[decode]") {
  // "A保\r\n😀本": 😀 U+1F600 is the four bytes 9439FC36 in GB18030 and four in UTF-8.
  std::string_view bytes = "A\xB1\xA3\r\n\x94\x39\xFC\x36\xB1\xBE";
  Decoded d;
  REQUIRE(Decode("x.txt", bytes, Encoding::kGb18030, &d).ok());
  CHECK(d.text == "A保\r\n😀本");
  CHECK(d.ToOriginal({0, 1}) == Span{0, 1});     // A
  CHECK(d.ToOriginal({4, 6}) == Span{3, 5});     // CR LF
  CHECK(d.ToOriginal({6, 10}) == Span{5, 9});    // 😀
  CHECK(d.ToOriginal({10, 13}) == Span{9, 11});  // 本
}

TEST_CASE("a GB18030 BOM is dropped", "[decode]") {
  Decoded d;
  REQUIRE(Decode("x.txt", "\x84\x31\x95\x33\xB1\xA3", Encoding::kGb18030, &d).ok());
  CHECK(d.text == "保");
  CHECK(d.ToOriginal({0, 3}) == Span{4, 6});
}

TEST_CASE("invalid UTF-8 that is not Chinese GBK stays an error under auto", "[decode]") {
  Decoded d;
  // Latin-1 "café": 0xE9 0x66 is valid GBK, but not the GB2312 Chinese a post is written in.
  auto latin1 = Decode("l.txt", "caf\xE9 au lait", Encoding::kAuto, &d);
  REQUIRE_FALSE(latin1.ok());
  CHECK(latin1.error().message.find("invalid UTF-8 (byte 0xE9 at offset 3)") == 0);
  // 0xFF is never GB18030.
  auto junk = Decode("j.txt", "\xB1\xA3\xFF", Encoding::kAuto, &d);
  REQUIRE_FALSE(junk.ok());
  CHECK(junk.error().message.find("invalid UTF-8") == 0);
}

TEST_CASE("with --encoding gb18030, a bad sequence names its line, column and byte", "[decode]") {
  Decoded d;
  auto r = Decode("g.txt", "\xB1\xA3\n\xB1\xBE\xFF", Encoding::kGb18030, &d);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().ToString() == "g.txt:2:2: invalid GB18030 (byte 0xFF at offset 5)");
}

TEST_CASE("a UTF-8 BOM means UTF-8: no GB18030 guess after it", "[decode]") {
  Decoded d;
  auto r = Decode("b.txt", "\xEF\xBB\xBF\xB1\xA3\xB1\xBE", Encoding::kAuto, &d);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().message.find("invalid UTF-8 (byte 0xB1 at offset 3)") == 0);
}

TEST_CASE("a NUL byte marks a binary file", "[decode]") {
  Decoded d;
  auto r = Decode("x.bin", std::string_view("ab\0cd", 5), Encoding::kAuto, &d);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().ToString() ==
        "x.bin:1:3: binary file (NUL byte at offset 2); finlint reads UTF-8 or GB18030 text");
}

TEST_CASE("an empty file is valid and empty", "[decode]") {
  Decoded d;
  REQUIRE(Decode("e.txt", "", Encoding::kAuto, &d).ok());
  CHECK(d.text.empty());
}

TEST_CASE("encoding names", "[decode]") {
  Encoding e;
  CHECK((ParseEncoding("gb18030", &e) && e == Encoding::kGb18030));
  CHECK((ParseEncoding("gbk", &e) && e == Encoding::kGb18030));
  CHECK((ParseEncoding("utf-8", &e) && e == Encoding::kUtf8));
  CHECK((ParseEncoding("auto", &e) && e == Encoding::kAuto));
  CHECK_FALSE(ParseEncoding("big5", &e));
}

}  // namespace finlint::decode

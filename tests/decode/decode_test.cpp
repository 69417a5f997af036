// Decode: UTF-8 with or without BOM; invalid bytes and NUL are per-file errors with positions.
#include "finlint/decode/decode.h"

#include <catch2/catch.hpp>

namespace finlint::decode {

TEST_CASE("a BOM is skipped and remembered", "[decode]") {
  auto d = Decode("a.txt", "\xEF\xBB\xBF保本");
  REQUIRE(d.ok());
  CHECK(d->offset == 3);
  CHECK(d->text == "保本");
}

TEST_CASE("plain UTF-8 passes through as a view", "[decode]") {
  std::string_view bytes = "年化利率3.6%";
  auto d = Decode("a.txt", bytes);
  REQUIRE(d.ok());
  CHECK(d->offset == 0);
  CHECK(d->text.data() == bytes.data());
}

TEST_CASE("invalid UTF-8 names the line, column and byte", "[decode]") {
  auto d = Decode("a.txt", "第一行\n保本\xC3(x");
  REQUIRE_FALSE(d.ok());
  CHECK(d.error().ToString() ==
        "a.txt:2:3: invalid UTF-8 (byte 0xC3 at offset 16); save the file as UTF-8");
}

TEST_CASE("GBK bytes are not mistaken for UTF-8", "[decode]") {
  auto d = Decode("gbk.txt", "\xB1\xA3\xB1\xBE");  // 保本 in GBK
  REQUIRE_FALSE(d.ok());
  CHECK(d.error().line == 1);
  CHECK(d.error().col == 1);
}

TEST_CASE("a NUL byte marks a binary file", "[decode]") {
  auto d = Decode("x.bin", std::string_view("ab\0cd", 5));
  REQUIRE_FALSE(d.ok());
  CHECK(d.error().message.find("binary file") == 0);
}

TEST_CASE("an empty file is valid and empty", "[decode]") {
  auto d = Decode("e.txt", "");
  REQUIRE(d.ok());
  CHECK(d->text.empty());
}

}  // namespace finlint::decode

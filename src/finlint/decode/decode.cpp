// UTF-8 validation and BOM handling; see decode.h.
#include "finlint/decode/decode.h"

#include <unicode/utf8.h>

#include <cstdio>

namespace finlint::decode {
namespace {

// 1-based line and column (in code points) of a byte offset in text known valid up to it.
void LineCol(std::string_view s, size_t offset, int* line, int* col) {
  *line = 1;
  *col = 1;
  for (size_t i = 0; i < offset; ++i) {
    if (s[i] == '\n') {
      ++*line;
      *col = 1;
    } else if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      ++*col;
    }
  }
}

}  // namespace

size_t FindInvalidUtf8(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t n = static_cast<int32_t>(s.size());
  int32_t i = 0;
  while (i < n) {
    if (p[i] < 0x80) {  // ASCII fast path
      ++i;
      continue;
    }
    int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) return static_cast<size_t>(start);
  }
  return std::string_view::npos;
}

Result<Decoded> Decode(std::string_view path, std::string_view bytes) {
  Decoded d{bytes, 0};
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    d.text = bytes.substr(3);
    d.offset = 3;
  }
  if (size_t nul = d.text.find('\0'); nul != std::string_view::npos) {
    int line, col;
    LineCol(d.text, nul, &line, &col);
    return Error{std::string(path), line, col,
                 "binary file (NUL byte at offset " + std::to_string(nul + d.offset) +
                     "); finlint reads UTF-8 text"};
  }
  if (size_t bad = FindInvalidUtf8(d.text); bad != std::string_view::npos) {
    int line, col;
    LineCol(d.text, bad, &line, &col);
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(d.text[bad]));
    return Error{std::string(path), line, col,
                 std::string("invalid UTF-8 (byte ") + hex + " at offset " +
                     std::to_string(bad + d.offset) + "); save the file as UTF-8"};
  }
  return d;
}

}  // namespace finlint::decode

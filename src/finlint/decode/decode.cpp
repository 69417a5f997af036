// UTF-8 validation, BOM handling and GB18030 conversion; see decode.h.
#include "finlint/decode/decode.h"

#include <unicode/ucnv.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <cstdio>
#include <memory>
#include <vector>

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

std::string Hex(unsigned char byte) {
  char hex[8];
  std::snprintf(hex, sizeof hex, "0x%02X", byte);
  return hex;
}

// The bytes as UTF-16 with, for each unit, the offset of the bytes it came from.
struct Utf16 {
  std::vector<UChar> units;
  std::vector<int32_t> offsets;
  size_t bad = std::string_view::npos;  // offset of the first illegal or truncated sequence
};

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};

// Converts GB18030 bytes with ICU, stopping at the first byte sequence that is not GB18030.
// Returns false only when ICU itself fails (no converter data).
bool FromGb18030(std::string_view bytes, Utf16* out) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> conv(ucnv_open("GB18030", &status));
  if (U_FAILURE(status)) return false;
  ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  if (U_FAILURE(status)) return false;
  // One byte yields at most one unit, a four-byte sequence at most two.
  out->units.resize(bytes.size() + 1);
  out->offsets.resize(bytes.size() + 1);
  UChar* target = out->units.data();
  const char* source = bytes.data();
  ucnv_toUnicode(conv.get(), &target, out->units.data() + out->units.size(), &source,
                 bytes.data() + bytes.size(), out->offsets.data(), /*flush=*/true, &status);
  size_t n = static_cast<size_t>(target - out->units.data());
  out->units.resize(n);
  out->offsets.resize(n);
  if (status == U_ILLEGAL_CHAR_FOUND || status == U_INVALID_CHAR_FOUND ||
      status == U_TRUNCATED_CHAR_FOUND) {
    char invalid[32];
    int8_t len = sizeof invalid;
    UErrorCode ignored = U_ZERO_ERROR;
    ucnv_getInvalidChars(conv.get(), invalid, &len, &ignored);
    out->bad = static_cast<size_t>(source - bytes.data()) - static_cast<size_t>(len);
    return true;
  }
  return U_SUCCESS(status);
}

// Whether converted GB18030 reads as Chinese: nine in ten of the non-ASCII characters are
// two-byte GB2312 characters (rows 0xA1–0xF7). Latin-1 or random bytes that happen to be
// valid GB18030 mostly pair a high byte with an ASCII one and fail this.
bool LooksChinese(std::string_view bytes, const Utf16& u) {
  size_t non_ascii = 0, gb2312 = 0;
  for (size_t k = 0; k < u.units.size(); ++k) {
    if (u.units[k] < 0x80 || U16_IS_TRAIL(u.units[k])) continue;
    size_t begin = static_cast<size_t>(u.offsets[k]);
    size_t end = k + 1 < u.units.size() ? static_cast<size_t>(u.offsets[k + 1]) : bytes.size();
    if (U16_IS_LEAD(u.units[k])) {
      end = k + 2 < u.units.size() ? static_cast<size_t>(u.offsets[k + 2]) : bytes.size();
    }
    ++non_ascii;
    auto lead = static_cast<unsigned char>(bytes[begin]);
    auto trail = static_cast<unsigned char>(end - begin == 2 ? bytes[begin + 1] : 0);
    if (end - begin == 2 && lead >= 0xA1 && lead <= 0xF7 && trail >= 0xA1 && trail <= 0xFE) {
      ++gb2312;
    }
  }
  return non_ascii > 0 && gb2312 * 10 >= non_ascii * 9;
}

// UTF-16 → UTF-8 into out->owned, mapping each character to its original bytes. A leading
// U+FEFF (GB18030's BOM, 84 31 95 33) is dropped.
void ToUtf8(std::string_view bytes, const Utf16& u, Decoded* out) {
  out->owned.clear();
  out->owned.reserve(bytes.size() + bytes.size() / 2);
  size_t n = u.units.size();
  size_t k = 0;
  while (k < n) {
    size_t start = k;
    UChar32 c;
    U16_NEXT(u.units.data(), k, n, c);
    size_t src = static_cast<size_t>(u.offsets[start]);
    size_t src_end = k < n ? static_cast<size_t>(u.offsets[k]) : bytes.size();
    if (start == 0 && c == 0xFEFF) continue;
    char buf[U8_MAX_LENGTH];
    int32_t len = 0;
    U8_APPEND_UNSAFE(buf, len, c);
    out->map.Add(out->owned.size(), src, static_cast<size_t>(len), src_end - src);
    out->owned.append(buf, static_cast<size_t>(len));
  }
}

Error InvalidUtf8(std::string_view path, const Decoded& d, size_t bad) {
  int line, col;
  LineCol(d.text, bad, &line, &col);
  return Error{std::string(path), line, col,
               "invalid UTF-8 (byte " + Hex(static_cast<unsigned char>(d.text[bad])) +
                   " at offset " + std::to_string(bad + d.offset) + "); save the file as UTF-8"};
}

Error InvalidGb18030(std::string_view path, std::string_view bytes, const Utf16& u) {
  // Lines: GB18030 never uses 0x0A inside a character. Columns: characters converted so far.
  int line = 1, col = 1;
  for (size_t k = 0; k < u.units.size(); ++k) {
    if (U16_IS_TRAIL(u.units[k])) continue;
    if (u.units[k] == '\n') {
      ++line;
      col = 1;
    } else {
      ++col;
    }
  }
  return Error{std::string(path), line, col,
               "invalid GB18030 (byte " + Hex(static_cast<unsigned char>(bytes[u.bad])) +
                   " at offset " + std::to_string(u.bad) + ")"};
}

}  // namespace

bool ParseEncoding(std::string_view name, Encoding* encoding) {
  if (name == "auto") {
    *encoding = Encoding::kAuto;
  } else if (name == "utf-8" || name == "utf8") {
    *encoding = Encoding::kUtf8;
  } else if (name == "gb18030" || name == "gbk") {
    *encoding = Encoding::kGb18030;
  } else {
    return false;
  }
  return true;
}

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

Result<bool> Decode(std::string_view path, std::string_view bytes, Encoding encoding,
                    Decoded* out) {
  out->text = bytes;
  out->encoding = "utf-8";
  out->offset = 0;
  out->owned.clear();
  out->map = OffsetMap();
  // Before the NUL check: UTF-16 holds NUL bytes too, but it is text saved the wrong way.
  if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF") {
    return Error{std::string(path), 1, 1,
                 std::string("UTF-16 text (byte order mark ") +
                     (bytes[0] == '\xFF' ? "0xFF 0xFE" : "0xFE 0xFF") +
                     "); save the file as UTF-8"};
  }
  if (size_t nul = bytes.find('\0'); nul != std::string_view::npos) {
    size_t bom = bytes.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    int line, col;
    LineCol(bytes.substr(bom), nul - bom, &line, &col);
    return Error{std::string(path), line, col,
                 "binary file (NUL byte at offset " + std::to_string(nul) + "); finlint reads " +
                     (encoding == Encoding::kUtf8 ? "UTF-8" : "UTF-8 or GB18030") + " text"};
  }
  size_t bad_utf8 = std::string_view::npos;
  if (encoding != Encoding::kGb18030) {
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
      out->text = bytes.substr(3);
      out->offset = 3;
    }
    bad_utf8 = FindInvalidUtf8(out->text);
    if (bad_utf8 == std::string_view::npos) return true;
    // A UTF-8 BOM declares UTF-8: no second guess.
    if (encoding == Encoding::kUtf8 || out->offset == 3) return InvalidUtf8(path, *out, bad_utf8);
  }
  Utf16 u;
  if (!FromGb18030(bytes, &u)) {
    return Error{std::string(path), 0, 0, "ICU has no GB18030 converter (a broken ICU install)"};
  }
  bool ok = u.bad == std::string_view::npos;
  if (encoding == Encoding::kAuto && (!ok || !LooksChinese(bytes, u))) {
    return InvalidUtf8(path, *out, bad_utf8);
  }
  if (!ok) return InvalidGb18030(path, bytes, u);
  ToUtf8(bytes, u, out);
  out->text = out->owned;
  out->encoding = "gb18030";
  out->offset = 0;
  return true;
}

}  // namespace finlint::decode

// Stage 1: bytes of a file → UTF-8 text. UTF-8 (with or without a BOM) is read as is, a view
// into the bytes; GB18030 (and so GBK and GB2312, its subsets) is converted with ICU's
// converter, keeping a map back to the original bytes. Anything else is a clear per-file
// error with the position of the first bad byte.
#pragma once

#include <string>
#include <string_view>

#include "finlint/core/offset_map.h"
#include "finlint/core/result.h"
#include "finlint/core/span.h"

namespace finlint::decode {

enum class Encoding {
  kAuto,     // UTF-8 when valid; else GB18030 when the whole file converts and reads as Chinese
  kUtf8,     // UTF-8 only
  kGb18030,  // GB18030 only (a superset of GBK and GB2312)
};

// Parses "auto" / "utf-8" (or "utf8") / "gb18030" (or "gbk"); false for an unknown name.
bool ParseEncoding(std::string_view name, Encoding* encoding);

struct Decoded {
  std::string_view text;  // valid UTF-8 without a BOM: a view into the bytes or into `owned`
  std::string_view encoding = "utf-8";  // what the bytes were read as: "utf-8" or "gb18030"
  size_t offset = 0;                    // UTF-8: bytes skipped at the start (3 for a BOM)
  std::string owned;                    // the converted text when the bytes were not UTF-8
  OffsetMap map;  // converted text → original bytes (used only when `owned` holds the text)

  // Where a span of `text` lies in the original bytes.
  Span ToOriginal(Span s) const {
    if (encoding != "utf-8") return map.Map(s);
    return {s.begin + offset, s.end + offset};
  }

  Decoded() = default;
  Decoded(const Decoded&) = delete;
  Decoded& operator=(const Decoded&) = delete;
};

// Decodes `bytes`; `path` only names the file in errors. For UTF-8, `out->text` points into
// `bytes`, which must outlive `out`. A NUL byte is a binary file, an error in every encoding.
Result<bool> Decode(std::string_view path, std::string_view bytes, Encoding encoding, Decoded* out);

// Position of the first byte that is not valid UTF-8, or npos.
size_t FindInvalidUtf8(std::string_view s);

}  // namespace finlint::decode

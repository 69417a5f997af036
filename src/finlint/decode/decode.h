// Stage 1: bytes of a file → UTF-8 text. Only UTF-8 (with or without a BOM) is accepted;
// anything else is a clear per-file error with the position of the first bad byte.
#pragma once

#include <string_view>

#include "finlint/core/result.h"

namespace finlint::decode {

struct Decoded {
  std::string_view text;  // valid UTF-8, a view into the caller's bytes (BOM excluded)
  size_t offset = 0;      // bytes skipped at the start of the original (3 for a BOM)
};

// `path` only names the file in errors. The returned view points into `bytes`.
Result<Decoded> Decode(std::string_view path, std::string_view bytes);

// Position of the first byte that is not valid UTF-8, or npos.
size_t FindInvalidUtf8(std::string_view s);

}  // namespace finlint::decode

// The Traditional→Simplified folding table, generated at build time from OpenCC
// (tools/t2s_table.cpp): sorted by `from`, BMP code points only, one to one.
#pragma once

#include <cstddef>

namespace finlint::normalize {

struct T2sPair {
  char16_t from, to;
};
extern const T2sPair kT2s[];
extern const size_t kT2sSize;

}  // namespace finlint::normalize

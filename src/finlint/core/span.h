// A half-open byte range. Which text it indexes (original, extracted or folded) is
// stated wherever a Span is stored.
#pragma once

#include <cstddef>

namespace finlint {

struct Span {
  size_t begin = 0;  // first byte
  size_t end = 0;    // one past the last byte

  size_t size() const { return end - begin; }
  bool Contains(const Span& o) const { return begin <= o.begin && o.end <= end; }
  bool Overlaps(const Span& o) const { return begin < o.end && o.begin < end; }
  friend bool operator==(const Span& a, const Span& b) {
    return a.begin == b.begin && a.end == b.end;
  }
};

}  // namespace finlint

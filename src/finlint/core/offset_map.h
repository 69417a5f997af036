// Maps byte positions of a derived text (extracted or folded) back to its source text.
// Sparse: only the places where the derivation changed a length or jumped in the source
// are recorded; positions in between map linearly. Lookups are binary searches.
#pragma once

#include <cstddef>
#include <vector>

#include "finlint/core/span.h"

namespace finlint {

class OffsetMap {
 public:
  // Records that derived bytes [dst, dst+dst_len) came from source bytes [src, src+src_len).
  // dst_len == src_len == 0 marks a jump: derived text at dst continues at source src.
  // Calls must come in increasing dst order.
  void Add(size_t dst, size_t src, size_t dst_len, size_t src_len);

  // Source position of derived position `pos` taken as the start of a range.
  size_t MapBegin(size_t pos) const;
  // Source position of derived position `pos` taken as the (exclusive) end of a range.
  size_t MapEnd(size_t pos) const;
  Span Map(Span s) const { return {MapBegin(s.begin), MapEnd(s.end)}; }

  size_t segments() const { return segs_.size(); }

 private:
  struct Seg {
    size_t dst, src, dst_len, src_len;
  };
  size_t Linear(const Seg* s, size_t pos) const;
  std::vector<Seg> segs_;
};

}  // namespace finlint

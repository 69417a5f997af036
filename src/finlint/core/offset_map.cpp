// Sparse offset map; see offset_map.h.
#include "finlint/core/offset_map.h"

#include <algorithm>

namespace finlint {

void OffsetMap::Add(size_t dst, size_t src, size_t dst_len, size_t src_len) {
  // An identity segment that continues the previous mapping adds nothing.
  if (dst_len == src_len && Linear(segs_.empty() ? nullptr : &segs_.back(), dst) == src) return;
  segs_.push_back({dst, src, dst_len, src_len});
}

size_t OffsetMap::Linear(const Seg* s, size_t pos) const {
  if (s == nullptr) return pos;
  return s->src + s->src_len + (pos - s->dst - s->dst_len);
}

size_t OffsetMap::MapBegin(size_t pos) const {
  // Last segment starting at or before pos.
  auto it = std::upper_bound(segs_.begin(), segs_.end(), pos,
                             [](size_t p, const Seg& s) { return p < s.dst; });
  if (it == segs_.begin()) return pos;
  const Seg& s = *(it - 1);
  if (pos < s.dst + s.dst_len) return s.dst_len == s.src_len ? s.src + (pos - s.dst) : s.src;
  return Linear(&s, pos);
}

size_t OffsetMap::MapEnd(size_t pos) const {
  // Last segment starting strictly before pos: an end never belongs to what follows it.
  auto it = std::lower_bound(segs_.begin(), segs_.end(), pos,
                             [](const Seg& s, size_t p) { return s.dst < p; });
  if (it == segs_.begin()) return pos;
  const Seg& s = *(it - 1);
  if (pos <= s.dst + s.dst_len) {
    return s.dst_len == s.src_len ? s.src + (pos - s.dst) : s.src + s.src_len;
  }
  return Linear(&s, pos);
}

}  // namespace finlint

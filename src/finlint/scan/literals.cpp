// See literals.h.
#include "finlint/scan/literals.h"

#include <unicode/utf8.h>

#include <algorithm>

namespace finlint::scan {

namespace {

// Decodes the character at `i` and advances past it. Ill-formed bytes decode as a value no
// literal contains, so they never match and never stop the scan.
char32_t Next(std::string_view s, size_t* i) {
  int32_t at = static_cast<int32_t>(*i);
  UChar32 c;
  U8_NEXT(s.data(), at, static_cast<int32_t>(s.size()), c);
  *i = static_cast<size_t>(at);
  return c < 0 ? 0x110000 : static_cast<char32_t>(c);
}

}  // namespace

int32_t LiteralIndex::Child(int32_t node, char32_t c) const {
  if (node == 0) {
    if (c < first_bmp_.size()) return first_bmp_[c];
    if (c < 0x10000) return 0;
  }
  const auto& next = nodes_[static_cast<size_t>(node)].next;
  auto it = std::lower_bound(next.begin(), next.end(), std::pair<char32_t, int32_t>{c, 0},
                             [](const auto& a, const auto& b) { return a.first < b.first; });
  return it != next.end() && it->first == c ? it->second : 0;
}

int32_t LiteralIndex::AddChild(int32_t node, char32_t c) {
  if (int32_t found = Child(node, c)) return found;
  auto id = static_cast<int32_t>(nodes_.size());
  nodes_.emplace_back();
  if (node == 0 && c < 0x10000) {
    if (first_bmp_.size() <= c) first_bmp_.resize(c + 1, 0);
    first_bmp_[c] = id;
    return id;
  }
  auto& next = nodes_[static_cast<size_t>(node)].next;
  auto it = std::lower_bound(next.begin(), next.end(), std::pair<char32_t, int32_t>{c, 0},
                             [](const auto& a, const auto& b) { return a.first < b.first; });
  next.insert(it, {c, id});
  return id;
}

void LiteralIndex::Add(std::string_view literal, int id) {
  int32_t node = 0;
  size_t i = 0;
  while (i < literal.size()) node = AddChild(node, Next(literal, &i));
  if (node != 0) nodes_[static_cast<size_t>(node)].ids.push_back(id);
}

void LiteralIndex::FindAll(std::string_view text, std::vector<Hit>* out) const {
  if (empty()) return;
  size_t i = 0;
  while (i < text.size()) {
    size_t start = i;
    int32_t node = Child(0, Next(text, &i));
    size_t after_first = i;
    size_t j = i;
    while (node != 0) {
      for (int id : nodes_[static_cast<size_t>(node)].ids) out->push_back({id, {start, j}});
      if (j >= text.size()) break;
      node = Child(node, Next(text, &j));
    }
    i = after_first;
  }
}

}  // namespace finlint::scan

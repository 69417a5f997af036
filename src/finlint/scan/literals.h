// Every occurrence of many literal strings in one pass: a trie over code points, entered at
// each character of the text through a table indexed by that character. Building it for the
// builtin rules takes well under a millisecond, where an RE2::Set over the same strings costs
// tens of milliseconds to compile and crawls once its DFA outgrows its memory budget.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "finlint/core/span.h"

namespace finlint::scan {

class LiteralIndex {
 public:
  // Adds a non-empty UTF-8 string; `id` is reported with each occurrence.
  void Add(std::string_view literal, int id);
  bool empty() const { return nodes_.size() <= 1; }

  struct Hit {
    int id;
    Span span;  // bytes of the searched text
  };
  // Appends every occurrence, overlapping ones included, ordered by start.
  void FindAll(std::string_view text, std::vector<Hit>* out) const;

 private:
  struct Node {
    std::vector<std::pair<char32_t, int32_t>> next;  // sorted by character
    std::vector<int> ids;                            // literals that end here
  };
  int32_t Child(int32_t node, char32_t c) const;
  int32_t AddChild(int32_t node, char32_t c);

  std::vector<Node> nodes_{1};      // 0: the root
  std::vector<int32_t> first_bmp_;  // BMP character → node one character deep, or 0
};

}  // namespace finlint::scan

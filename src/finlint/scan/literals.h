// Every occurrence of many literal strings in one pass: a trie over code points, entered at
// each character of the text through a table indexed by that character. A Builder grows the
// trie; Finish() lays it out flat (each node's edges and ids in one array each), which is
// faster to walk and is what the build stores and a run reads back (Write, Read). An RE2::Set
// over the same strings costs tens of milliseconds to compile and crawls once its DFA outgrows
// its memory budget.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "finlint/core/binary.h"
#include "finlint/core/span.h"

namespace finlint::scan {

class LiteralIndex {
 public:
  class Builder {
   public:
    // Adds a non-empty UTF-8 string; `id` is reported with each occurrence.
    void Add(std::string_view literal, int id);
    LiteralIndex Finish() const;

   private:
    struct Node {
      std::vector<std::pair<char32_t, int32_t>> next;  // sorted by character
      std::vector<int> ids;                            // literals that end here
    };
    int32_t AddChild(int32_t node, char32_t c);
    std::vector<Node> nodes_{1};  // 0: the root
  };

  bool empty() const { return edge_char_.empty(); }

  struct Hit {
    int id;
    Span span;  // bytes of the searched text
  };
  // Appends every occurrence, overlapping ones included, ordered by start.
  void FindAll(std::string_view text, std::vector<Hit>* out) const;

  void Write(BinaryWriter* w) const;
  // False (and `index` unusable) when the data is damaged or does not describe a trie. The
  // index may view the data in place: it must outlive the index.
  static bool Read(BinaryReader* r, LiteralIndex* index);
  // Whether every id is in [0, n).
  bool Covers(size_t n) const;

 private:
  int32_t Child(int32_t node, char32_t c) const;

  Table<int32_t> first_bmp_;   // BMP character → node one character deep, or 0
  Table<uint32_t> edges_at_;   // node → its edges, [edges_at_[n], edges_at_[n + 1])
  Table<char32_t> edge_char_;  // by character within a node
  Table<int32_t> edge_node_;
  Table<uint32_t> ids_at_;  // node → the literals ending there, [ids_at_[n], ids_at_[n + 1])
  Table<int32_t> ids_;
};

}  // namespace finlint::scan

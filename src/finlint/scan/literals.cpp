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

int32_t LiteralIndex::Builder::AddChild(int32_t node, char32_t c) {
  auto& next = nodes_[static_cast<size_t>(node)].next;
  auto it = std::lower_bound(next.begin(), next.end(), std::pair<char32_t, int32_t>{c, 0},
                             [](const auto& a, const auto& b) { return a.first < b.first; });
  if (it != next.end() && it->first == c) return it->second;
  auto id = static_cast<int32_t>(nodes_.size());
  next.insert(it, {c, id});
  nodes_.emplace_back();
  return id;
}

void LiteralIndex::Builder::Add(std::string_view literal, int id) {
  int32_t node = 0;
  size_t i = 0;
  while (i < literal.size()) node = AddChild(node, Next(literal, &i));
  if (node != 0) nodes_[static_cast<size_t>(node)].ids.push_back(id);
}

LiteralIndex LiteralIndex::Builder::Finish() const {
  std::vector<int32_t> first_bmp, edge_node, ids;
  std::vector<uint32_t> edges_at, ids_at;
  std::vector<char32_t> edge_char;
  edges_at.reserve(nodes_.size() + 1);
  ids_at.reserve(nodes_.size() + 1);
  for (const Node& n : nodes_) {
    edges_at.push_back(static_cast<uint32_t>(edge_char.size()));
    ids_at.push_back(static_cast<uint32_t>(ids.size()));
    for (auto [c, child] : n.next) {
      edge_char.push_back(c);
      edge_node.push_back(child);
    }
    ids.insert(ids.end(), n.ids.begin(), n.ids.end());
  }
  edges_at.push_back(static_cast<uint32_t>(edge_char.size()));
  ids_at.push_back(static_cast<uint32_t>(ids.size()));
  for (auto [c, child] : nodes_[0].next) {
    if (c >= 0x10000) break;
    if (first_bmp.size() <= c) first_bmp.resize(c + 1, 0);
    first_bmp[c] = child;
  }
  LiteralIndex x;
  x.first_bmp_ = std::move(first_bmp);
  x.edges_at_ = std::move(edges_at);
  x.edge_char_ = std::move(edge_char);
  x.edge_node_ = std::move(edge_node);
  x.ids_at_ = std::move(ids_at);
  x.ids_ = std::move(ids);
  return x;
}

int32_t LiteralIndex::Child(int32_t node, char32_t c) const {
  if (node == 0 && c < 0x10000) return c < first_bmp_.size() ? first_bmp_[c] : 0;
  auto n = static_cast<size_t>(node);
  auto begin = edge_char_.begin() + edges_at_[n], end = edge_char_.begin() + edges_at_[n + 1];
  auto it = std::lower_bound(begin, end, c);
  return it != end && *it == c ? edge_node_[static_cast<size_t>(it - edge_char_.begin())] : 0;
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
      auto n = static_cast<size_t>(node);
      for (uint32_t k = ids_at_[n]; k < ids_at_[n + 1]; ++k) out->push_back({ids_[k], {start, j}});
      if (j >= text.size()) break;
      node = Child(node, Next(text, &j));
    }
    i = after_first;
  }
}

void LiteralIndex::Write(BinaryWriter* w) const {
  w->Array(first_bmp_);
  w->Array(edges_at_);
  w->Array(edge_char_);
  w->Array(edge_node_);
  w->Array(ids_at_);
  w->Array(ids_);
}

bool LiteralIndex::Covers(size_t n) const {
  return std::all_of(ids_.begin(), ids_.end(),
                     [n](int32_t id) { return id >= 0 && static_cast<size_t>(id) < n; });
}

bool LiteralIndex::Read(BinaryReader* r, LiteralIndex* index) {
  LiteralIndex x;
  x.first_bmp_ = r->InPlace<int32_t>();
  x.edges_at_ = r->InPlace<uint32_t>();
  x.edge_char_ = r->InPlace<char32_t>();
  x.edge_node_ = r->InPlace<int32_t>();
  x.ids_at_ = r->InPlace<uint32_t>();
  x.ids_ = r->InPlace<int32_t>();
  if (!r->ok()) return false;
  // Every offset and node number in range, so that a walk cannot leave the arrays.
  size_t nodes = x.edges_at_.size() - (x.edges_at_.empty() ? 0 : 1);
  auto offsets_ok = [nodes](const Table<uint32_t>& at, size_t total) {
    if (at.size() != nodes + 1 || at.front() != 0 || at.back() != total) return false;
    return std::is_sorted(at.begin(), at.end());
  };
  auto node_ok = [nodes](int32_t n) { return n >= 0 && static_cast<size_t>(n) < nodes; };
  bool ok = nodes >= 1 && x.edge_char_.size() == x.edge_node_.size() &&
            offsets_ok(x.edges_at_, x.edge_char_.size()) && offsets_ok(x.ids_at_, x.ids_.size()) &&
            std::all_of(x.edge_node_.begin(), x.edge_node_.end(), node_ok) &&
            std::all_of(x.first_bmp_.begin(), x.first_bmp_.end(), node_ok) &&
            x.first_bmp_.size() <= 0x10000;
  r->Require(ok);
  if (!ok) return false;
  *index = std::move(x);
  return true;
}

}  // namespace finlint::scan

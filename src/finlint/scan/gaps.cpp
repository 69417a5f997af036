// See gaps.h.
#include "finlint/scan/gaps.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

namespace finlint::scan {
namespace {

constexpr int kMaxGap = 3;  // code points; longer runs separate words, they do not hide them

UChar32 Next(std::string_view s, size_t* i) {
  UChar32 c;
  int32_t k = static_cast<int32_t>(*i);
  U8_NEXT(s.data(), k, static_cast<int32_t>(s.size()), c);
  *i = static_cast<size_t>(k);
  return c;
}

UChar32 Prev(std::string_view s, size_t i) {
  if (i == 0) return U_SENTINEL;
  UChar32 c;
  int32_t k = static_cast<int32_t>(i);
  U8_PREV(s.data(), 0, k, c);
  return c;
}

bool IsHan(UChar32 c) { return c >= 0x2E80 && u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC); }

bool IsWordChar(UChar32 c) {
  if (c < 0x80) return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return IsHan(c);
}

bool IsSpace(UChar32 c) { return c == ' ' || c == '\t' || c == 0xA0 || c == 0x3000; }

// Characters that do not end a clause and do not belong inside words. Clause and sentence
// punctuation (，。、；：！？ — folded to , ; : ! ? — brackets and quotes) is never a gap: it
// structures the text, and the judge reads it.
bool IsGapChar(UChar32 c) {
  if (IsSpace(c)) return true;
  if (c < 0x80) {
    for (char g : std::string_view(".*-_/\\|~^+=#@&<>`")) {
      if (c == g) return true;
    }
    return false;
  }
  switch (c) {
    case 0x00B7:  // ·
    case 0x2022:  // •
    case 0x2027:  // ‧
    case 0x2219:  // ∙
    case 0x22C5:  // ⋅
    case 0x30FB:  // ・
      return true;
    default:
      break;
  }
  switch (u_charType(c)) {
    case U_OTHER_SYMBOL:  // emoji, ★, ✓
    case U_MODIFIER_SYMBOL:
    case U_MATH_SYMBOL:
    case U_DASH_PUNCTUATION:
    case U_CONNECTOR_PUNCTUATION:
    case U_ENCLOSING_MARK:  // keycaps
    case U_NON_SPACING_MARK:
      return true;
    default:
      return false;
  }
}

}  // namespace

bool Squeezed::Build(std::string_view line) {
  text_.clear();
  gaps_.clear();
  size_t copied = 0;  // line bytes [0, copied) are in text_ or in a gap
  size_t i = 0;
  UChar32 before = U_SENTINEL;  // the character ahead of the current run
  while (i < line.size()) {
    size_t start = i;
    UChar32 c = Next(line, &i);
    if (!IsGapChar(c) || !IsWordChar(before)) {
      before = c;
      continue;
    }
    // A run of gap characters after a word character: a gap if short and followed by one.
    int count = 1;
    size_t end = i;
    UChar32 after = U_SENTINEL;
    while (end < line.size()) {
      size_t k = end;
      after = Next(line, &k);
      if (!IsGapChar(after)) break;
      end = k;
      ++count;
      after = U_SENTINEL;
    }
    bool spaces = true;
    for (size_t k = start; k < end && spaces;) spaces = IsSpace(Next(line, &k));
    if (count <= kMaxGap && IsWordChar(after) && (IsHan(before) || IsHan(after))) {
      text_.append(line, copied, start - copied);
      size_t before_this = gaps_.empty() ? 0 : gaps_.back().removed_before + gaps_.back().length;
      gaps_.push_back({text_.size(), end - start, spaces, before_this});
      copied = end;
    }
    i = end;
    before = after;
  }
  if (gaps_.empty()) return false;
  text_.append(line, copied, std::string_view::npos);
  return true;
}

bool Squeezed::Crosses(Span s, bool* spaces_only) const {
  bool crosses = false;
  *spaces_only = true;
  // Gaps strictly inside: binary search, since a long line may hold very many of them.
  auto it = std::upper_bound(gaps_.begin(), gaps_.end(), s.begin,
                             [](size_t pos, const Gap& g) { return pos < g.at; });
  for (; it != gaps_.end() && it->at < s.end; ++it) {
    crosses = true;
    *spaces_only = *spaces_only && it->spaces;
  }
  return crosses;
}

Span Squeezed::ToLine(Span s) const {
  // Bytes removed before a position: the gaps at or before a start, before an end.
  auto upto = [&](size_t pos, bool inclusive) {
    auto it = inclusive ? std::upper_bound(gaps_.begin(), gaps_.end(), pos,
                                           [](size_t p, const Gap& g) { return p < g.at; })
                        : std::lower_bound(gaps_.begin(), gaps_.end(), pos,
                                           [](const Gap& g, size_t p) { return g.at < p; });
    size_t k = static_cast<size_t>(it - gaps_.begin());
    return k == 0 ? 0 : gaps_[k - 1].removed_before + gaps_[k - 1].length;
  };
  return {s.begin + upto(s.begin, true), s.end + upto(s.end, false)};
}

bool MayJoinAcrossSpaces(std::string_view line, Span line_span) {
  size_t after = line_span.end;
  bool runs_on_before = IsWordChar(Prev(line, line_span.begin));
  bool runs_on_after = after < line.size() && IsWordChar(Next(line, &after));
  return !(runs_on_before && runs_on_after);
}

std::string Squeeze(std::string_view s) {
  Squeezed q;
  return q.Build(s) ? std::string(q.text()) : std::string(s);
}

}  // namespace finlint::scan

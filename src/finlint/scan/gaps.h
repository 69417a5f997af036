// Evasion gaps: the spaces, dots and emoji an evader slips between the characters of a term
// (保 本, 稳.赚, 保💰本). A gap is a run of at most three such characters between two word
// characters, at least one of them Chinese, within a line and never across clause or
// sentence punctuation. The scanner matches a line a second time with its gaps removed and
// keeps the matches that cross one, so a gap is transparent only inside a match.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "finlint/core/span.h"

namespace finlint::scan {

// A line with its gaps removed, and the way back.
class Squeezed {
 public:
  // Removes the gaps of `line`; false when it has none (then text() is empty).
  bool Build(std::string_view line);
  std::string_view text() const { return text_; }

  // Whether `s` (squeezed offsets) has a gap strictly inside it; `spaces_only` tells whether
  // every such gap is white space.
  bool Crosses(Span s, bool* spaces_only) const;
  // `s` in line offsets: it covers the gaps inside it, not those at its edges.
  Span ToLine(Span s) const;

 private:
  struct Gap {
    size_t at;              // squeezed offset where the gap was
    size_t length;          // bytes removed
    bool spaces;            // white space only
    size_t removed_before;  // bytes of the gaps before this one
  };
  std::string text_;
  std::vector<Gap> gaps_;
};

// Whether a match that crosses only white-space gaps may join words: not when the words at
// both of its ends run on beyond it (要保 本周 is two words, not 保本). `line_span` is the match
// in `line`. Symbol and emoji gaps never occur inside a word naturally, so they always may.
bool MayJoinAcrossSpaces(std::string_view line, Span line_span);

// `s` with its gaps removed: the text a match that crosses gaps was found in.
std::string Squeeze(std::string_view s);

}  // namespace finlint::scan

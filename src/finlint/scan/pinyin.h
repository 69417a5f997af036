// Pinyin spellings of a rule term, for rules that opt in (`pinyin: true`): evaders write a
// character as its syllable (wen赚不赔, bao本) or a word as its initials (不查zx, 0fx). A
// spelling counts when it uses at least one syllable or initial, keeps at least one character
// of the term (or spells three or more characters as whole syllables), and writes initials
// only for two or more characters in a row: a lone letter stands for nothing.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace finlint::scan {

// The toneless syllable of a Han character, lower case ("" when unknown).
std::string_view PinyinOf(char32_t c);

class PinyinTerm {
 public:
  explicit PinyinTerm(std::string_view folded_term);

  // Whether any character of the term has a syllable.
  bool spellable() const;
  // RE2 source that finds candidate spellings (confirm each with Accepts).
  std::string Regex() const;
  // Whether `s` spells the term by the rules above.
  bool Accepts(std::string_view s) const;
  // Every run of Latin letters an accepted spelling can hold, whole: the letters of one or
  // more units in a row (wen, wenzh, bb). A line holds an accepted spelling only if one of its
  // maximal runs of letters is among these, as its neighbours must not be letters. False when
  // there are more than `limit`.
  bool LetterRuns(size_t limit, std::vector<std::string>* out) const;

 private:
  struct Unit {
    std::string text;      // the character, UTF-8
    std::string syllable;  // empty: the character only
  };
  bool Match(std::string_view s, size_t unit, int initials_run, bool letters, bool kept,
             bool initials) const;
  std::vector<Unit> units_;
};

}  // namespace finlint::scan

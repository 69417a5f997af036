// See pinyin.h.
#include "finlint/scan/pinyin.h"

#include <re2/re2.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "finlint/scan/pinyin_table.h"

namespace finlint::scan {
namespace {

// What an evader writes for the initial of a syllable: its first letter, or zh/ch/sh.
std::vector<std::string_view> Initials(std::string_view syllable) {
  std::vector<std::string_view> out{syllable.substr(0, 1)};
  if (syllable.size() > 2 && syllable[1] == 'h' &&
      (syllable[0] == 'z' || syllable[0] == 'c' || syllable[0] == 's')) {
    out.push_back(syllable.substr(0, 2));
  }
  return out;
}

}  // namespace

std::string_view PinyinOf(char32_t c) {
  if (c < kPinyinFirst || c > kPinyinLast) return {};
  return kPinyinSyllables[kPinyin[c - kPinyinFirst]];
}

PinyinTerm::PinyinTerm(std::string_view term) {
  int32_t i = 0, n = static_cast<int32_t>(term.size());
  while (i < n) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(term.data(), i, n, c);
    Unit u{std::string(term.substr(static_cast<size_t>(start), static_cast<size_t>(i - start))),
           c > 0 ? std::string(PinyinOf(static_cast<char32_t>(c))) : std::string()};
    units_.push_back(std::move(u));
  }
}

bool PinyinTerm::spellable() const {
  for (const Unit& u : units_) {
    if (!u.syllable.empty()) return true;
  }
  return false;
}

std::string PinyinTerm::Regex() const {
  std::string re;
  for (const Unit& u : units_) {
    if (u.syllable.empty()) {
      re += RE2::QuoteMeta(u.text);
      continue;
    }
    // Longest first: RE2 prefers the earlier alternative.
    re += "(?:" + RE2::QuoteMeta(u.text) + "|" + u.syllable;
    auto initials = Initials(u.syllable);
    for (auto it = initials.rbegin(); it != initials.rend(); ++it) re += "|" + std::string(*it);
    re += ")";
  }
  return re;
}

bool PinyinTerm::Accepts(std::string_view s) const { return Match(s, 0, 0, false, false, false); }

bool PinyinTerm::LetterRuns(size_t limit, std::vector<std::string>* out) const {
  // A unit's ways of being written in letters: its syllable, its initials, or itself if it is
  // a letter. `initial` counts toward a run of initials, which cannot be a lone one.
  struct Form {
    std::string letters;
    bool initial;
  };
  std::vector<std::vector<Form>> forms(units_.size());
  for (size_t u = 0; u < units_.size(); ++u) {
    const Unit& unit = units_[u];
    if (!unit.syllable.empty()) {
      forms[u].push_back({unit.syllable, false});
      for (std::string_view ini : Initials(unit.syllable))
        forms[u].push_back({std::string(ini), true});
    } else if (unit.text.size() == 1 && unit.text[0] >= 'a' && unit.text[0] <= 'z') {
      forms[u].push_back({unit.text, false});
    }
  }
  struct Partial {
    std::string letters;
    int initials;  // how many initials end it
  };
  std::vector<Partial> now, next;
  for (size_t first = 0; first < units_.size(); ++first) {
    now.assign(1, {"", 0});
    for (size_t u = first; u < units_.size() && !forms[u].empty(); ++u) {
      next.clear();
      for (const Partial& p : now) {
        for (const Form& f : forms[u]) {
          if (!f.initial && p.initials == 1) continue;
          next.push_back({p.letters + f.letters, f.initial ? p.initials + 1 : 0});
          if (next.size() > limit) return false;
        }
      }
      now.swap(next);
      for (const Partial& p : now) {
        if (p.initials != 1) out->push_back(p.letters);
      }
      if (out->size() > limit) return false;
    }
  }
  std::sort(out->begin(), out->end());
  out->erase(std::unique(out->begin(), out->end()), out->end());
  return true;
}

// Backtracking over the ways each unit may be written; terms are a few characters long.
bool PinyinTerm::Match(std::string_view s, size_t unit, int run, bool letters, bool kept,
                       bool initials) const {
  if (unit == units_.size()) {
    if (!s.empty() || run == 1 || !letters) return false;
    return kept || (!initials && units_.size() >= 3);
  }
  const Unit& u = units_[unit];
  // Written as itself: ends a run of initials, which must not be a lone letter.
  if (run != 1 && s.substr(0, u.text.size()) == u.text &&
      Match(s.substr(u.text.size()), unit + 1, 0, letters, true, initials)) {
    return true;
  }
  if (u.syllable.empty()) return false;
  if (run != 1 && s.substr(0, u.syllable.size()) == u.syllable &&
      Match(s.substr(u.syllable.size()), unit + 1, 0, true, kept, initials)) {
    return true;
  }
  for (std::string_view ini : Initials(u.syllable)) {
    if (s.substr(0, ini.size()) == ini &&
        Match(s.substr(ini.size()), unit + 1, run + 1, true, kept, true)) {
      return true;
    }
  }
  return false;
}

}  // namespace finlint::scan

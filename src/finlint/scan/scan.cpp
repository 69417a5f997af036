// See scan.h.
#include "finlint/scan/scan.h"

#include <re2/filtered_re2.h>
#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>

#include "finlint/scan/gaps.h"
#include "finlint/scan/pinyin.h"

namespace finlint::scan {

namespace {
bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
}  // namespace

struct Scanner::Compiled {
  explicit Compiled(const RE2::Options& options)
      : literals(options, RE2::UNANCHORED),
        filtered(/*min_atom_len=*/3),  // 3: one 汉字
        pinyin_set(options, RE2::UNANCHORED) {}

  RE2::Set literals;
  re2::FilteredRE2 filtered;
  // What each Set index stands for: a pattern (>= 0) or the atom ~index (< 0).
  std::vector<int> set_meaning;
  std::vector<int> regex_pattern;  // FilteredRE2 id → pattern index

  // Pinyin spellings of the terms of entries with `pinyin: true`, by Set index.
  struct Spelling {
    int pattern;
    PinyinTerm term;
    std::unique_ptr<RE2> re;
  };
  RE2::Set pinyin_set;
  std::vector<Spelling> spellings;
};

const rules::Pattern& Scanner::pattern(int index) const {
  const PatternRef& ref = refs_[static_cast<size_t>(index)];
  const rules::Rule& rule = rules_->rules[static_cast<size_t>(ref.rule)];
  switch (ref.role) {
    case Role::kMatch:
      return rule.match[static_cast<size_t>(ref.entry)];
    case Role::kWhen:
      return rule.when[static_cast<size_t>(ref.entry)];
    case Role::kAlso:
      return rule.also[static_cast<size_t>(ref.entry)];
    case Role::kRequire:
      break;
  }
  return rule.require[static_cast<size_t>(ref.entry)];
}

Result<Scanner> Scanner::Build(const rules::RuleSet& rules) {
  Scanner s;
  s.rules_ = &rules;
  RE2::Options opt(RE2::Quiet);
  opt.set_max_mem(64 << 20);
  auto c = std::make_shared<Compiled>(opt);
  for (size_t r = 0; r < rules.rules.size(); ++r) {
    const rules::Rule& rule = rules.rules[r];
    for (auto [role, list] : {std::pair{Role::kMatch, &rule.match},
                              {Role::kWhen, &rule.when},
                              {Role::kAlso, &rule.also},
                              {Role::kRequire, &rule.require}}) {
      for (size_t e = 0; e < list->size(); ++e) {
        const rules::Pattern& p = (*list)[e];
        int index = static_cast<int>(s.refs_.size());
        s.refs_.push_back({static_cast<int>(r), role, static_cast<int>(e)});
        std::string err;
        if (!p.terms.empty()) {
          if (c->literals.Add(p.regex, &err) < 0) {
            return Error{rule.file, rule.line, 0, "rule " + rule.id + ": " + err};
          }
          c->set_meaning.push_back(index);
          if (p.pinyin) {
            for (const std::string& t : p.terms) {
              PinyinTerm term(t);
              if (!term.spellable()) continue;
              std::string re = term.Regex();
              if (c->pinyin_set.Add(re, &err) < 0) {
                return Error{rule.file, rule.line, 0, "rule " + rule.id + ": pinyin: " + err};
              }
              c->spellings.push_back({index, std::move(term), std::make_unique<RE2>(re, opt)});
            }
          }
        } else {
          int id = -1;
          if (c->filtered.Add(p.regex, opt, &id) != RE2::NoError) {
            return Error{rule.file, rule.line, 0, "rule " + rule.id + ": bad regex " + p.regex};
          }
          c->regex_pattern.push_back(index);
        }
      }
    }
  }
  std::vector<std::string> atoms;
  if (!c->regex_pattern.empty()) c->filtered.Compile(&atoms);
  for (size_t a = 0; a < atoms.size(); ++a) {
    std::string err;
    if (c->literals.Add(RE2::QuoteMeta(atoms[a]), &err) < 0) {
      return Error{"finlint", 0, 0, "internal error: atom '" + atoms[a] + "': " + err};
    }
    c->set_meaning.push_back(~static_cast<int>(a));
  }
  if ((!c->set_meaning.empty() && !c->literals.Compile()) ||
      (!c->spellings.empty() && !c->pinyin_set.Compile())) {
    return Error{"finlint", 0, 0, "internal error: RE2::Set failed to compile"};
  }
  s.compiled_ = std::move(c);
  return s;
}

void Scanner::Confirm(int index, std::string_view text, size_t base,
                      std::vector<Candidate>* out) const {
  const RE2& re = *pattern(index).re;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece m;
  size_t pos = 0;
  while (pos < text.size() && re.Match(input, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
    size_t b = static_cast<size_t>(m.data() - text.data());
    size_t e = b + m.size();
    if (e > b) out->push_back({index, {base + b, base + e}});
    pos = e > b ? e : b + 1;
  }
}

void Scanner::FindPinyin(std::string_view line, std::vector<int>* hits,
                         std::vector<Candidate>* out) const {
  const Compiled& c = *compiled_;
  if (c.spellings.empty() || std::none_of(line.begin(), line.end(), IsAsciiLetter)) return;
  hits->clear();
  if (!c.pinyin_set.Match(line, hits)) return;
  for (int h : *hits) {
    const Compiled::Spelling& sp = c.spellings[static_cast<size_t>(h)];
    re2::StringPiece input(line.data(), line.size()), m;
    size_t pos = 0;
    while (pos < line.size() && sp.re->Match(input, pos, line.size(), RE2::UNANCHORED, &m, 1)) {
      size_t b = static_cast<size_t>(m.data() - line.data()), e = b + m.size();
      pos = e > b ? e : b + 1;
      // Letters that run on beyond the match belong to another word (zxy, fxd).
      if ((IsAsciiLetter(line[b]) && b > 0 && IsAsciiLetter(line[b - 1])) ||
          (IsAsciiLetter(line[e - 1]) && e < line.size() && IsAsciiLetter(line[e]))) {
        continue;
      }
      if (sp.term.Accepts(line.substr(b, e - b))) out->push_back({sp.pattern, {b, e}});
    }
  }
}

bool Scanner::ScanLine(std::string_view line, std::vector<int>* hits, std::vector<int>* atoms,
                       std::vector<int>* regexes, std::vector<Candidate>* out) const {
  const Compiled& c = *compiled_;
  hits->clear();
  atoms->clear();
  RE2::Set::ErrorInfo info{};
  bool matched = !c.set_meaning.empty() && c.literals.Match(line, hits, &info);
  if (!matched && info.kind != RE2::Set::kNoError) {
    if (info.kind != RE2::Set::kOutOfMemory) return false;
    // The DFA ran out of memory on this line: try every pattern on its own.
    for (size_t i = 0; i < refs_.size(); ++i) Confirm(static_cast<int>(i), line, 0, out);
    FindPinyin(line, hits, out);
    return true;
  }
  for (int h : *hits) {
    int meaning = c.set_meaning[static_cast<size_t>(h)];
    if (meaning >= 0) {
      Confirm(meaning, line, 0, out);
    } else {
      atoms->push_back(~meaning);
    }
  }
  // Regexes whose atoms occur here, and those that have no atoms at all.
  regexes->clear();
  if (!c.regex_pattern.empty()) c.filtered.AllPotentials(*atoms, regexes);
  for (int id : *regexes) Confirm(c.regex_pattern[static_cast<size_t>(id)], line, 0, out);
  FindPinyin(line, hits, out);
  return true;
}

Result<std::vector<Candidate>> Scanner::Find(std::string_view folded) const {
  std::vector<Candidate> out, found;
  if (refs_.empty()) return out;
  std::vector<int> hits, atoms, regexes;
  Squeezed squeezed;
  size_t start = 0;
  while (start < folded.size()) {
    size_t nl = folded.find('\n', start);
    size_t end = nl == std::string_view::npos ? folded.size() : nl;
    std::string_view line = folded.substr(start, end - start);
    found.clear();
    if (!ScanLine(line, &hits, &atoms, &regexes, &found)) {
      return Error{"finlint", 0, 0, "internal error: RE2::Set match failed"};
    }
    for (Candidate& c : found)
      out.push_back({c.pattern, {start + c.span.begin, start + c.span.end}});
    // Again without the gaps, keeping only the matches that cross one: the others were found.
    if (squeezed.Build(line)) {
      found.clear();
      if (!ScanLine(squeezed.text(), &hits, &atoms, &regexes, &found)) {
        return Error{"finlint", 0, 0, "internal error: RE2::Set match failed"};
      }
      for (const Candidate& c : found) {
        bool spaces_only = false;
        if (!squeezed.Crosses(c.span, &spaces_only)) continue;
        Span s = squeezed.ToLine(c.span);
        if (spaces_only && !MayJoinAcrossSpaces(line, s)) continue;
        out.push_back({c.pattern, {start + s.begin, start + s.end}, true});
      }
    }
    start = end + 1;
  }
  std::sort(out.begin(), out.end(), [](const Candidate& a, const Candidate& b) {
    if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
    if (a.pattern != b.pattern) return a.pattern < b.pattern;
    if (a.span.end != b.span.end) return a.span.end < b.span.end;
    return a.joined < b.joined;
  });
  // A gap a pattern may span anyway ([^。]{0,6}) finds the same match twice.
  out.erase(std::unique(out.begin(), out.end(),
                        [](const Candidate& a, const Candidate& b) {
                          return a.pattern == b.pattern && a.span == b.span;
                        }),
            out.end());
  return out;
}

}  // namespace finlint::scan

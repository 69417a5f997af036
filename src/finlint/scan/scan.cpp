// See scan.h.
#include "finlint/scan/scan.h"

#include <re2/re2.h>

#include <algorithm>
#include <map>

#include "finlint/core/binary.h"
#include "finlint/scan/gaps.h"
#include "finlint/scan/literals.h"
#include "finlint/scan/pinyin.h"
#include "finlint/scan/prefilter.h"

namespace finlint::scan {

namespace {
bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
}  // namespace

struct Scanner::Compiled {
  // What a literal of the index stands for: a term of a pattern, an atom, or a string a
  // regex's matches start with.
  struct Literal {
    int pattern = -1;
    int atom = -1;
    int starts = -1;
  };
  LiteralIndex index;
  Table<Literal> literals;

  // The regexes' conditions, flattened into one array of nodes; a node's parts are
  // subs[sub_begin, sub_end), each numbered after it.
  struct Node {
    Prefilter::Op op;
    int atom;
    int sub_begin, sub_end;
  };
  Table<Node> nodes;
  Table<int> subs;
  // A distinct regex, the entries that use it (packs repeat one regex in several rules) and
  // the root node of its condition.
  struct Regex {
    std::vector<int> patterns;
    int condition = 0;
    // Every match holds one of these atoms (sorted), and spans at most max_bytes: the regex
    // need only search that far around them.
    std::vector<int> triggers;
    size_t max_bytes = kUnbounded;
    bool anchored = false;  // its starts are in the index: try it only where they occur
  };
  std::vector<Regex> regexes;
  // Atom → the regexes whose condition names it: triggered[triggered_at[a], triggered_at[a+1]).
  Table<int> triggered_at, triggered;
  std::vector<int> always;  // regexes without a condition
  size_t atoms = 0;

  // Pinyin spellings of the terms of entries with `pinyin: true`.
  std::vector<int> spelling_pattern;
  std::vector<std::string> spelling_text;  // the term
  std::vector<PinyinTerm> spelling_term;
  std::vector<std::unique_ptr<rules::LazyRegex>> spelling_re;
  // A spelling's regex runs on a line only if one of the line's maximal runs of Latin letters
  // is one its spellings can hold (PinyinTerm::LetterRuns): (hash of such a run, spelling),
  // sorted. A hash shared by two runs only wakes a regex for nothing. Spellings with too many
  // runs to list run on every line with letters.
  struct Run {
    uint64_t hash;
    int32_t spelling;
    int32_t unused;
  };
  Table<Run> runs;
  std::vector<int> spelled_always;

  static uint64_t RunHash(std::string_view letters) {
    uint64_t h = 0xcbf29ce484222325ULL;  // FNV-1a
    for (char ch : letters) h = (h ^ static_cast<uint8_t>(ch)) * 0x100000001b3ULL;
    return h;
  }

  // A node's parts, in `subs` (a vector while building, a Table after).
  struct Parts {
    const int *first, *last;
    const int* begin() const { return first; }
    const int* end() const { return last; }
  };
  template <typename Subs>
  static Parts PartsOf(const Subs& subs, const Node& node) {
    return {subs.data() + node.sub_begin, subs.data() + node.sub_end};
  }

  // What Build needs and a run does not.
  struct Building {
    LiteralIndex::Builder index;
    std::map<std::string, int> atom_ids;
    std::vector<std::string> atom_text;  // by atom number
    std::vector<Literal> literals;
    std::vector<Node> nodes;
    std::vector<int> subs;

    int Flatten(const Prefilter& p) {
      auto at = static_cast<int>(nodes.size());
      nodes.push_back({p.op, -1, 0, 0});
      if (p.op == Prefilter::Op::kAtom) {
        auto [it, added] = atom_ids.emplace(p.atom, static_cast<int>(atom_text.size()));
        if (added) {
          atom_text.push_back(p.atom);
          index.Add(p.atom, static_cast<int>(literals.size()));
          literals.push_back({-1, it->second});
        }
        nodes[static_cast<size_t>(at)].atom = it->second;
      }
      std::vector<int> mine;
      for (const Prefilter& sub : p.subs) mine.push_back(Flatten(sub));
      Node& node = nodes[static_cast<size_t>(at)];
      node.sub_begin = static_cast<int>(subs.size());
      subs.insert(subs.end(), mine.begin(), mine.end());
      node.sub_end = static_cast<int>(subs.size());
      return at;
    }

    // The atoms one of which must be on the line for node `n` to hold.
    void Triggers(int n, std::vector<int>* out) const {
      const Node& node = nodes[static_cast<size_t>(n)];
      if (node.op == Prefilter::Op::kAtom) {
        out->push_back(node.atom);
      } else if (node.op == Prefilter::Op::kOr) {
        for (int sub : PartsOf(subs, node)) Triggers(sub, out);
      } else if (node.op == Prefilter::Op::kAnd) {
        // Any one part must hold: the one with the rarest atoms wakes the regex least often.
        // Longer atoms are rarer; a one-character atom (天, %) is found on many lines.
        std::vector<int> best, mine;
        size_t best_cost = 0;
        for (int sub : PartsOf(subs, node)) {
          mine.clear();
          Triggers(sub, &mine);
          size_t cost = 0;
          for (int a : mine) cost += atom_text[static_cast<size_t>(a)].size() >= 6 ? 1 : 8;
          if (!mine.empty() && (best.empty() || cost < best_cost)) best = mine, best_cost = cost;
        }
        out->insert(out->end(), best.begin(), best.end());
      }
    }
  };

  bool Holds(int n, const std::vector<uint32_t>& seen, uint32_t line) const {
    const Node& node = nodes[static_cast<size_t>(n)];
    switch (node.op) {
      case Prefilter::Op::kAll:
        return true;
      case Prefilter::Op::kAtom:
        return seen[static_cast<size_t>(node.atom)] == line;
      case Prefilter::Op::kAnd:
        for (int sub : PartsOf(subs, node)) {
          if (!Holds(sub, seen, line)) return false;
        }
        return true;
      case Prefilter::Op::kOr:
        break;
    }
    for (int sub : PartsOf(subs, node)) {
      if (Holds(sub, seen, line)) return true;
    }
    return false;
  }

  void AddSpelling(int pattern, std::string term) {
    PinyinTerm spelling(term);
    if (!spelling.spellable()) return;
    spelling_re.push_back(std::make_unique<rules::LazyRegex>(spelling.Regex()));
    spelling_pattern.push_back(pattern);
    spelling_text.push_back(std::move(term));
    spelling_term.push_back(std::move(spelling));
  }

  void IndexRuns() {
    std::vector<Run> runs;
    std::vector<std::string> letters;
    for (size_t k = 0; k < spelling_term.size(); ++k) {
      letters.clear();
      auto spelling = static_cast<int32_t>(k);
      if (!spelling_term[k].LetterRuns(4096, &letters)) {
        spelled_always.push_back(spelling);
        continue;
      }
      for (const std::string& run : letters) runs.push_back({RunHash(run), spelling, 0});
    }
    std::sort(runs.begin(), runs.end(), [](const Run& a, const Run& b) {
      return a.hash != b.hash ? a.hash < b.hash : a.spelling < b.spelling;
    });
    this->runs = std::move(runs);
  }

  void Write(BinaryWriter* w) const;
  bool Read(BinaryReader* r, size_t patterns);
};

// Per call of Find: reused from line to line.
struct Scanner::Scratch {
  std::vector<LiteralIndex::Hit> hits;
  std::vector<uint32_t> atom_seen;      // line stamp per atom
  std::vector<uint32_t> regex_seen;     // line stamp per regex
  std::vector<int> woken;               // regexes named by this line's atoms
  std::vector<int> spellings;           // spellings woken by this line's runs of letters
  std::vector<uint32_t> spelling_seen;  // line stamp per spelling
  std::vector<Span> windows;
  std::vector<std::pair<int, size_t>> starts;  // (regex, byte) where a regex's match may start
  std::vector<size_t> at;
  uint32_t line = 0;
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

namespace {

constexpr std::string_view kTablesMagic = "finlint-scanner-1";

// Everything of `rules` the tables are made from, in order: each pattern's regex or terms and
// whether it takes pinyin spellings. Tables made for the same key serve these rules. `Out` is
// a BinaryWriter, or a KeyMatcher.
template <typename Out>
void WriteKey(const rules::RuleSet& rules, Out* w) {
  for (const rules::Rule& rule : rules.rules) {
    for (const auto* list : rule.patterns()) {
      for (const rules::Pattern& p : *list) {
        w->Strs(p.terms);
        if (p.terms.empty()) w->Str(p.regex);
        w->Bool(p.pinyin);
      }
    }
  }
}

// Whether what WriteKey writes equals `key`, compared as it goes: building the key to compare
// cost about 0.3 ms of a small post's check.
class KeyMatcher {
 public:
  explicit KeyMatcher(std::string_view key) : r_(key) {}
  void Str(std::string_view s) { same_ = same_ && r_.View() == s; }
  void Strs(const std::vector<std::string>& v) {
    same_ = same_ && r_.Count() == v.size();
    for (size_t k = 0; k < v.size() && same_; ++k) Str(v[k]);
  }
  void Bool(bool b) { same_ = same_ && r_.Bool() == b; }
  bool matches() const { return same_ && r_.ok() && r_.AtEnd(); }

 private:
  BinaryReader r_;
  bool same_ = true;
};

}  // namespace

void Scanner::Compiled::Write(BinaryWriter* w) const {
  index.Write(w);
  w->Array(literals);
  w->Array(nodes);
  w->Array(subs);
  w->Int(static_cast<int64_t>(regexes.size()));
  for (const Regex& r : regexes) {
    w->Array(r.patterns);
    w->Int(r.condition);
    w->Array(r.triggers);
    w->Bool(r.max_bytes == kUnbounded);
    w->Int(r.max_bytes == kUnbounded ? 0 : static_cast<int64_t>(r.max_bytes));
    w->Bool(r.anchored);
  }
  w->Array(triggered_at);
  w->Array(triggered);
  w->Array(always);
  w->Int(static_cast<int64_t>(atoms));
  w->Array(spelling_pattern);
  w->Strs(spelling_text);
  w->Array(runs);
  w->Array(spelled_always);
}

bool Scanner::Compiled::Read(BinaryReader* r, size_t patterns) {
  if (!LiteralIndex::Read(r, &index)) return false;
  literals = r->InPlace<Literal>();
  nodes = r->InPlace<Node>();
  subs = r->InPlace<int>();
  regexes.resize(r->Count());
  for (Regex& x : regexes) {
    x.patterns = r->Array<int>();
    x.condition = r->Int();
    x.triggers = r->Array<int>();
    bool unbounded = r->Bool();
    int32_t max_bytes = r->Int();
    r->Require(max_bytes >= 0);
    x.max_bytes = unbounded ? kUnbounded : static_cast<size_t>(max_bytes);
    x.anchored = r->Bool();
  }
  triggered_at = r->InPlace<int>();
  triggered = r->InPlace<int>();
  always = r->Array<int>();
  int32_t atom_count = r->Int();
  r->Require(atom_count >= 0);
  atoms = static_cast<size_t>(atom_count);
  std::vector<int> spelled = r->Array<int>();
  std::vector<std::string> texts = r->Strs();
  runs = r->InPlace<Run>();
  spelled_always = r->Array<int>();
  if (!r->ok() || !index.Covers(literals.size())) return false;
  // Every number in range, so that a damaged form cannot send a scan out of bounds.
  auto below = [](size_t n) { return [n](int v) { return v >= 0 && static_cast<size_t>(v) < n; }; };
  auto all_below = [&](const auto& v, size_t n) {
    return std::all_of(v.begin(), v.end(), below(n));
  };
  bool ok = triggered_at.size() == atoms + 1 && triggered_at.front() == 0 &&
            static_cast<size_t>(triggered_at.back()) == triggered.size() &&
            std::is_sorted(triggered_at.begin(), triggered_at.end()) &&
            all_below(triggered, regexes.size()) && all_below(always, regexes.size()) &&
            all_below(spelled, patterns) && spelled.size() == texts.size() &&
            all_below(subs, nodes.size());
  for (const Literal& l : literals) {
    int set = (l.pattern >= 0) + (l.atom >= 0) + (l.starts >= 0);
    ok = ok && set == 1 && l.pattern < static_cast<int>(patterns) &&
         l.atom < static_cast<int>(atoms) && l.starts < static_cast<int>(regexes.size());
  }
  for (size_t k = 0; k < nodes.size() && ok; ++k) {
    const Node& n = nodes[k];
    ok = n.op >= Prefilter::Op::kAll && n.op <= Prefilter::Op::kOr &&
         (n.op != Prefilter::Op::kAtom || below(atoms)(n.atom)) && 0 <= n.sub_begin &&
         n.sub_begin <= n.sub_end && static_cast<size_t>(n.sub_end) <= subs.size();
    // Flatten numbers a node's parts after it: no part can lead back to it.
    if (!ok) break;
    for (int sub : PartsOf(subs, n)) ok = ok && static_cast<size_t>(sub) > k;
  }
  for (const Regex& x : regexes) {
    ok = ok && !x.patterns.empty() && all_below(x.patterns, patterns) &&
         below(nodes.size())(x.condition) && all_below(x.triggers, atoms);
  }
  for (const Run& run : runs) ok = ok && below(texts.size())(run.spelling);
  ok = ok && all_below(spelled_always, texts.size()) &&
       std::is_sorted(runs.begin(), runs.end(),
                      [](const Run& a, const Run& b) { return a.hash < b.hash; });
  r->Require(ok);
  if (!ok) return false;
  for (size_t k = 0; k < texts.size(); ++k) AddSpelling(spelled[k], texts[k]);
  // A term that is not spellable now was not at build time either: the lists must still agree.
  return spelling_text.size() == texts.size();
}

Result<Scanner> Scanner::Build(const rules::RuleSet& rules, std::string_view tables) {
  Scanner s;
  s.rules_ = &rules;
  for (size_t r = 0; r < rules.rules.size(); ++r) {
    const rules::Rule& rule = rules.rules[r];
    for (auto [role, list] : {std::pair{Role::kMatch, &rule.match},
                              {Role::kWhen, &rule.when},
                              {Role::kAlso, &rule.also},
                              {Role::kRequire, &rule.require}}) {
      for (size_t e = 0; e < list->size(); ++e) {
        s.refs_.push_back({static_cast<int>(r), role, static_cast<int>(e)});
      }
    }
  }
  if (!tables.empty()) {
    BinaryReader r(tables);
    KeyMatcher key(r.Expect(kTablesMagic) ? r.View() : std::string_view());
    WriteKey(rules, &key);
    if (r.ok() && key.matches()) {
      auto c = std::make_shared<Compiled>();
      if (c->Read(&r, s.refs_.size()) && r.AtEnd()) {
        s.compiled_ = std::move(c);
        s.from_tables_ = true;
        return s;
      }
    }
  }
  auto c = std::make_shared<Compiled>();
  Compiled::Building building;
  std::map<std::string, int> regex_ids;
  for (size_t index = 0; index < s.refs_.size(); ++index) {
    const rules::Pattern& p = s.pattern(static_cast<int>(index));
    if (p.terms.empty()) {
      auto [it, added] = regex_ids.emplace(p.regex, static_cast<int>(c->regexes.size()));
      if (added) {
        RegexFacts facts = Analyze(p.regex);
        c->regexes.emplace_back();
        Compiled::Regex& regex = c->regexes.back();
        regex.max_bytes = facts.max_bytes;
        regex.condition = building.Flatten(facts.condition);
        regex.anchored = !facts.starts.empty();
        for (const std::string& start : facts.starts) {
          building.index.Add(start, static_cast<int>(building.literals.size()));
          building.literals.push_back({-1, -1, it->second});
        }
      }
      c->regexes[static_cast<size_t>(it->second)].patterns.push_back(static_cast<int>(index));
      continue;
    }
    for (const std::string& t : p.terms) {
      building.index.Add(t, static_cast<int>(building.literals.size()));
      building.literals.push_back({static_cast<int>(index), -1});
    }
    if (!p.pinyin) continue;
    for (const std::string& t : p.terms) c->AddSpelling(static_cast<int>(index), t);
  }
  c->index = building.index.Finish();
  c->atoms = building.atom_text.size();
  c->IndexRuns();
  std::vector<std::vector<int>> triggered_by(c->atoms);
  std::vector<int> triggers;
  for (size_t r = 0; r < c->regexes.size(); ++r) {
    triggers.clear();
    building.Triggers(c->regexes[r].condition, &triggers);
    if (triggers.empty()) {
      c->always.push_back(static_cast<int>(r));
      continue;
    }
    std::sort(triggers.begin(), triggers.end());
    triggers.erase(std::unique(triggers.begin(), triggers.end()), triggers.end());
    for (int a : triggers) triggered_by[static_cast<size_t>(a)].push_back(static_cast<int>(r));
    c->regexes[r].triggers = triggers;
  }
  std::vector<int> triggered_at, triggered;
  for (const std::vector<int>& list : triggered_by) {
    triggered_at.push_back(static_cast<int>(triggered.size()));
    triggered.insert(triggered.end(), list.begin(), list.end());
  }
  triggered_at.push_back(static_cast<int>(triggered.size()));
  c->triggered_at = std::move(triggered_at);
  c->triggered = std::move(triggered);
  c->literals = std::move(building.literals);
  c->nodes = std::move(building.nodes);
  c->subs = std::move(building.subs);
  s.compiled_ = std::move(c);
  return s;
}

std::string Scanner::Tables() const {
  BinaryWriter w;
  w.Raw(kTablesMagic);
  BinaryWriter key;
  WriteKey(*rules_, &key);
  w.Str(key.Take());
  compiled_->Write(&w);
  return w.Take();
}

void Scanner::Confirm(const std::vector<int>& patterns, std::string_view text, Span within,
                      std::vector<Candidate>* out) const {
  const RE2& re = pattern(patterns[0]).Re();
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece m;
  size_t pos = within.begin;
  // RE2 sees the whole text as context (^, \b) but searches only `within`.
  while (pos < within.end && re.Match(input, pos, within.end, RE2::UNANCHORED, &m, 1)) {
    size_t b = static_cast<size_t>(m.data() - text.data());
    size_t e = b + m.size();
    if (e > b) {
      for (int index : patterns) out->push_back({index, {b, e}});
    }
    pos = e > b ? e : b + 1;
  }
}

void Scanner::ConfirmAt(const std::vector<int>& patterns, std::string_view text,
                        const std::vector<size_t>& starts, size_t max_bytes,
                        std::vector<Candidate>* out) const {
  if (starts.empty()) return;
  const RE2& re = pattern(patterns[0]).Re();
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece m;
  size_t pos = 0;
  // An unanchored search finds the first start where an anchored match exists, then goes on
  // from its end: the same, tried only where a match can start, and without RE2's backward
  // pass to find where it began.
  for (size_t b : starts) {
    if (b < pos) continue;
    size_t end = max_bytes == kUnbounded ? text.size() : std::min(text.size(), b + max_bytes);
    // Asking for a group as well makes RE2 match this short anchored text by backtracking
    // (BitState) instead of growing a DFA cache: over 40,000 posts those caches were 18 MB,
    // and the backtracking is no slower here.
    re2::StringPiece sub[2];
    int n = re.NumberOfCapturingGroups() > 0 ? 2 : 1;
    if (!re.Match(input, b, end, RE2::ANCHOR_START, sub, n)) continue;
    m = sub[0];
    size_t e = b + m.size();
    if (e > b) {
      for (int index : patterns) out->push_back({index, {b, e}});
    }
    pos = e > b ? e : b + 1;
  }
}

void Scanner::FindPinyin(std::string_view line, Scratch* scratch,
                         std::vector<Candidate>* out) const {
  const Compiled& c = *compiled_;
  if (c.spelling_re.empty()) return;
  // The spellings one of whose runs of letters is a maximal run of the line.
  scratch->spellings.clear();
  uint32_t stamp = scratch->line;
  auto wake = [&](int32_t k) {
    if (scratch->spelling_seen[static_cast<size_t>(k)] == stamp) return;
    scratch->spelling_seen[static_cast<size_t>(k)] = stamp;
    scratch->spellings.push_back(k);
  };
  bool letters = false;
  for (size_t i = 0; i < line.size();) {
    if (!IsAsciiLetter(line[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < line.size() && IsAsciiLetter(line[j])) ++j;
    letters = true;
    uint64_t hash = Compiled::RunHash(line.substr(i, j - i));
    auto it = std::lower_bound(c.runs.begin(), c.runs.end(), hash,
                               [](const Compiled::Run& r, uint64_t h) { return r.hash < h; });
    for (; it != c.runs.end() && it->hash == hash; ++it) wake(it->spelling);
    i = j;
  }
  if (!letters) return;
  for (int k : c.spelled_always) wake(k);
  for (int h : scratch->spellings) {
    auto k = static_cast<size_t>(h);
    const RE2& re = c.spelling_re[k]->get();
    re2::StringPiece input(line.data(), line.size()), m;
    size_t pos = 0;
    while (pos < line.size() && re.Match(input, pos, line.size(), RE2::UNANCHORED, &m, 1)) {
      size_t b = static_cast<size_t>(m.data() - line.data()), e = b + m.size();
      pos = e > b ? e : b + 1;
      // Letters that run on beyond the match belong to another word (zxy, fxd).
      if ((IsAsciiLetter(line[b]) && b > 0 && IsAsciiLetter(line[b - 1])) ||
          (IsAsciiLetter(line[e - 1]) && e < line.size() && IsAsciiLetter(line[e]))) {
        continue;
      }
      if (c.spelling_term[k].Accepts(line.substr(b, e - b))) {
        out->push_back({c.spelling_pattern[k], {b, e}});
      }
    }
  }
}

void Scanner::ScanLine(std::string_view line, Scratch* scratch, std::vector<Candidate>* out) const {
  const Compiled& c = *compiled_;
  uint32_t stamp = ++scratch->line;
  scratch->hits.clear();
  scratch->woken.clear();
  c.index.FindAll(line, &scratch->hits);
  size_t first_term = out->size();
  scratch->starts.clear();
  for (const LiteralIndex::Hit& h : scratch->hits) {
    const Compiled::Literal& lit = c.literals[static_cast<size_t>(h.id)];
    if (lit.pattern >= 0) {
      out->push_back({lit.pattern, h.span});
      continue;
    }
    if (lit.starts >= 0) {
      scratch->starts.emplace_back(lit.starts, h.span.begin);
      continue;
    }
    scratch->atom_seen[static_cast<size_t>(lit.atom)] = stamp;
    auto a = static_cast<size_t>(lit.atom);
    for (int k = c.triggered_at[a]; k < c.triggered_at[a + 1]; ++k) {
      int r = c.triggered[static_cast<size_t>(k)];
      if (scratch->regex_seen[static_cast<size_t>(r)] == stamp) continue;
      scratch->regex_seen[static_cast<size_t>(r)] = stamp;
      scratch->woken.push_back(r);
    }
  }
  // A terms entry matches as its regex of alternatives, longest first, would: leftmost, then
  // longest, then on from its end.
  std::sort(out->begin() + static_cast<std::ptrdiff_t>(first_term), out->end(),
            [](const Candidate& a, const Candidate& b) {
              if (a.pattern != b.pattern) return a.pattern < b.pattern;
              if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
              return a.span.end > b.span.end;
            });
  size_t kept = first_term;
  for (size_t k = first_term; k < out->size(); ++k) {
    const Candidate& cand = (*out)[k];
    if (kept > first_term && (*out)[kept - 1].pattern == cand.pattern &&
        cand.span.begin < (*out)[kept - 1].span.end) {
      continue;
    }
    (*out)[kept++] = cand;
  }
  out->resize(kept);
  Span whole{0, line.size()};
  for (int r : c.always) Confirm(c.regexes[static_cast<size_t>(r)].patterns, line, whole, out);
  std::sort(scratch->woken.begin(), scratch->woken.end());
  std::sort(scratch->starts.begin(), scratch->starts.end());
  auto next_start = scratch->starts.begin();
  for (int r : scratch->woken) {
    const Compiled::Regex& regex = c.regexes[static_cast<size_t>(r)];
    if (!c.Holds(regex.condition, scratch->atom_seen, stamp)) continue;
    if (regex.anchored) {
      // Where one of its starts occurs, and nowhere else, a match may begin.
      scratch->at.clear();
      next_start = std::lower_bound(next_start, scratch->starts.end(), std::pair{r, size_t{0}});
      for (; next_start != scratch->starts.end() && next_start->first == r; ++next_start) {
        if (scratch->at.empty() || scratch->at.back() != next_start->second) {
          scratch->at.push_back(next_start->second);
        }
      }
      ConfirmAt(regex.patterns, line, scratch->at, regex.max_bytes, out);
      continue;
    }
    if (regex.max_bytes == kUnbounded) {
      Confirm(regex.patterns, line, whole, out);
      continue;
    }
    // A match holds a trigger and spans at most max_bytes, so it lies within max_bytes of
    // one: search only those windows, merged where they overlap. Every match found in a
    // window is the one a search of the whole line finds there.
    std::vector<Span>& windows = scratch->windows;
    windows.clear();
    for (const LiteralIndex::Hit& h : scratch->hits) {
      int atom = c.literals[static_cast<size_t>(h.id)].atom;
      if (atom < 0 || !std::binary_search(regex.triggers.begin(), regex.triggers.end(), atom)) {
        continue;
      }
      size_t b = h.span.end > regex.max_bytes ? h.span.end - regex.max_bytes : 0;
      size_t e = std::min(line.size(), h.span.begin + regex.max_bytes);
      windows.push_back({b, e});
    }
    std::sort(windows.begin(), windows.end(),
              [](const Span& a, const Span& b) { return a.begin < b.begin; });
    size_t merged = 0;
    for (const Span& w : windows) {
      if (merged > 0 && w.begin < windows[merged - 1].end) {
        windows[merged - 1].end = std::max(windows[merged - 1].end, w.end);
      } else {
        windows[merged++] = w;
      }
    }
    windows.resize(merged);
    for (const Span& w : windows) Confirm(regex.patterns, line, w, out);
  }
  FindPinyin(line, scratch, out);
}

Result<std::vector<Candidate>> Scanner::Find(std::string_view folded) const {
  std::vector<Candidate> out, found;
  if (refs_.empty()) return out;
  Scratch scratch;
  scratch.atom_seen.assign(compiled_->atoms, 0);
  scratch.spelling_seen.assign(compiled_->spelling_term.size(), 0);
  scratch.regex_seen.assign(compiled_->regexes.size(), 0);
  Squeezed squeezed;
  size_t start = 0;
  while (start < folded.size()) {
    size_t nl = folded.find('\n', start);
    size_t end = nl == std::string_view::npos ? folded.size() : nl;
    std::string_view line = folded.substr(start, end - start);
    found.clear();
    ScanLine(line, &scratch, &found);
    for (Candidate& c : found)
      out.push_back({c.pattern, {start + c.span.begin, start + c.span.end}});
    // Again without the gaps, keeping only the matches that cross one: the others were found.
    if (squeezed.Build(line)) {
      found.clear();
      ScanLine(squeezed.text(), &scratch, &found);
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

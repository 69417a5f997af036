// See prefilter.h. A recursive descent over the RE2 syntax the packs use; anything else makes
// the whole regex kAll, which costs speed, never a match.
#include "finlint/scan/prefilter.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <set>

namespace finlint::scan {

namespace {

constexpr size_t kMaxExact = 1024;  // strings a part may stand for before it becomes a condition
constexpr size_t kMinAtom = 3;
constexpr size_t kMaxChar = 4;     // bytes of one UTF-8 character
constexpr size_t kMaxStarts = 64;  // strings a match may start with, before they stop helping

size_t AddBytes(size_t a, size_t b) { return a > kUnbounded - b ? kUnbounded : a + b; }
size_t TimesBytes(size_t a, size_t n) {
  if (n == 0) return 0;
  return a > kUnbounded / n ? kUnbounded : a * n;
}

// Short atoms are allowed when they are ASCII punctuation (%, ‰ is longer anyway): rare in
// prose, and the only literal of '\d+%'. Letters and digits alone are everywhere.
bool UsableAtom(const std::string& s) {
  if (s.size() >= kMinAtom) return true;
  if (s.empty()) return false;
  for (char c : s) {
    bool punct = (c > ' ' && c < '0') || (c > '9' && c < 'A') || (c > 'Z' && c < 'a') ||
                 (c > 'z' && c < 0x7F);
    if (!punct) return false;
  }
  return true;
}

Prefilter All() { return {}; }

Prefilter AtomOf(std::string s) {
  Prefilter p;
  p.op = Prefilter::Op::kAtom;
  p.atom = std::move(s);
  return p;
}

Prefilter Combine(Prefilter::Op op, Prefilter a, Prefilter b) {
  bool is_and = op == Prefilter::Op::kAnd;
  if (a.op == Prefilter::Op::kAll) return is_and ? b : a;
  if (b.op == Prefilter::Op::kAll) return is_and ? a : b;
  Prefilter out;
  out.op = op;
  for (Prefilter* p : {&a, &b}) {
    if (p->op == op) {
      for (Prefilter& s : p->subs) out.subs.push_back(std::move(s));
    } else {
      out.subs.push_back(std::move(*p));
    }
  }
  return out;
}

// What a part of the regex may match: exactly one of `strings`, or text meeting `cond`.
// `max` is the most bytes it may match; every match starts with one of `starts` (empty:
// not known).
struct Info {
  bool exact = true;
  std::set<std::string> strings{""};
  Prefilter cond;
  size_t max = 0;
  std::set<std::string> starts;

  static Info Inexact(Prefilter c, size_t max) {
    Info i;
    i.exact = false;
    i.strings.clear();
    i.cond = std::move(c);
    i.max = max;
    return i;
  }
  Prefilter Condition() const {
    if (!exact) return cond;
    Prefilter any;
    any.op = Prefilter::Op::kOr;
    for (const std::string& s : strings) {
      if (!UsableAtom(s)) return All();
      any.subs.push_back(AtomOf(s));
    }
    if (any.subs.size() == 1) return std::move(any.subs[0]);
    return any;
  }
};

// `strings` as the strings a match starts with, or none when one is empty or too short to
// find cheaply, or there are too many.
std::set<std::string> StartsOf(const std::set<std::string>& strings) {
  if (strings.empty() || strings.size() > kMaxStarts) return {};
  for (const std::string& s : strings) {
    if (!UsableAtom(s)) return {};
  }
  return strings;
}

class Analyzer {
 public:
  explicit Analyzer(std::string_view s) : s_(s) {}

  RegexFacts Run() {
    Info i = Alternation();
    if (failed_ || pos_ != s_.size()) return {All(), kUnbounded, {}};
    return {i.Condition(), i.max, {i.starts.begin(), i.starts.end()}};
  }

 private:
  bool AtEnd() const { return pos_ >= s_.size(); }
  char Peek() const { return s_[pos_]; }

  Info Alternation() {
    std::vector<Info> branches{Concatenation()};
    while (!failed_ && !AtEnd() && Peek() == '|') {
      ++pos_;
      branches.push_back(Concatenation());
    }
    if (branches.size() == 1) return std::move(branches[0]);
    Info out;
    out.strings.clear();
    bool starts = true;
    for (Info& b : branches) {
      if (!b.exact) out.exact = false;
      if (out.exact) out.strings.insert(b.strings.begin(), b.strings.end());
      out.max = std::max(out.max, b.max);
      starts = starts && !b.starts.empty();
      if (starts) out.starts.insert(b.starts.begin(), b.starts.end());
    }
    if (!starts || out.starts.size() > kMaxStarts) out.starts.clear();
    if (out.exact && out.strings.size() <= kMaxExact) return out;
    std::set<std::string> first = std::move(out.starts);
    Prefilter any = branches[0].Condition();
    for (size_t k = 1; k < branches.size(); ++k) {
      any = Combine(Prefilter::Op::kOr, std::move(any), branches[k].Condition());
    }
    Info inexact = Info::Inexact(std::move(any), out.max);
    inexact.starts = std::move(first);
    return inexact;
  }

  Info Concatenation() {
    Prefilter done;  // the condition of the parts already flushed
    bool exact = true;
    std::set<std::string> run{""};
    size_t max = 0;
    // What a match starts with: the product of the leading exact parts while it is small, or
    // the first part's own starts when that is not exact.
    std::set<std::string> starts;
    bool starts_known = false;
    auto fix_starts = [&](std::set<std::string> s) {
      if (!starts_known) starts = StartsOf(s), starts_known = true;
    };
    auto flush = [&] {
      Info r;
      r.strings = run;
      done = Combine(Prefilter::Op::kAnd, std::move(done), r.Condition());
      run = {""};
      exact = false;
    };
    while (!failed_ && !AtEnd() && Peek() != '|' && Peek() != ')') {
      Info part = Repetition();
      max = AddBytes(max, part.max);
      if (!part.exact) {
        fix_starts(run == std::set<std::string>{""} && exact ? part.starts : run);
        flush();
        done = Combine(Prefilter::Op::kAnd, std::move(done), std::move(part.cond));
        continue;
      }
      if (run.size() * part.strings.size() > kMaxStarts && run != std::set<std::string>{""}) {
        fix_starts(run);
      }
      if (run.size() * part.strings.size() > kMaxExact) flush(), run = {};
      if (run.empty()) {
        run = std::move(part.strings);
        continue;
      }
      std::set<std::string> product;
      for (const std::string& a : run) {
        for (const std::string& b : part.strings) product.insert(a + b);
      }
      run = std::move(product);
    }
    Info out;
    if (exact) {
      fix_starts(run);
      out.strings = std::move(run);
      out.max = max;
      out.starts = std::move(starts);
      return out;
    }
    Info tail;
    tail.strings = std::move(run);
    out = Info::Inexact(Combine(Prefilter::Op::kAnd, std::move(done), tail.Condition()), max);
    out.starts = std::move(starts);
    return out;
  }

  // A number at pos_, or -1.
  int Number() {
    int n = -1;
    while (!AtEnd() && Peek() >= '0' && Peek() <= '9') {
      n = (n < 0 ? 0 : n * 10) + (Peek() - '0');
      if (n > 100000) n = 100000;
      ++pos_;
    }
    return n;
  }

  // {n}, {n,} or {n,m} at pos_: the minimum, or -1 (then '{' is a literal and pos_ is kept);
  // `*most` gets the maximum, -1 for none.
  int Braces(int* most) {
    size_t start = pos_;
    ++pos_;
    int min = Number();
    *most = min;
    if (min >= 0 && !AtEnd() && Peek() == ',') {
      ++pos_;
      *most = Number();
    }
    if (min < 0 || AtEnd() || Peek() != '}') {
      pos_ = start;
      return -1;
    }
    ++pos_;
    return min;
  }

  Info Repetition() {
    Info atom = Atom();
    while (!failed_ && !AtEnd()) {
      char c = Peek();
      int min, most = -1;
      if (c == '?' || c == '*' || c == '+') {
        ++pos_;
        min = c == '+' ? 1 : 0;
        if (c == '?') most = 1;
        if (c == '?' && atom.exact) {
          atom.strings.insert("");
          atom.starts.clear();
          min = -2;  // still exact
        }
      } else if (c == '{') {
        min = Braces(&most);
        if (min < 0) break;
      } else {
        break;
      }
      if (!AtEnd() && Peek() == '?') ++pos_;  // non-greedy: same text
      if (min == -2) continue;
      size_t max = most < 0 ? kUnbounded : TimesBytes(atom.max, static_cast<size_t>(most));
      if (min == 0) {
        atom = Info::Inexact(All(), max);
      } else {
        std::set<std::string> starts = std::move(atom.starts);
        atom = Info::Inexact(atom.Condition(), max);  // at least one copy of the part
        atom.starts = std::move(starts);
      }
    }
    return atom;
  }

  Info Literal(std::string s) {
    Info i;
    i.max = s.size();
    i.strings = {std::move(s)};
    i.starts = StartsOf(i.strings);
    return i;
  }

  Info Atom() {
    char c = Peek();
    if (c == '(') {
      ++pos_;
      if (s_.substr(pos_, 2) == "?:") {
        pos_ += 2;
      } else if (s_.substr(pos_, 3) == "?P<" || s_.substr(pos_, 2) == "?<") {
        size_t close = s_.find('>', pos_);
        if (close == std::string_view::npos) return Fail();
        pos_ = close + 1;
      } else if (!AtEnd() && Peek() == '?') {
        return Fail();  // flags such as (?i) change what the literals mean
      }
      Info inner = Alternation();
      if (failed_ || AtEnd() || Peek() != ')') return Fail();
      ++pos_;
      return inner;
    }
    if (c == '[') return Class();
    if (c == '.') {
      ++pos_;
      return Info::Inexact(All(), kMaxChar);
    }
    if (c == '^' || c == '$') {
      ++pos_;
      return Literal("");
    }
    if (c == '*' || c == '+' || c == '?' || c == ')') return Fail();
    if (c == '\\') return Escape();
    size_t n = CharLength();
    if (pos_ + n > s_.size()) return Fail();
    std::string ch(s_.substr(pos_, n));
    pos_ += n;
    return Literal(std::move(ch));
  }

  Info Escape() {
    if (pos_ + 1 >= s_.size()) return Fail();
    char e = s_[pos_ + 1];
    pos_ += 2;
    switch (e) {
      case 'd':
      case 'D':
      case 's':
      case 'S':
      case 'w':
      case 'W':
      case 'C':
        return Info::Inexact(All(), kMaxChar);
      case 'p':
      case 'P':
        if (!AtEnd() && Peek() == '{') {
          size_t close = s_.find('}', pos_);
          if (close == std::string_view::npos) return Fail();
          pos_ = close + 1;
        } else if (!AtEnd()) {
          ++pos_;
        }
        return Info::Inexact(All(), kMaxChar);
      case 'A':
      case 'z':
      case 'b':
      case 'B':
        return Literal("");
      case 'n':
        return Literal("\n");
      case 't':
        return Literal("\t");
      case 'r':
        return Literal("\r");
      case 'f':
        return Literal("\f");
      case 'v':
        return Literal("\v");
      default:
        break;
    }
    if ((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z') || (e >= '0' && e <= '9')) {
      return Fail();  // \x, \Q…\E, back references: not followed
    }
    return Literal(std::string(1, e));
  }

  // A bracket class of a few plain characters ([“「『]) stands for each of them; any other class
  // (negated, ranges, escapes) for no literal, but its end must still be found.
  Info Class() {
    ++pos_;
    bool plain = true;
    if (!AtEnd() && Peek() == '^') ++pos_, plain = false;
    std::set<std::string> chars;
    bool first = true;
    while (!AtEnd() && (Peek() != ']' || first)) {
      first = false;
      if (Peek() == '\\') {
        pos_ += 2;
        plain = false;
      } else if (s_.substr(pos_, 2) == "[:") {
        size_t close = s_.find(":]", pos_ + 2);
        if (close == std::string_view::npos) return Fail();
        pos_ = close + 2;
        plain = false;
      } else {
        size_t n = CharLength();
        if (Peek() == '-' || pos_ + n > s_.size()) plain = false;
        chars.emplace(s_.substr(pos_, std::min(n, s_.size() - pos_)));
        pos_ += n;
      }
    }
    if (AtEnd()) return Fail();
    ++pos_;
    if (!plain || chars.empty() || chars.size() > 8) return Info::Inexact(All(), kMaxChar);
    Info out;
    for (const std::string& ch : chars) out.max = std::max(out.max, ch.size());
    out.strings = std::move(chars);
    out.starts = StartsOf(out.strings);
    return out;
  }

  size_t CharLength() const {
    return static_cast<size_t>(U8_COUNT_TRAIL_BYTES(static_cast<uint8_t>(Peek()))) + 1;
  }

  Info Fail() {
    failed_ = true;
    pos_ = s_.size();
    return Info::Inexact(All(), kUnbounded);
  }

  std::string_view s_;
  size_t pos_ = 0;
  bool failed_ = false;
};

}  // namespace

std::string Prefilter::ToString() const {
  switch (op) {
    case Op::kAll:
      return "*";
    case Op::kAtom:
      return atom;
    case Op::kAnd:
    case Op::kOr:
      break;
  }
  std::string out;
  for (const Prefilter& s : subs) {
    std::string part = s.ToString();
    if (op == Op::kAnd && s.op == Op::kOr) part = "(" + part + ")";
    out += (out.empty() ? "" : op == Op::kAnd ? " & " : "|") + part;
  }
  return out;
}

RegexFacts Analyze(std::string_view regex) { return Analyzer(regex).Run(); }

Prefilter PrefilterOf(std::string_view regex) { return Analyze(regex).condition; }

}  // namespace finlint::scan

// See compiled.h. Each value is written in the order of its struct's fields: integers as 32
// bits, doubles as their bytes, strings and lists with their length first. A field added to
// Rule, Pattern, Unless or Suggestion must be added to both functions here; the test
// rules/compiled_test.cpp compares a round trip with the YAML the packs come from.
#include "finlint/rules/compiled.h"

#include <cstdint>
#include <cstring>

namespace finlint::rules {

namespace {

constexpr std::string_view kMagic = "finlint-rules-2";

class Writer {
 public:
  void Int(int64_t v) {
    auto u = static_cast<uint32_t>(static_cast<int32_t>(v));
    for (int k = 0; k < 4; ++k) out_ += static_cast<char>((u >> (8 * k)) & 0xFF);
  }
  void Bool(bool b) { out_ += b ? '\1' : '\0'; }
  void Double(double d) {
    char bytes[sizeof d];
    std::memcpy(bytes, &d, sizeof d);
    out_.append(bytes, sizeof d);
  }
  void Str(std::string_view s) {
    Int(static_cast<int64_t>(s.size()));
    out_ += s;
  }
  void Strs(const std::vector<std::string>& v) {
    Int(static_cast<int64_t>(v.size()));
    for (const std::string& s : v) Str(s);
  }
  void Raw(std::string_view s) { out_ += s; }
  std::string Take() { return std::move(out_); }

 private:
  std::string out_;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  bool AtEnd() const { return pos_ == in_.size(); }

  int32_t Int() {
    if (!Need(4)) return 0;
    uint32_t u = 0;
    for (int k = 0; k < 4; ++k)
      u |= static_cast<uint32_t>(static_cast<uint8_t>(in_[pos_++])) << (8 * k);
    return static_cast<int32_t>(u);
  }
  // A count of things that each take at least one byte: more than are left is damage.
  size_t Count() {
    int32_t n = Int();
    if (n < 0 || static_cast<size_t>(n) > in_.size() - pos_) ok_ = false;
    return ok_ ? static_cast<size_t>(n) : 0;
  }
  bool Bool() { return Need(1) && in_[pos_++] != 0; }
  double Double() {
    double d = 0;
    if (!Need(sizeof d)) return d;
    std::memcpy(&d, in_.data() + pos_, sizeof d);
    pos_ += sizeof d;
    return d;
  }
  std::string Str() {
    size_t n = Count();
    if (!Need(n)) return {};
    std::string s(in_.substr(pos_, n));
    pos_ += n;
    return s;
  }
  std::vector<std::string> Strs() {
    std::vector<std::string> v(Count());
    for (std::string& s : v) s = Str();
    return v;
  }
  bool Expect(std::string_view s) {
    if (!Need(s.size()) || in_.substr(pos_, s.size()) != s) return ok_ = false;
    pos_ += s.size();
    return true;
  }
  template <typename E>
  E Enum(int count) {
    int32_t v = Int();
    if (v < 0 || v >= count) ok_ = false;
    return static_cast<E>(ok_ ? v : 0);
  }

 private:
  bool Need(size_t n) {
    if (ok_ && n > in_.size() - pos_) ok_ = false;
    return ok_;
  }
  std::string_view in_;
  size_t pos_ = 0;
  bool ok_ = true;
};

void WritePatterns(Writer& w, const std::vector<Pattern>& list) {
  w.Int(static_cast<int64_t>(list.size()));
  for (const Pattern& p : list) {
    w.Strs(p.terms);
    w.Str(p.regex);
    w.Bool(p.word);
    w.Bool(p.pinyin);
    w.Int(p.per ? static_cast<int>(*p.per) + 1 : 0);
    for (int g : {p.rate_group, p.amount_group, p.cost_group, p.periods_group}) w.Int(g);
    w.Double(p.above);
  }
}

std::vector<Pattern> ReadPatterns(Reader& r) {
  std::vector<Pattern> list(r.Count());
  for (Pattern& p : list) {
    p.terms = r.Strs();
    p.regex = r.Str();
    p.word = r.Bool();
    p.pinyin = r.Bool();
    int per = r.Enum<int>(static_cast<int>(numbers::Per::kPeriod) + 2);
    if (per > 0) p.per = static_cast<numbers::Per>(per - 1);
    for (int* g : {&p.rate_group, &p.amount_group, &p.cost_group, &p.periods_group}) *g = r.Int();
    p.above = r.Double();
    p.re = std::make_shared<LazyRegex>(p.regex);
  }
  return list;
}

}  // namespace

std::string Serialize(const RuleSet& set) {
  Writer w;
  w.Raw(kMagic);
  w.Int(static_cast<int64_t>(set.rules.size()));
  for (const Rule& r : set.rules) {
    w.Str(r.id);
    w.Str(r.category);
    w.Int(static_cast<int>(r.severity));
    w.Str(r.message);
    w.Str(r.message_en);
    w.Strs(r.basis);
    w.Int(static_cast<int>(r.scope));
    for (const auto* list : r.patterns()) WritePatterns(w, *list);
    const Unless& u = r.unless;
    for (const auto* v : {&u.before, &u.after, &u.sentence, &u.quoted, &u.covering, &u.document}) {
      w.Strs(*v);
    }
    w.Int(u.window);
    w.Int(static_cast<int64_t>(r.suggest.size()));
    for (const Suggestion& s : r.suggest) {
      w.Int(static_cast<int>(s.kind));
      w.Str(s.text);
      w.Bool(s.safe);
    }
    w.Strs(r.bad);
    w.Strs(r.good);
    w.Str(r.file);
    w.Int(r.line);
  }
  return w.Take();
}

bool Deserialize(std::string_view data, RuleSet* set) {
  Reader r(data);
  if (!r.Expect(kMagic)) return false;
  std::vector<Rule> rules(r.Count());
  for (Rule& x : rules) {
    x.id = r.Str();
    x.category = r.Str();
    x.severity = r.Enum<Severity>(3);
    x.message = r.Str();
    x.message_en = r.Str();
    x.basis = r.Strs();
    x.scope = r.Enum<Scope>(2);
    for (auto* list : {&x.match, &x.when, &x.also, &x.require}) *list = ReadPatterns(r);
    Unless& u = x.unless;
    for (auto* v : {&u.before, &u.after, &u.sentence, &u.quoted, &u.covering, &u.document}) {
      *v = r.Strs();
    }
    u.window = r.Int();
    x.suggest.resize(r.Count());
    for (Suggestion& s : x.suggest) {
      s.kind = r.Enum<Suggestion::Kind>(3);
      s.text = r.Str();
      s.safe = r.Bool();
    }
    x.bad = r.Strs();
    x.good = r.Strs();
    x.file = r.Str();
    x.line = r.Int();
    if (!r.ok()) return false;
  }
  if (!r.ok() || !r.AtEnd()) return false;
  for (Rule& x : rules) set->rules.push_back(std::move(x));
  return true;
}

}  // namespace finlint::rules

// See compiled.h. Each value is written in the order of its struct's fields (core/binary.h).
// A field added to Rule, Pattern, Unless or Suggestion must be added to both functions here;
// the test rules/compiled_test.cpp compares a round trip with the YAML the packs come from.
#include "finlint/rules/compiled.h"

#include <map>

#include "finlint/core/binary.h"

namespace finlint::rules {

namespace {

constexpr std::string_view kMagic = "finlint-rules-4";

using Writer = BinaryWriter;
using Reader = BinaryReader;

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
  w.Int(static_cast<int64_t>(set.categories.size()));
  for (const Category& c : set.categories) {
    w.Str(c.id);
    w.Str(c.zh);
    w.Str(c.what);
  }
  // Each distinct `unless` list once; a rule names its lists by number.
  std::map<std::vector<std::string>, int> list_ids;
  std::vector<const std::vector<std::string>*> lists;
  auto list_id = [&](const Phrases& p) {
    auto [it, added] = list_ids.emplace(p.list(), static_cast<int>(lists.size()));
    if (added) lists.push_back(&it->first);
    return it->second;
  };
  std::vector<int> ids;
  for (const Rule& r : set.rules) {
    const Unless& u = r.unless;
    for (const Phrases* v : {&u.before, &u.after, &u.sentence, &u.quoted, &u.covering, &u.document})
      ids.push_back(list_id(*v));
  }
  w.Int(static_cast<int64_t>(lists.size()));
  for (const auto* list : lists) w.Strs(*list);
  auto next_id = ids.begin();
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
    for (int k = 0; k < 6; ++k) w.Int(*next_id++);
    w.Int(r.unless.window);
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

bool Deserialize(std::string_view data, bool with_rules, RuleSet* set, bool with_examples) {
  Reader r(data);
  if (!r.Expect(kMagic)) return false;
  std::vector<Category> categories(r.Count());
  for (Category& c : categories) {
    c.id = r.Str();
    c.zh = r.Str();
    c.what = r.Str();
  }
  std::vector<Phrases> lists(r.Count());
  for (Phrases& p : lists) p = r.Strs();
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
    for (Phrases* v : {&u.before, &u.after, &u.sentence, &u.quoted, &u.covering, &u.document}) {
      int id = r.Int();
      r.Require(id >= 0 && static_cast<size_t>(id) < lists.size());
      if (r.ok()) *v = lists[static_cast<size_t>(id)];
    }
    u.window = r.Int();
    x.suggest.resize(r.Count());
    for (Suggestion& s : x.suggest) {
      s.kind = r.Enum<Suggestion::Kind>(3);
      s.text = r.Str();
      s.safe = r.Bool();
    }
    for (auto* examples : {&x.bad, &x.good}) {
      if (with_examples) {
        *examples = r.Strs();
      } else {
        for (size_t n = r.Count(); n > 0; --n) r.View();
      }
    }
    x.file = r.Str();
    x.line = r.Int();
    if (!r.ok()) return false;
  }
  if (!r.ok() || !r.AtEnd()) return false;
  for (Category& c : categories) set->categories.push_back(std::move(c));
  if (!with_rules) return true;
  for (Rule& x : rules) set->rules.push_back(std::move(x));
  return true;
}

}  // namespace finlint::rules

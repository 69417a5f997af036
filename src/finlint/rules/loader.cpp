// The YAML pack loader: validates every key and value and reports each problem with the
// position of the node at fault (yaml-cpp marks are 0-based, ours 1-based).
#include <re2/re2.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <unordered_map>

#include "finlint/core/nearest.h"
#include "finlint/core/yaml.h"
#include "finlint/decode/decode.h"
#include "finlint/normalize/normalize.h"
#include "finlint/rules/fold_regex.h"
#include "finlint/rules/rules.h"

namespace finlint::rules {
namespace {

constexpr std::string_view kRuleKeys[] = {
    "id",    "category", "severity", "message", "message_en", "basis",   "scope",
    "match", "when",     "also",     "require", "unless",     "suggest", "examples"};
constexpr std::string_view kPatternKeys[] = {"terms", "regex", "word", "pinyin", "rate", "above"};
constexpr std::string_view kUnlessKeys[] = {"before", "after",    "window",  "sentence",
                                            "quoted", "covering", "document"};
constexpr std::string_view kSuggestKeys[] = {"replace", "advice", "append", "safe"};
constexpr std::string_view kExampleKeys[] = {"bad", "good"};
constexpr std::string_view kPackKeys[] = {"rules", "defaults"};
constexpr std::string_view kDefaultsKeys[] = {"unless"};

template <size_t N>
std::string Choices(const std::string_view (&valid)[N]) {
  std::string s;
  for (auto v : valid) s += (s.empty() ? "" : ", ") + std::string(v);
  return s;
}

class PackLoader {
 public:
  PackLoader(std::string_view path, const normalize::Folder& folder, RuleSet* set,
             std::vector<Error>* errors, bool compile_now)
      : path_(path), folder_(folder), set_(set), errors_(errors), compile_now_(compile_now) {}

  bool Load(std::string_view text) {
    size_t before = errors_->size();
    decode::Decoded decoded;  // YAML is UTF-8 text; yaml-cpp would take any bytes
    if (auto d = decode::Decode(path_, text, decode::Encoding::kUtf8, &decoded); !d.ok()) {
      errors_->push_back(d.error());
      return false;
    }
    auto parsed = ParseYaml(path_, text);
    if (!parsed.ok()) {
      errors_->push_back(parsed.error());
      return false;
    }
    const YAML::Node& root = parsed.value();
    if (!root.IsMap()) {
      Fail(root.Mark(), "a rule pack is a mapping with a `rules:` list");
      return false;
    }
    CheckKeys(root, kPackKeys);
    Unless defaults;
    if (YAML::Node d = root["defaults"]) {
      if (ExpectMap(d, "defaults")) {
        CheckKeys(d, kDefaultsKeys);
        if (d["unless"]) ReadUnless(d["unless"], &defaults);
      }
    }
    YAML::Node list = root["rules"];
    if (!list || !list.IsSequence()) {
      Fail(list ? list.Mark() : root.Mark(), "missing `rules:` list");
      return false;
    }
    std::vector<Rule> loaded;
    for (const YAML::Node& node : list) {
      Rule rule;
      if (ReadRule(node, defaults, &rule)) loaded.push_back(std::move(rule));
    }
    if (errors_->size() != before) {
      std::stable_sort(errors_->begin() + static_cast<std::ptrdiff_t>(before), errors_->end(),
                       [](const Error& a, const Error& b) {
                         return a.line != b.line ? a.line < b.line : a.col < b.col;
                       });
      return false;
    }
    for (Rule& r : loaded) set_->rules.push_back(std::move(r));
    return true;
  }

 private:
  void Fail(const YAML::Mark& m, std::string message) {
    errors_->push_back(Error{path_, m.is_null() ? 0 : m.line + 1, m.is_null() ? 0 : m.column + 1,
                             std::move(message)});
  }

  template <size_t N>
  void CheckKeys(const YAML::Node& map, const std::string_view (&valid)[N]) {
    for (const auto& kv : map) {
      std::string key = kv.first.Scalar();
      if (std::find(std::begin(valid), std::end(valid), key) != std::end(valid)) continue;
      std::string near = Nearest(key, valid);
      Fail(kv.first.Mark(), "unknown key '" + key + "'" +
                                (near.empty() ? " (valid keys: " + Choices(valid) + ")"
                                              : " (did you mean '" + near + "'?)"));
    }
  }

  bool ExpectMap(const YAML::Node& n, std::string_view what) {
    if (n.IsMap()) return true;
    Fail(n.Mark(), std::string(what) + " must be a mapping");
    return false;
  }

  bool ReadString(const YAML::Node& n, std::string_view what, std::string* out) {
    if (!n.IsScalar() || n.Scalar().empty()) {
      Fail(n.Mark(), std::string(what) + " must be a non-empty string");
      return false;
    }
    *out = n.Scalar();
    return true;
  }

  bool ReadStrings(const YAML::Node& n, std::string_view what, std::vector<std::string>* out) {
    if (n.IsScalar()) {
      std::string s;
      if (!ReadString(n, what, &s)) return false;
      out->push_back(s);
      return true;
    }
    if (!n.IsSequence()) {
      Fail(n.Mark(), std::string(what) + " must be a list of strings");
      return false;
    }
    for (const YAML::Node& item : n) {
      std::string s;
      if (ReadString(item, what, &s)) out->push_back(std::move(s));
    }
    return true;
  }

  void ReadFolded(const YAML::Node& n, std::string_view what, std::vector<std::string>* out) {
    std::vector<std::string> raw;
    ReadStrings(n, what, &raw);
    for (const auto& s : raw) {
      std::string f = folder_.FoldString(s);
      if (f.empty()) {
        Fail(n.Mark(), std::string(what) + ": '" + s + "' is empty once folded");
      } else {
        out->push_back(std::move(f));
      }
    }
  }

  bool ReadBool(const YAML::Node& n, std::string_view what, bool* out) {
    const std::string& s = n.IsScalar() ? n.Scalar() : std::string();
    if (s == "true" || s == "false") {
      *out = s == "true";
      return true;
    }
    Fail(n.Mark(), std::string(what) + " must be true or false");
    return false;
  }

  void ReadUnless(const YAML::Node& n, Unless* u) {
    if (!ExpectMap(n, "unless")) return;
    CheckKeys(n, kUnlessKeys);
    for (auto [key, list] : {std::pair{"before", &u->before},
                             {"after", &u->after},
                             {"sentence", &u->sentence},
                             {"quoted", &u->quoted},
                             {"covering", &u->covering},
                             {"document", &u->document}}) {
      if (!n[key]) continue;
      std::vector<std::string> phrases;
      ReadFolded(n[key], "unless." + std::string(key), &phrases);
      *list = std::move(phrases);
    }
    if (YAML::Node w = n["window"]) {
      int v = -1;
      try {
        v = w.as<int>();
      } catch (const YAML::Exception&) {
      }
      if (v < 1 || v > 50) {
        Fail(w.Mark(), "unless.window must be a whole number of characters from 1 to 50");
      } else {
        u->window = v;
      }
    }
  }

  // Compiles `p->regex` and checks it cannot match the empty string. The builtin packs
  // compile on first use instead (start-up); `finlint test` checks every one of their regexes.
  bool Compile(const YAML::Node& at, Pattern* p) {
    p->re = std::make_shared<const LazyRegex>(p->regex);
    if (!compile_now_) return true;
    std::string problem = RegexProblem(*p);
    if (!problem.empty()) {
      Fail(at.Mark(), problem);
      return false;
    }
    return true;
  }

  void ReadPatterns(const YAML::Node& list, std::string_view what, std::vector<Pattern>* out) {
    if (!list.IsSequence() || list.size() == 0) {
      Fail(list.Mark(), std::string(what) +
                            " must be a non-empty list of {terms: [...]} or "
                            "{regex: '...'} entries");
      return;
    }
    for (const YAML::Node& n : list) {
      if (!ExpectMap(n, what)) continue;
      CheckKeys(n, kPatternKeys);
      YAML::Node terms = n["terms"], regex = n["regex"];
      if (bool(terms) == bool(regex)) {
        Fail(n.Mark(), std::string(what) + " entry needs exactly one of `terms` or `regex`");
        continue;
      }
      Pattern p;
      if (terms) {
        ReadFolded(terms, "terms", &p.terms);
        if (p.terms.empty()) {
          Fail(terms.Mark(), "terms must list at least one phrase");
          continue;
        }
        // Longest first: RE2 alternation prefers the earliest alternative at a position.
        std::vector<std::string> sorted = p.terms;
        std::stable_sort(sorted.begin(), sorted.end(),
                         [](const auto& a, const auto& b) { return a.size() > b.size(); });
        p.regex = "(?:";
        for (size_t i = 0; i < sorted.size(); ++i) {
          p.regex += (i ? "|" : "") + RE2::QuoteMeta(sorted[i]);
        }
        p.regex += ")";
        p.word = true;
      } else {
        std::string source, err;
        if (!ReadString(regex, "regex", &source)) continue;
        size_t at = 0;
        if (!FoldRegex(source, folder_, &p.regex, &err, &at)) {
          YAML::Mark m = regex.Mark();
          // Point at the offending character when the scalar is on one line.
          if (source.find('\n') == std::string::npos) m.column += static_cast<int>(at) + 1;
          Fail(m, err);
          continue;
        }
        p.word = false;
      }
      if (YAML::Node w = n["word"]) ReadBool(w, "word", &p.word);
      if (YAML::Node py = n["pinyin"]) {
        if (!terms) {
          Fail(py.Mark(), "`pinyin` applies to `terms` entries only");
          continue;
        }
        ReadBool(py, "pinyin", &p.pinyin);
      }
      if (!Compile(terms ? terms : regex, &p)) continue;
      if (n["rate"] && !ReadQuantity(n, &p)) continue;
      if (n["above"] && !n["rate"]) {
        Fail(n["above"].Mark(), "`above` needs `rate:` to say what the number is per");
        continue;
      }
      out->push_back(std::move(p));
    }
  }

  // `rate: day|month|year|period` with the named groups that hold the numbers.
  bool ReadQuantity(const YAML::Node& n, Pattern* p) {
    std::string per;
    numbers::Per value;
    if (!ReadString(n["rate"], "rate", &per) || !numbers::ParsePer(per, &value)) {
      Fail(n["rate"].Mark(), "rate must be one of day, month, year, period");
      return false;
    }
    p->per = value;
    const auto& groups = p->Re().NamedCapturingGroups();
    auto group = [&](const char* name) {
      auto it = groups.find(name);
      return it == groups.end() ? 0 : it->second;
    };
    p->rate_group = group("rate");
    p->amount_group = group("amount");
    p->cost_group = group("cost");
    p->periods_group = group("periods");
    if (p->rate_group == 0 && (p->amount_group == 0 || p->cost_group == 0)) {
      Fail(n["regex"] ? n["regex"].Mark() : n.Mark(),
           "a `rate:` entry needs a regex with a group (?P<rate>…), or (?P<amount>…) and "
           "(?P<cost>…)");
      return false;
    }
    if (YAML::Node a = n["above"]) {
      try {
        p->above = a.as<double>();
      } catch (const YAML::Exception&) {
        Fail(a.Mark(), "above must be a number (a percentage, e.g. 24)");
        return false;
      }
    }
    return true;
  }

  void ReadSuggestions(const YAML::Node& list, Rule* rule) {
    if (!list.IsSequence()) {
      Fail(list.Mark(), "suggest must be a list of {replace|advice|append: ...} entries");
      return;
    }
    for (const YAML::Node& n : list) {
      if (!ExpectMap(n, "suggest")) continue;
      CheckKeys(n, kSuggestKeys);
      int kinds = !!n["replace"] + !!n["advice"] + !!n["append"];
      if (kinds != 1) {
        Fail(n.Mark(), "a suggestion needs exactly one of `replace`, `advice` or `append`");
        continue;
      }
      Suggestion s;
      const char* key = n["replace"] ? "replace" : n["append"] ? "append" : "advice";
      const YAML::Node v = n[key];
      if (n["replace"]) {
        s.kind = Suggestion::Kind::kReplace;
      } else if (n["append"]) {
        s.kind = Suggestion::Kind::kAppend;
        if (rule->scope != Scope::kDocument) {
          Fail(v.Mark(), "`append` is for document rules (scope: document); use `replace`");
        }
      }
      if (!ReadString(v, "suggestion", &s.text)) continue;
      if (YAML::Node safe = n["safe"]) {
        if (s.kind == Suggestion::Kind::kAdvice) {
          Fail(safe.Mark(), "`safe` applies to `replace` and `append`, not to advice");
        }
        ReadBool(safe, "safe", &s.safe);
      }
      rule->suggest.push_back(std::move(s));
    }
  }

  bool ReadRule(const YAML::Node& n, const Unless& defaults, Rule* r) {
    size_t before = errors_->size();
    if (!ExpectMap(n, "a rule")) return false;
    CheckKeys(n, kRuleKeys);
    r->file = path_;
    r->line = n.Mark().line + 1;
    for (const char* key : {"id", "category", "severity", "message", "basis"}) {
      if (!n[key]) Fail(n.Mark(), std::string("rule is missing `") + key + "`");
    }
    if (n["id"] && ReadString(n["id"], "id", &r->id)) {
      if (seen_.empty()) {  // the ids of earlier packs, once: a lookup per rule stays O(1)
        for (const Rule& prev : set_->rules) {
          seen_.emplace(prev.id, prev.file + ":" + std::to_string(prev.line));
        }
      }
      auto [it, added] = seen_.emplace(r->id, path_ + ":" + std::to_string(r->line));
      if (!added) {
        Fail(n["id"].Mark(),
             "duplicate rule id '" + r->id + "' (first defined in " + it->second + ")");
      }
    }
    if (n["category"] && ReadString(n["category"], "category", &r->category)) {
      if (set_->FindCategory(r->category) == nullptr) {
        std::vector<std::string> ids;
        for (const auto& c : set_->categories) ids.push_back(c.id);
        std::string near = Nearest(r->category, ids);
        Fail(n["category"].Mark(), "unknown category '" + r->category + "'" +
                                       (near.empty() ? " (see rules/categories.yaml for the list)"
                                                     : " (did you mean '" + near + "'?)"));
      } else if (!r->id.empty() && r->id.rfind(r->category + "/", 0) != 0) {
        Fail(n["id"].Mark(),
             "rule id '" + r->id + "' must start with its category: '" + r->category + "/…'");
      }
    }
    if (YAML::Node s = n["severity"]) {
      std::string v;
      if (ReadString(s, "severity", &v) && !ParseSeverity(v, &r->severity)) {
        Fail(s.Mark(), "unknown severity '" + v + "' (valid: error, warning, info)");
      }
    }
    if (n["message"]) ReadString(n["message"], "message", &r->message);
    if (n["message_en"]) ReadString(n["message_en"], "message_en", &r->message_en);
    if (n["basis"]) {
      ReadStrings(n["basis"], "basis", &r->basis);
      if (r->basis.empty()) Fail(n["basis"].Mark(), "basis must cite at least one regulation");
    }
    if (YAML::Node s = n["scope"]) {
      std::string v;
      if (ReadString(s, "scope", &v)) {
        if (v == "document") {
          r->scope = Scope::kDocument;
        } else if (v != "sentence") {
          Fail(s.Mark(), "unknown scope '" + v + "' (valid: sentence, document)");
        }
      }
    }
    if (r->scope == Scope::kSentence) {
      for (const char* key : {"when", "also", "require"}) {
        if (n[key]) Fail(n[key].Mark(), std::string("`") + key + "` needs scope: document");
      }
      if (!n["match"]) {
        Fail(n.Mark(), "rule is missing `match`");
      } else {
        ReadPatterns(n["match"], "match", &r->match);
      }
    } else {
      if (n["match"]) Fail(n["match"].Mark(), "document rules use `when`/`require`, not `match`");
      if (!n["when"]) Fail(n.Mark(), "document rule is missing `when`");
      if (n["when"]) ReadPatterns(n["when"], "when", &r->when);
      if (n["also"]) ReadPatterns(n["also"], "also", &r->also);
      if (n["require"]) ReadPatterns(n["require"], "require", &r->require);
    }
    r->unless = defaults;
    if (n["unless"]) {
      Unless own;
      own.window = 0;
      ReadUnless(n["unless"], &own);
      // ReadUnless has reported an `unless` that is not a mapping; a scalar has no keys.
      const YAML::Node u = n["unless"];
      if (u.IsMap() && u["document"] && r->scope != Scope::kDocument) {
        Fail(u["document"].Mark(),
             "unless.document needs scope: document (a sentence rule sees its sentence)");
      }
      for (auto [mine, all] : {std::pair{&own.before, &r->unless.before},
                               {&own.document, &r->unless.document},
                               {&own.after, &r->unless.after},
                               {&own.sentence, &r->unless.sentence},
                               {&own.quoted, &r->unless.quoted},
                               {&own.covering, &r->unless.covering}}) {
        *all = all->Then(*mine);
      }
      if (own.window != 0) r->unless.window = own.window;
    }
    if (n["suggest"]) ReadSuggestions(n["suggest"], r);
    if (YAML::Node ex = n["examples"]) {
      if (ExpectMap(ex, "examples")) {
        CheckKeys(ex, kExampleKeys);
        if (ex["bad"]) ReadStrings(ex["bad"], "examples.bad", &r->bad);
        if (ex["good"]) ReadStrings(ex["good"], "examples.good", &r->good);
      }
    }
    return errors_->size() == before;
  }

  std::string path_;
  const normalize::Folder& folder_;
  RuleSet* set_;
  std::vector<Error>* errors_;
  // Rule ids taken, by earlier packs and by this one so far → where (file:line).
  std::unordered_map<std::string, std::string> seen_;
  bool compile_now_;
};

}  // namespace

bool LoadPack(std::string_view path, std::string_view text, const normalize::Folder& folder,
              RuleSet* set, std::vector<Error>* errors, bool compile_now) {
  return PackLoader(path, folder, set, errors, compile_now).Load(text);
}

std::string RegexProblem(const Pattern& p) {
  const RE2& re = p.Re();
  if (!re.ok()) {
    return "bad regex: " + re.error() +
           (re.error_arg().empty() ? "" : " (at '" + re.error_arg() + "')");
  }
  if (RE2::PartialMatch("", re) && RE2::FullMatch("", re)) {
    return "regex '" + p.regex + "' matches the empty string: it would fire everywhere";
  }
  return "";
}

bool LoadCategories(std::string_view path, std::string_view text, RuleSet* set,
                    std::vector<Error>* errors) {
  try {
    YAML::Node root = YAML::Load(std::string(text));
    for (const YAML::Node& n : root["categories"]) {
      set->categories.push_back(
          {n["id"].as<std::string>(), n["zh"].as<std::string>(), n["what"].as<std::string>()});
    }
  } catch (const YAML::Exception& e) {
    errors->push_back({std::string(path), e.mark.line + 1, e.mark.column + 1, e.msg});
    return false;
  }
  return true;
}

}  // namespace finlint::rules

// Rules: the YAML packs, loaded and validated into an immutable RuleSet. Every user mistake
// comes back as an Error with the pack's file, line and column. The schema is documented in
// docs/rule-authoring.md.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "finlint/core/result.h"
#include "finlint/numbers/numbers.h"

namespace re2 {
class RE2;
}

namespace finlint::normalize {
class Folder;
}

namespace finlint::rules {

enum class Severity { kInfo = 0, kWarning = 1, kError = 2 };
std::string_view SeverityName(Severity s);
bool ParseSeverity(std::string_view name, Severity* out);

enum class Scope { kSentence, kDocument };

// A regex compiled on first use, once, safely across threads. Most patterns never run on a
// given text (the scanner runs a regex only where its literals occur), and compiling all of
// them would dominate the start-up of a pre-commit run.
class LazyRegex {
 public:
  explicit LazyRegex(std::string source);
  ~LazyRegex();
  const std::string& source() const { return source_; }
  const re2::RE2& get() const;

 private:
  std::string source_;
  mutable std::once_flag once_;
  mutable std::unique_ptr<re2::RE2> re_;
};

// One entry of `match`, `when`, `also` or `require`, compiled for the folded text.
struct Pattern {
  std::vector<std::string> terms;       // folded literals (empty for a regex entry)
  std::string regex;                    // RE2 source on folded text (terms joined, or folded regex)
  bool word = true;                     // the hit must start and end on an ICU word boundary
  bool pinyin = false;                  // also match pinyin spellings of the terms (wen赚)
  std::shared_ptr<const LazyRegex> re;  // `regex`, compiled on first use

  const re2::RE2& Re() const { return re->get(); }

  // Rules that read numbers (`rate:`): the capture groups, by number (0: absent), that hold
  // the rate, or the amount and its cost, and the instalment count.
  std::optional<numbers::Per> per;  // what the rate is per
  int rate_group = 0, amount_group = 0, cost_group = 0, periods_group = 0;
  double above = -1;  // fire only if the annualized rate (percent) is above this; <0: always
};

// A list of folded phrases, shared by the rules that have the same one: a pack's defaults are
// copied into each of its rules, and the builtin packs' 530 `unless` lists hold 12,550 phrases
// but only 179 distinct lists. Reading each once cut the start-up of a check.
class Phrases {
 public:
  Phrases() = default;
  Phrases(std::vector<std::string> list);  // NOLINT: a list is Phrases
  const std::vector<std::string>& list() const { return data_ ? data_->list : Empty(); }
  operator const std::vector<std::string>&() const { return list(); }  // NOLINT
  std::vector<std::string>::const_iterator begin() const { return list().begin(); }
  std::vector<std::string>::const_iterator end() const { return list().end(); }
  size_t size() const { return list().size(); }
  bool empty() const { return list().empty(); }
  bool operator==(const Phrases& o) const { return list() == o.list(); }
  // These phrases, then `more`'s.
  Phrases Then(const Phrases& more) const;

  // Whether one of the phrases occurs in `text`. One pass over the text, looking up each
  // character among the phrases' first characters: searching for each phrase in turn
  // compared at nearly every character, since most Chinese characters share their first
  // UTF-8 byte (14% of the time over 4,000 posts). Thread-safe.
  bool FoundIn(std::string_view text) const;

 private:
  static const std::vector<std::string>& Empty();
  struct Data {
    std::vector<std::string> list;
    // (first character's bytes, phrase), sorted: built on the first FoundIn.
    mutable std::once_flag indexed;
    mutable std::vector<std::pair<uint32_t, uint32_t>> by_first;
    mutable bool has_empty = false;
  };
  std::shared_ptr<const Data> data_;
};

struct Unless {
  Phrases before, after, sentence, quoted, covering;  // folded phrases
  Phrases document;  // document rules: the text contains one (反诈 posts)
  int window = 6;    // code points searched before/after a hit
};

struct Suggestion {
  enum class Kind { kReplace, kAdvice, kAppend };
  Kind kind = Kind::kAdvice;
  std::string text;   // replacement ($1… captures), advice, or text to append
  bool safe = false;  // `finlint fix` may apply it without review
};

struct Rule {
  std::string id;        // <category>/<name>, unique
  std::string category;  // an id of categories.yaml
  Severity severity = Severity::kError;
  std::string message, message_en;
  std::vector<std::string> basis;
  Scope scope = Scope::kSentence;
  std::vector<Pattern> match;                // sentence rules
  std::vector<Pattern> when, also, require;  // document rules
  Unless unless;
  std::vector<Suggestion> suggest;
  std::vector<std::string> bad, good;  // examples, as written
  std::string file;                    // pack that defined it, for messages
  int line = 0;

  // Every pattern list: match, when, also, require.
  std::array<const std::vector<Pattern>*, 4> patterns() const {
    return {&match, &when, &also, &require};
  }
};

struct Category {
  std::string id, zh, what;
};

// Immutable once loaded; owns every Rule that a Finding points at.
struct RuleSet {
  std::vector<Category> categories;
  std::vector<Rule> rules;
  std::vector<std::string> disabled;  // ids of rules turned off (--disable, a config)

  const Category* FindCategory(std::string_view id) const;
  const Rule* FindRule(std::string_view id) const;
  // Removes the rule `name`, or every rule of the category `name`, remembering their ids.
  void Disable(std::string_view name);
};

struct LoadOptions {
  bool builtin = true;            // the packs compiled into the binary
  std::vector<std::string> dirs;  // extra folders of *.yaml / *.yml packs
  // The builtin packs already loaded, in the form of compiled.h (CompiledBuiltins()); empty:
  // parse their YAML.
  std::string_view compiled;
  // Whether the rules read from `compiled` keep their examples (Rule::bad, good): only
  // `finlint test` and `rules explain` read them, and a check starts faster without.
  bool examples = true;
};

// Loads the categories and the packs. On failure returns false and appends every problem
// found (not just the first) to `errors`.
bool Load(const LoadOptions& options, const normalize::Folder& folder, RuleSet* set,
          std::vector<Error>* errors);

// Loads one pack's text into `set` (whose categories must be loaded). Used by Load and tests.
// Without `compile_now` (the builtin packs) regexes compile on first use, unchecked.
bool LoadPack(std::string_view path, std::string_view text, const normalize::Folder& folder,
              RuleSet* set, std::vector<Error>* errors, bool compile_now = true);

// What is wrong with a pattern's regex ("bad regex: …", matches the empty string), or "".
std::string RegexProblem(const Pattern& p);

// Parses categories.yaml text.
bool LoadCategories(std::string_view path, std::string_view text, RuleSet* set,
                    std::vector<Error>* errors);

// The packs and category list compiled into the binary.
struct EmbeddedFile {
  const char* path;  // as in the source tree, e.g. rules/zh-CN/absolute-claim.yaml
  std::string_view text;
};
std::vector<EmbeddedFile> BuiltinPacks();
EmbeddedFile BuiltinCategories();

}  // namespace finlint::rules

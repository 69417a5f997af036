// The RuleSet's lookups, severities, and loading the builtin packs and rule folders.
#include <dirent.h>
#include <re2/re2.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "finlint/core/read_file.h"
#include "finlint/rules/compiled.h"
#include "finlint/rules/rules.h"

namespace finlint::rules {

namespace {
constexpr int64_t kMaxMem = 1 << 20;
}  // namespace

LazyRegex::LazyRegex(std::string source) : source_(std::move(source)) {}
LazyRegex::~LazyRegex() = default;

const re2::RE2& LazyRegex::get() const {
  std::call_once(once_, [this] {
    RE2::Options opt(RE2::Quiet);
    // RE2's default budget (8 MB) lets each of hundreds of regexes grow a DFA cache of
    // megabytes; these regexes run on one line at a time and need far less.
    opt.set_max_mem(kMaxMem);
    re_ = std::make_unique<RE2>(source_, opt);
  });
  return *re_;
}

std::string_view SeverityName(Severity s) {
  switch (s) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kInfo:
      return "info";
  }
  return "error";
}

bool ParseSeverity(std::string_view name, Severity* out) {
  for (Severity s : {Severity::kError, Severity::kWarning, Severity::kInfo}) {
    if (SeverityName(s) == name) {
      *out = s;
      return true;
    }
  }
  return false;
}

const std::vector<std::string>& Phrases::Empty() {
  static const std::vector<std::string> empty;
  return empty;
}

Phrases Phrases::Then(const Phrases& more) const {
  if (more.empty()) return *this;
  if (empty()) return more;
  std::vector<std::string> both = list();
  both.insert(both.end(), more.begin(), more.end());
  return both;
}

const Category* RuleSet::FindCategory(std::string_view id) const {
  for (const auto& c : categories) {
    if (c.id == id) return &c;
  }
  return nullptr;
}

const Rule* RuleSet::FindRule(std::string_view id) const {
  for (const auto& r : rules) {
    if (r.id == id) return &r;
  }
  return nullptr;
}

void RuleSet::Disable(std::string_view name) {
  auto named = [&](const Rule& r) { return r.id == name || r.category == name; };
  for (const Rule& r : rules) {
    if (named(r)) disabled.push_back(r.id);
  }
  rules.erase(std::remove_if(rules.begin(), rules.end(), named), rules.end());
}

bool Load(const LoadOptions& options, const normalize::Folder& folder, RuleSet* set,
          std::vector<Error>* errors) {
  size_t before = errors->size();
  if (!options.compiled.empty()) {
    if (!Deserialize(options.compiled, options.builtin, set, options.examples)) {
      errors->push_back(
          {"builtin", 0, 0, "the compiled builtin rules are damaged: rebuild finlint"});
      return false;
    }
  } else {
    EmbeddedFile cats = BuiltinCategories();
    if (!LoadCategories(cats.path, cats.text, set, errors)) return false;
  }
  if (options.builtin && options.compiled.empty()) {
    for (const EmbeddedFile& f : BuiltinPacks()) {
      LoadPack(f.path, f.text, folder, set, errors, /*compile_now=*/false);
    }
  }
  for (const std::string& dir : options.dirs) {
    DIR* d = opendir(dir.c_str());
    if (d == nullptr) {
      errors->push_back({dir, 0, 0,
                         errno == ENOTDIR
                             ? std::string("not a folder: rule packs are read from a folder of "
                                           "*.yaml files (--rules DIR)")
                             : "cannot open rules folder: " + std::string(strerror(errno))});
      continue;
    }
    std::vector<std::string> names;
    while (dirent* e = readdir(d)) {
      std::string name = e->d_name;
      auto ends = [&](std::string_view s) {
        return name.size() > s.size() && name.compare(name.size() - s.size(), s.size(), s) == 0;
      };
      if (ends(".yaml") || ends(".yml")) names.push_back(name);
    }
    closedir(d);
    std::sort(names.begin(), names.end());
    if (names.empty()) errors->push_back({dir, 0, 0, "no *.yaml rule packs in this folder"});
    for (const std::string& name : names) {
      std::string path = dir + (dir.back() == '/' ? "" : "/") + name, text, err;
      if (!ReadWholeFile(path, &text, &err)) {
        errors->push_back({path, 0, 0, "cannot read rule pack: " + err});
        continue;
      }
      LoadPack(path, text, folder, set, errors);
    }
  }
  return errors->size() == before;
}

}  // namespace finlint::rules

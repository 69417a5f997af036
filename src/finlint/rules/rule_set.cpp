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

namespace {

// The bytes of the UTF-8 character at `at` (at most 4), as one number: equal characters give
// equal numbers. `length` gets its byte count: a lead byte and the continuation bytes that
// follow it, so that a stray byte never swallows the start of the next character.
uint32_t FirstChar(std::string_view s, size_t at, size_t* length) {
  auto lead = static_cast<uint8_t>(s[at]);
  size_t n = lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : lead < 0xF8 ? 4 : 1;
  n = std::min(n, s.size() - at);
  uint32_t key = lead;
  size_t k = 1;
  for (; k < n && (static_cast<uint8_t>(s[at + k]) & 0xC0) == 0x80; ++k) {
    key = key << 8 | static_cast<uint8_t>(s[at + k]);
  }
  *length = k;
  return key;
}

}  // namespace

Phrases::Phrases(std::vector<std::string> list) {
  auto data = std::make_shared<Data>();
  data->list = std::move(list);
  data_ = std::move(data);
}

bool Phrases::FoundIn(std::string_view text) const {
  if (!data_) return false;
  const Data& d = *data_;
  std::call_once(d.indexed, [&d] {
    for (size_t k = 0; k < d.list.size(); ++k) {
      size_t n = 0;
      if (d.list[k].empty()) d.has_empty = true;  // found anywhere, as string_view::find says
      if (!d.list[k].empty()) d.by_first.emplace_back(FirstChar(d.list[k], 0, &n), k);
    }
    std::sort(d.by_first.begin(), d.by_first.end());
  });
  if (d.has_empty) return true;
  for (size_t at = 0; at < text.size();) {
    size_t n = 0;
    uint32_t key = FirstChar(text, at, &n);
    auto it = std::lower_bound(d.by_first.begin(), d.by_first.end(), std::pair{key, uint32_t{0}});
    for (; it != d.by_first.end() && it->first == key; ++it) {
      const std::string& p = d.list[it->second];
      if (text.compare(at, p.size(), p) == 0) return true;
    }
    at += n;
  }
  return false;
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

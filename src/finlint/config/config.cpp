// See config.h.
#include "finlint/config/config.h"

#include <fnmatch.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <filesystem>
#include <map>

#include "finlint/core/nearest.h"
#include "finlint/core/read_file.h"
#include "finlint/core/yaml.h"
#include "finlint/decode/decode.h"

namespace finlint::config {
namespace fs = std::filesystem;

namespace {

constexpr std::string_view kKeys[] = {"rules",    "builtin", "disable",
                                      "severity", "ignore",  "fail-on"};

class Parser {
 public:
  Parser(std::string_view path, Config* out, std::vector<Error>* errors)
      : path_(path), out_(out), errors_(errors) {}

  bool Run(std::string_view text) {
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
    if (root.IsNull()) return true;  // an empty file, or comments only
    if (!root.IsMap()) {
      Fail(root.Mark(), "expected a mapping of settings (see 'finlint init')");
      return false;
    }
    std::map<std::string, int> seen;  // key → line, so that a repeated one is an error
    for (const auto& kv : root) {
      std::string key = kv.first.Scalar();
      const YAML::Node& v = kv.second;
      auto [first, added] = seen.emplace(key, kv.first.Mark().line + 1);
      if (!added) {
        Fail(kv.first.Mark(), "duplicate key '" + key + "' (first at line " +
                                  std::to_string(first->second) + "); merge the two");
        continue;
      }
      if (key == "rules") {
        for (const Entry& e : Strings(v, "rules")) {
          fs::path p(e.value);
          out_->rule_dirs.push_back((p.is_absolute() ? p : fs::path(out_->dir) / p).string());
        }
      } else if (key == "builtin") {
        if (v.IsScalar() && (v.Scalar() == "true" || v.Scalar() == "false")) {
          out_->builtin = v.Scalar() == "true";
        } else {
          Fail(v.Mark(), "builtin must be true or false");
        }
      } else if (key == "disable") {
        out_->disable = Strings(v, "disable");
      } else if (key == "severity") {
        ReadSeverities(v);
      } else if (key == "ignore") {
        for (Entry& e : Strings(v, "ignore")) out_->ignore.push_back(std::move(e.value));
      } else if (key == "fail-on") {
        rules::Severity s;
        if (v.IsScalar() && v.Scalar() == "never") {
          out_->fail_never = true;
        } else if (v.IsScalar() && rules::ParseSeverity(v.Scalar(), &s)) {
          out_->fail_on = s;
        } else {
          Fail(v.Mark(), "fail-on must be one of error, warning, info, never");
        }
      } else {
        std::string near = Nearest(key, kKeys);
        Fail(kv.first.Mark(),
             "unknown key '" + key + "'" +
                 (near.empty() ? " (valid keys: rules, builtin, disable, severity, ignore, fail-on)"
                               : " (did you mean '" + near + "'?)"));
      }
    }
    return errors_->size() == before;
  }

 private:
  void Fail(const YAML::Mark& m, std::string message) {
    errors_->push_back({std::string(path_), m.line + 1, m.column + 1, std::move(message)});
  }

  // A list of strings; a single string is a list of one.
  std::vector<Entry> Strings(const YAML::Node& n, std::string_view what) {
    std::vector<Entry> out;
    auto add = [&](const YAML::Node& item) {
      if (!item.IsScalar() || item.Scalar().empty()) {
        Fail(item.Mark(), std::string(what) + " must list non-empty strings");
        return;
      }
      out.push_back({item.Scalar(), item.Mark().line + 1, item.Mark().column + 1});
    };
    if (n.IsSequence()) {
      for (const YAML::Node& item : n) add(item);
    } else if (n.IsScalar()) {
      add(n);
    } else {
      Fail(n.Mark(), std::string(what) + " must be a list of strings");
    }
    return out;
  }

  bool ReadSeverity(const YAML::Node& n, std::string_view what, rules::Severity* out) {
    if (n.IsScalar() && rules::ParseSeverity(n.Scalar(), out)) return true;
    Fail(n.Mark(), std::string(what) + " must be one of error, warning, info");
    return false;
  }

  void ReadSeverities(const YAML::Node& n) {
    if (!n.IsMap()) {
      Fail(n.Mark(), "severity must map rule ids or categories to error, warning or info");
      return;
    }
    for (const auto& kv : n) {
      rules::Severity s;
      std::string name = kv.first.Scalar();
      if (!ReadSeverity(kv.second, "severity of " + name, &s)) continue;
      out_->severity.push_back({{name, kv.first.Mark().line + 1, kv.first.Mark().column + 1}, s});
    }
  }

  std::string_view path_;
  Config* out_;
  std::vector<Error>* errors_;
};

std::vector<std::string> Components(const fs::path& p) {
  std::vector<std::string> out;
  for (const fs::path& c : p) {
    std::string s = c.string();
    if (!s.empty() && s != "." && s != "/") out.push_back(s);
  }
  return out;
}

// Glob segments against path components; "**" matches any number of components.
bool MatchSegments(const std::vector<std::string>& glob, size_t g,
                   const std::vector<std::string>& path, size_t p) {
  if (g == glob.size()) return p == path.size();
  if (glob[g] == "**") {
    for (size_t k = p; k <= path.size(); ++k) {
      if (MatchSegments(glob, g + 1, path, k)) return true;
    }
    return false;
  }
  return p < path.size() && fnmatch(glob[g].c_str(), path[p].c_str(), FNM_PERIOD) == 0 &&
         MatchSegments(glob, g + 1, path, p + 1);
}

bool MatchGlob(std::string glob, const std::vector<std::string>& rel) {
  bool folder = !glob.empty() && glob.back() == '/';
  if (folder) glob.pop_back();
  if (glob.empty()) return false;
  if (glob.find('/') == std::string::npos) {
    // Any component; a folder glob only among the folders (not the file name itself).
    size_t n = folder ? rel.size() - 1 : rel.size();
    for (size_t i = 0; i < n; ++i) {
      if (fnmatch(glob.c_str(), rel[i].c_str(), FNM_PERIOD) == 0) return true;
    }
    return false;
  }
  std::vector<std::string> segs = Components(fs::path(glob));
  if (folder) segs.push_back("**");
  return MatchSegments(segs, 0, rel, 0);
}

}  // namespace

bool Parse(std::string_view path, std::string_view text, Config* out, std::vector<Error>* errors) {
  out->path = std::string(path);
  fs::path parent = fs::path(out->path).parent_path();
  out->dir = parent.empty() ? "." : parent.string();
  return Parser(path, out, errors).Run(text);
}

bool Load(const std::string& path, Config* out, std::vector<Error>* errors) {
  std::string text, error;
  if (!ReadWholeFile(path, &text, &error)) {
    errors->push_back({path, 0, 0, "cannot read: " + error});
    return false;
  }
  return Parse(path, text, out, errors);
}

std::string FindFrom(const std::string& dir) {
  std::error_code ec;
  fs::path d = fs::absolute(dir.empty() ? "." : dir, ec).lexically_normal();
  if (ec) return "";
  while (true) {
    fs::path candidate = d / kFileName;
    if (fs::is_regular_file(candidate, ec)) {
      // Relative to the current folder when below it, as users name their files.
      fs::path rel = candidate.lexically_relative(fs::current_path(ec));
      bool below = !ec && !rel.empty() && *rel.begin() != "..";
      return below ? rel.string() : candidate.string();
    }
    if (!d.has_relative_path()) return "";  // the root
    d = d.parent_path();
  }
}

bool Ignored(const Config& config, const std::string& file) {
  if (config.ignore.empty()) return false;
  std::error_code ec;
  fs::path base = fs::absolute(config.dir, ec).lexically_normal();
  fs::path abs = fs::absolute(file, ec).lexically_normal();
  std::vector<std::string> rel = Components(abs.lexically_relative(base));
  if (rel.empty() || rel.front() == "..") return false;  // outside the config's folder
  return std::any_of(config.ignore.begin(), config.ignore.end(),
                     [&](const std::string& g) { return MatchGlob(g, rel); });
}

bool Apply(const Config& config, rules::RuleSet* set, std::vector<Error>* errors) {
  size_t before = errors->size();
  auto known = [&](const Entry& e, std::string_view key) {
    if (set->FindRule(e.value) != nullptr || set->FindCategory(e.value) != nullptr) return true;
    std::vector<std::string> names;
    for (const auto& r : set->rules) names.push_back(r.id);
    for (const auto& c : set->categories) names.push_back(c.id);
    std::string near = Nearest(e.value, names);
    errors->push_back(
        {config.path, e.line, e.col,
         std::string(key) + ": no rule or category '" + e.value + "'" +
             (near.empty() ? " (see 'finlint rules list')" : " (did you mean '" + near + "'?)")});
    return false;
  };
  // Categories first, then rule ids: the more specific setting wins, in any order in the file.
  for (bool by_rule : {false, true}) {
    for (const auto& [e, severity] : config.severity) {
      if ((set->FindRule(e.value) != nullptr) != by_rule) continue;
      if (!known(e, "severity")) continue;
      for (rules::Rule& r : set->rules) {
        if (r.id == e.value || r.category == e.value) r.severity = severity;
      }
    }
  }
  for (const Entry& e : config.disable) {
    if (!known(e, "disable")) continue;
    set->Disable(e.value);
  }
  // In the order of the file, not of the passes above.
  std::stable_sort(errors->begin() + static_cast<std::ptrdiff_t>(before), errors->end(),
                   [](const Error& a, const Error& b) {
                     return a.line != b.line ? a.line < b.line : a.col < b.col;
                   });
  return errors->size() == before;
}

std::string_view Starter() {
  return R"(# finlint configuration. finlint uses the nearest .finlint.yaml at or above each
# file it checks. Every setting is optional; delete what you do not need.
# Reference: docs/configuration.md.

# Folders of your own rule packs (*.yaml), relative to this file.
# rules:
#   - finlint-rules

# Whether the builtin rules run (default true).
# builtin: true

# Rules (by id) or whole categories to turn off. `finlint rules list` shows both.
# disable:
#   - pressure-tactics
#   - absolute-claim/fastest

# Severity overrides, by rule id or category: error, warning or info.
# severity:
#   missing-risk-disclosure: warning
#   absolute-claim/number-one: info

# Paths not to check, relative to this file. A pattern without "/" matches any file or
# folder name; "**" spans folders; a trailing "/" means a folder.
# ignore:
#   - drafts/
#   - "*.bak.md"
#   - archive/**/2019-*.md

# The lowest severity that fails the run, unless --fail-on is given (default error);
# never: findings are reported but never fail it.
# fail-on: error
)";
}

}  // namespace finlint::config

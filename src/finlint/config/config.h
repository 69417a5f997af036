// Project configuration: `.finlint.yaml`, found by walking up from each checked file. It adds
// rule folders, turns rules or categories off, overrides severities, ignores paths and sets
// the failing severity. Every mistake is an Error with the file, line and column.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "finlint/core/result.h"
#include "finlint/rules/rules.h"

namespace finlint::config {

inline constexpr std::string_view kFileName = ".finlint.yaml";

// A value with the place it was written, for errors found after parsing.
struct Entry {
  std::string value;
  int line = 0, col = 0;
};

struct Config {
  std::string path;                    // the file
  std::string dir;                     // its folder; relative paths in it start here
  std::vector<std::string> rule_dirs;  // `rules:`, resolved against `dir`
  std::optional<bool> builtin;         // `builtin:`
  std::vector<Entry> disable;          // rule ids or categories
  std::vector<std::pair<Entry, rules::Severity>> severity;  // rule id or category → severity
  std::vector<std::string> ignore;                          // globs relative to `dir`
  std::optional<rules::Severity> fail_on;
  bool fail_never = false;  // `fail-on: never`: findings under this config never fail the run
};

// Parses config text; `path` names the file in errors and anchors relative paths.
bool Parse(std::string_view path, std::string_view text, Config* out, std::vector<Error>* errors);
// Reads and parses a config file.
bool Load(const std::string& path, Config* out, std::vector<Error>* errors);

// The nearest `.finlint.yaml` in `dir` or a folder above it; "" when there is none.
std::string FindFrom(const std::string& dir);

// Whether `file` matches one of the config's `ignore` globs. A glob without `/` matches any
// path component (drafts, *.bak.md); with `/` it matches the path relative to the config's
// folder, where `*` stays within one component and `**` spans any number of them; a
// trailing `/` matches a folder and everything in it.
bool Ignored(const Config& config, const std::string& file);

// Turns off and re-grades the rules the config names in `set`; a name that is neither a rule
// nor a category is an error at its place in the config.
bool Apply(const Config& config, rules::RuleSet* set, std::vector<Error>* errors);

// The commented starter that `finlint init` writes.
std::string_view Starter();

}  // namespace finlint::config

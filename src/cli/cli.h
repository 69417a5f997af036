// Glue shared by the subcommands: reading inputs, loading rules, exit codes. Only src/cli/
// prints or exits.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <string>
#include <vector>

#include "finlint/config/config.h"
#include "finlint/lint/lint.h"
#include "finlint/rules/rules.h"

namespace finlint::cli {

// Exit statuses: stable, documented in docs/cli.md.
constexpr int kExitClean = 0;     // nothing at or above --fail-on
constexpr int kExitFindings = 1;  // findings at or above --fail-on
constexpr int kExitError = 2;     // usage, rule or config errors, or an unreadable input

// Options every command that loads rules shares.
struct RuleOptions {
  std::vector<std::string> rule_dirs;
  bool no_builtin = false;
  std::vector<std::string> disable;  // rule ids or categories
};
void AddRuleOptions(CLI::App* cmd, RuleOptions* o);

// Loads the rule set — the command line's options, plus a project config's rule folders,
// `builtin`, disabled rules and severities when `config` is given; on failure prints every
// error to stderr and returns false. Without `examples` the builtin rules come without their
// examples (rules::LoadOptions::examples).
bool LoadRules(const RuleOptions& o, rules::RuleSet* set, const config::Config* config = nullptr,
               bool examples = true);

// Expands files and folders (recursively, by extension) into reports with their bytes read;
// "-" reads standard input under `stdin_name`. Unreadable paths get an error entry.
// `skip`, when given, leaves out files found by walking a folder (never those named). With
// `defer`, files are listed but not read: ReadFile reads each when its turn comes, so a
// large run never holds every file at once.
std::vector<FileReport> ReadInputs(const std::vector<std::string>& paths,
                                   const std::vector<std::string>& extensions,
                                   const std::string& stdin_name,
                                   const std::function<bool(const std::string&)>& skip = {},
                                   bool defer = false);
// Reads `r->path` into `r->bytes`, or sets `r->error`.
void ReadFile(FileReport* r);

// What to read and how, shared by check, baseline and fix.
struct InputArgs {
  std::vector<std::string> paths;
  std::string config_path;  // --config: one file for every input
  bool no_config = false;
  std::string stdin_filename = "<stdin>";
  std::string input_type = "auto";
  std::string encoding = "auto";
  std::vector<std::string> fields;  // JSON and JSONL: the fields to read
  std::vector<std::string> extensions = {"md",  "markdown", "txt",   "html",
                                         "htm", "json",     "jsonl", "ndjson"};
  unsigned jobs = 0;  // threads checking files; 0: one per CPU
  RuleOptions rules;
};
void AddInputOptions(CLI::App* cmd, InputArgs* a);
void AddConfigOptions(CLI::App* cmd, InputArgs* a);  // --config and --no-config

struct CheckArgs {
  InputArgs input;
  std::string format = "text";
  std::string fail_on;    // "": the config's fail-on, else error
  std::string baseline;   // --baseline: report only findings not recorded in it
  std::string diff_base;  // --diff-base: report only findings on lines changed since it
  std::string color = "auto";
  std::string lang = "zh";
};

struct BaselineArgs {
  InputArgs input;
  std::string output;
};

struct FixArgs {
  InputArgs input;
  bool dry_run = false;
  bool diff = false;
};

struct TestArgs {
  RuleOptions rules;
  bool verbose = false;
};

struct RulesArgs {
  RuleOptions rules;
  std::string format = "text";
  std::string explain_id;
  CLI::App* list = nullptr;
  CLI::App* explain = nullptr;
  CLI::App* terms = nullptr;
};

struct EvalArgs {
  RuleOptions rules;
  std::vector<std::string> files;
  std::string min_severity = "warning";
  double min_precision = 0, min_recall = 0;
  double max_false_alarm = -1;  // negative: no gate
  std::string format = "text";
  bool verbose = false;
};

struct ServeArgs {
  InputArgs input;  // only --config, --no-config and the rule options apply
  int port = 8931;  // 0: a free port, chosen by the system
};

struct InitArgs {
  std::string dir = ".";
  bool force = false;
};

CLI::App* AddCheck(CLI::App& app, CheckArgs* args);
CLI::App* AddInit(CLI::App& app, InitArgs* args);
CLI::App* AddBaseline(CLI::App& app, BaselineArgs* args);
CLI::App* AddFix(CLI::App& app, FixArgs* args);
CLI::App* AddEval(CLI::App& app, EvalArgs* args);
CLI::App* AddTest(CLI::App& app, TestArgs* args);
CLI::App* AddRules(CLI::App& app, RulesArgs* args);
CLI::App* AddServe(CLI::App& app, ServeArgs* args);
int RunCheck(const CheckArgs& args);
int RunInit(const InitArgs& args);
int RunBaseline(const BaselineArgs& args);
int RunFix(const FixArgs& args);
int RunTest(const TestArgs& args);
int RunEval(const EvalArgs& args);
int RunRules(const RulesArgs& args);
int RunServe(const ServeArgs& args);
// Replaces this process with finlint-serve, beside this executable, given the same `argv`;
// returns only when it cannot.
int ExecServe(char** argv);

}  // namespace finlint::cli

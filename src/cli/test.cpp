// `finlint test`: runs every rule's own examples. A bad example must yield a finding of its
// rule; a good one must not. Each failure is named.
#include <iostream>

#include "cli.h"
#include "finlint/rules/compiled.h"

namespace finlint::cli {

CLI::App* AddTest(CLI::App& app, TestArgs* a) {
  CLI::App* cmd = app.add_subcommand(
      "test", "Run every rule's examples: each bad one must be flagged by its rule, no good one");
  AddRuleOptions(cmd, &a->rules);
  cmd->add_flag("-v,--verbose", a->verbose, "List every example checked, not only failures");
  return cmd;
}

namespace {

// Whether checking `text` alone yields a finding of `rule`.
bool Flags(Linter& linter, const rules::Rule& rule, const std::string& text) {
  FileReport r;
  r.path = "<example>";
  r.bytes = text;
  linter.Check(extract::InputType::kText, &r);
  for (const Finding& f : r.findings) {
    if (f.rule == &rule) return true;
  }
  return false;
}

}  // namespace

int RunTest(const TestArgs& a) {
  rules::RuleSet set;
  if (!LoadRules(a.rules, &set)) return kExitError;
  auto linter = Linter::Create(set, rules::CompiledScannerTables());
  if (!linter.ok()) {
    std::cerr << linter.error().ToString() << "\n";
    return kExitError;
  }
  linter->set_collapse_overlaps(false);
  int passed = 0, failed = 0;
  auto fail = [&](const rules::Rule& r, const std::string& what) {
    ++failed;
    std::cout << "FAIL " << r.id << " (" << r.file << ":" << r.line << "): " << what << "\n";
  };
  for (const rules::Rule& rule : set.rules) {
    // Builtin regexes compile on first use; here every one must compile.
    for (const auto* list : rule.patterns()) {
      for (const rules::Pattern& p : *list) {
        std::string problem = rules::RegexProblem(p);
        if (!problem.empty()) fail(rule, problem);
      }
    }
    if (rule.bad.size() < 2) fail(rule, "needs at least 2 bad examples");
    if (rule.good.size() < 2) fail(rule, "needs at least 2 good examples");
    for (const std::string& ex : rule.bad) {
      if (Flags(linter.value(), rule, ex)) {
        ++passed;
        if (a.verbose) std::cout << "ok   " << rule.id << " flags: " << ex << "\n";
      } else {
        fail(rule, "bad example not flagged: " + ex);
      }
    }
    for (const std::string& ex : rule.good) {
      if (!Flags(linter.value(), rule, ex)) {
        ++passed;
        if (a.verbose) std::cout << "ok   " << rule.id << " leaves alone: " << ex << "\n";
      } else {
        fail(rule, "good example flagged: " + ex);
      }
    }
  }
  std::cout << set.rules.size() << " rules: " << passed << " passed, " << failed << " failed\n";
  return failed == 0 ? kExitClean : kExitFindings;
}

}  // namespace finlint::cli

// finlint: a compliance linter for Chinese financial marketing copy.
#include <iostream>

#include "cli.h"
#include "heap.h"

int main(int argc, char** argv) {
  using namespace finlint::cli;
  PrefaultHeap(size_t{2} << 20);
  CLI::App app{
      "finlint — checks Chinese financial marketing copy for claims that regulators prohibit "
      "(保本保息, 全网最低, missing risk warnings, daily loan rates without the annualized "
      "rate …) and reports each with its legal basis and a compliant rewrite.\n\n"
      "Exit status: 0 clean, 1 findings at or above --fail-on, 2 usage, rule or input errors.",
      "finlint"};
  app.set_version_flag("--version", "finlint " FINLINT_VERSION);
  app.require_subcommand(1);
  app.footer("Run 'finlint COMMAND --help' for a command's options. Docs: docs/cli.md");
  CheckArgs check;
  TestArgs test;
  RulesArgs rules;
  EvalArgs eval;
  InitArgs init;
  BaselineArgs baseline;
  FixArgs fix;
  ServeArgs serve;
  CLI::App* check_cmd = AddCheck(app, &check);
  CLI::App* test_cmd = AddTest(app, &test);
  CLI::App* rules_cmd = AddRules(app, &rules);
  CLI::App* eval_cmd = AddEval(app, &eval);
  CLI::App* init_cmd = AddInit(app, &init);
  CLI::App* baseline_cmd = AddBaseline(app, &baseline);
  CLI::App* fix_cmd = AddFix(app, &fix);
  CLI::App* serve_cmd = AddServe(app, &serve);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitError;
  }
  try {
    if (check_cmd->parsed()) return RunCheck(check);
    if (test_cmd->parsed()) return RunTest(test);
    if (rules_cmd->parsed()) return RunRules(rules);
    if (eval_cmd->parsed()) return RunEval(eval);
    if (init_cmd->parsed()) return RunInit(init);
    if (baseline_cmd->parsed()) return RunBaseline(baseline);
    if (fix_cmd->parsed()) return RunFix(fix);
#ifdef FINLINT_SERVER
    if (serve_cmd->parsed()) return RunServe(serve);
#else
    if (serve_cmd->parsed()) return ExecServe(argv);
#endif
  } catch (const std::exception& e) {
    std::cerr << "finlint: internal error (a bug, please report it): " << e.what() << "\n";
    return kExitError;
  }
  return kExitError;
}

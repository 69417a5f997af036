// `finlint baseline`: record today's findings so that a gate reports only new ones.
#include <iostream>

#include "cli.h"
#include "filters.h"
#include "session.h"

namespace finlint::cli {

CLI::App* AddBaseline(CLI::App& app, BaselineArgs* a) {
  CLI::App* cmd = app.add_subcommand(
      "baseline", "Record the current findings, so that 'check --baseline' reports only new ones");
  cmd->add_option("-o,--output", a->output, "The baseline file to write")
      ->type_name("FILE")
      ->required();
  cmd->footer(
      "Example:\n"
      "  finlint baseline posts/ -o .finlint-baseline.json\n"
      "  finlint check --baseline .finlint-baseline.json posts/\n\n"
      "A finding is recorded by its rule, the text it matched and which occurrence of that\n"
      "text it is in its file, not by line: edits elsewhere in a post do not make it new.");
  AddInputOptions(cmd, &a->input);
  return cmd;
}

int RunBaseline(const BaselineArgs& a) {
  Session session(a.input);
  session.Exclude(a.output);  // a baseline written into the folder it records
  if (!session.Run()) return kExitError;
  const report::Run& run = session.run();
  int unreadable = 0;
  for (const FileReport& f : run.files) {
    if (!f.error.empty()) {
      std::cerr << f.error << "\n";
      ++unreadable;
    }
  }
  if (!WriteBaseline(run, a.output)) return kExitError;
  report::Counts c = report::Count(run);
  std::cout << "wrote " << a.output << ": " << c.findings << " finding"
            << (c.findings == 1 ? "" : "s") << " in " << c.files << " file"
            << (c.files == 1 ? "" : "s") << "\n";
  return unreadable > 0 ? kExitError : kExitClean;
}

}  // namespace finlint::cli

// Reading, configuring and linting the inputs of one run: what check, baseline and fix share.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "cli.h"
#include "finlint/config/config.h"
#include "finlint/report/report.h"

namespace finlint::cli {

class Session {
 public:
  explicit Session(const InputArgs& a) : a_(a) {}

  // A file of the run's own (a baseline) that folder walks leave out: it quotes findings.
  void Exclude(const std::string& path);
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  // Reads every input and lints it with its configuration. False (errors printed, nothing
  // checked) when a configuration or its rules are broken. `done`, if given, is called with
  // each index of run().files once that file is checked, in order, one call at a time: it may
  // write the file out and let go of it.
  bool Run(const std::function<void(size_t)>& done = nullptr);

  report::Run& run() { return run_; }
  // The configuration that governed run().files[i], or nullptr.
  const config::Config* governing(size_t i) const { return governing_[i]; }
  // Checks `report` again as run().files[i] was checked (fix re-checks what it rewrote).
  void Recheck(size_t i, FileReport* report);

  // The linter for text that comes without a file of its own (finlint serve): the rules of
  // --config, or of the current folder's .finlint.yaml, loaded now. nullptr (errors
  // printed) when they are broken.
  const Linter* LinterForText();

 private:
  const config::Config* For(const std::string& file);
  const config::Config* Get(const std::string& path);
  Linter* LinterFor(const config::Config* c);
  InputOptions InputFor(const FileReport& f) const;

  const InputArgs& a_;
  std::vector<std::string> excluded_;  // canonical paths
  bool ok_ = true;
  report::Run run_;
  std::vector<const config::Config*> governing_;
  std::map<std::string, std::string> dirs_;  // folder → its nearest config ("" none)
  std::map<std::string, std::unique_ptr<config::Config>> configs_;  // nullptr: broken
  std::vector<std::unique_ptr<rules::RuleSet>> sets_;               // findings point here
  std::map<const config::Config*, std::unique_ptr<Linter>> linters_;
};

}  // namespace finlint::cli

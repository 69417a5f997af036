// The whole pipeline behind one call: decode → extract → normalize → scan → judge, with
// every finding mapped back to bytes of the original file. This is the library's front door;
// the CLI uses nothing else but the report formats.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "finlint/core/result.h"
#include "finlint/core/span.h"
#include "finlint/extract/extract.h"
#include "finlint/rules/rules.h"

namespace finlint {

struct Finding {
  const rules::Rule* rule;                     // owned by the RuleSet, which outlives it
  Span span;                                   // bytes in the ORIGINAL file
  rules::Severity severity;                    // the rule's, after any override
  std::vector<rules::Suggestion> suggestions;  // replacements with captures filled in
};

// One checked input. `bytes` is kept so that reports can show lines and columns.
struct FileReport {
  std::string path;
  std::string bytes;
  std::string error;  // non-empty when the file could not be read or decoded
  std::vector<Finding> findings;
};

// Built once per run from a loaded RuleSet; Check() may then be called for every file.
// Not thread-safe: give each thread its own Clone().
class Linter {
 public:
  static Result<Linter> Create(const rules::RuleSet& rules);
  Linter Clone() const;
  Linter(Linter&&) noexcept;
  Linter& operator=(Linter&&) noexcept;
  ~Linter();

  // Checks `report->bytes`, filling `report->findings` or `report->error`.
  void Check(extract::InputType type, FileReport* report);

  const rules::RuleSet& rules() const;

  // Whether overlapping findings of one category collapse into one (default true). `finlint
  // test` turns it off: it asks whether a rule fires, not which rule reports the claim.
  void set_collapse_overlaps(bool on) { collapse_overlaps_ = on; }

 private:
  struct Shared;
  struct Worker;
  Linter(std::shared_ptr<const Shared> shared, std::unique_ptr<Worker> worker);
  std::shared_ptr<const Shared> shared_;
  std::unique_ptr<Worker> worker_;
  bool collapse_overlaps_ = true;
};

}  // namespace finlint

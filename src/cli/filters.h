// Narrowing a run to the findings a gate should see: not those in a baseline, only those on
// lines changed since a git revision.
#pragma once

#include <string>

#include "finlint/report/report.h"

namespace finlint::cli {

// Writes the findings of `run` as a baseline file (paths relative to its folder). False on a
// write error (printed).
bool WriteBaseline(const report::Run& run, const std::string& path);

// Drops the findings recorded in the baseline file `path`. False (error printed) when the
// file cannot be read or is not a finlint baseline.
bool ApplyBaseline(const std::string& path, report::Run* run);

// Keeps the findings on lines added or changed since the git revision `ref` (and the
// document-level findings of files with such lines; untracked files count as all new).
// False (error printed) outside a git work tree or for an unknown revision.
bool ApplyDiffBase(const std::string& ref, report::Run* run);

}  // namespace finlint::cli

// Stable identities of findings, for baselines, SARIF partialFingerprints and GitLab Code
// Quality: the rule, the matched text as rules see it (folded, gaps removed) and its
// occurrence — the n-th finding of that rule with that text in the file. Edits elsewhere in
// the file, moved lines included, leave a finding's fingerprint as it was; rewording the
// claim itself makes a new one.
#pragma once

#include <string>
#include <vector>

#include "finlint/lint/lint.h"

namespace finlint::report {

// One per finding of `file`, in order: 16 lower-case hex digits. Findings that already
// carry one (AssignFingerprints) keep it.
std::vector<std::string> Fingerprints(const FileReport& file);

// Stores each finding's fingerprint in it: call on the complete findings of a file, before
// filtering, so that occurrences are counted among all of them.
void AssignFingerprints(FileReport* file);

}  // namespace finlint::report

// Applying the suggestions that rules mark safe: the rewrites `finlint fix` writes into files
// and `finlint serve` applies on a button, shared so that both change the same words.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "finlint/extract/extract.h"
#include "finlint/lint/lint.h"

namespace finlint::report {

// The first safe suggestion of `finding` that can be applied to `file` read as `type`, or
// nullptr: a `replace` the report formats also offer as a fix (Fixes in describe.h), or an
// `append` (a disclosure) to plain text or Markdown. Rewrites that need a number from a
// person (X%) never are.
const rules::Suggestion* SafeFix(const FileReport& file, const Finding& finding,
                                 extract::InputType type);

// Applies the safe fixes of `file`'s findings to its bytes, writing the result to `out`;
// returns how many were applied. `select`, when given, picks the findings whose fix to apply.
// Rewrites that overlap an earlier one are left out; disclosures go at the end, each once, in
// a paragraph of their own in Markdown, with the file's line ends. `appended` holds the
// disclosures earlier rounds added: one still asked for was not read where it went (inside an
// unclosed code fence), and adding it again would never end.
int ApplyFixes(const FileReport& file, extract::InputType type, std::vector<std::string>* appended,
               std::string* out, const std::function<bool(const Finding&)>& select = {});

// Fixes `file` until no safe fix is left: applies them, re-checks the new bytes with
// `recheck` (which must lint `file` again as it was linted first), and goes on while a
// rewrite reveals another, for at most four rounds, so that fixing again changes nothing.
// Returns how many fixes were applied; `file` holds the result. Stops early, keeping the
// error in `file`, when a re-check cannot read the new bytes.
int FixAll(FileReport* file, extract::InputType type,
           const std::function<void(FileReport*)>& recheck);

}  // namespace finlint::report

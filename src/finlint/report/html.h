// The HTML view of findings, for people who read copy rather than terminals: the summary of a
// run, then each file's text with every finding marked in place, and each finding's rule,
// message, legal basis and rewrites. `--format html` writes it as one self-contained page
// (report.h: WriteHtml); `finlint serve` shows the same view, with the same style and script,
// under an editor. Every piece of copy is escaped: a post holding `<script>` is shown, never run.
#pragma once

#include <ostream>
#include <string>

#include "finlint/report/report.h"

namespace finlint::report {

// The view without the page around it (what the serve page puts under its editor): the
// summary (files, findings by severity and category, each file's result), then a section per
// file with findings. Files that could not be read are listed with their error; files without
// findings are listed as clean (their text is not kept, see check --jobs). Each finding's
// card carries its fingerprint (fingerprint.h); with Options::fix_buttons, each one that has
// a safe fix (fix.h) also gets a button that names it.
void WriteHtmlView(const Run& run, const Options& options, std::ostream& out);

// The whole serve page: its editor above an empty view, the report's style and scripts.
std::string ServePage(const Options& options);
// The Content-Security-Policy the serve page is sent with: its own style and scripts only
// (by hash), requests only to its own origin, no framing.
std::string ServePolicy();

}  // namespace finlint::report

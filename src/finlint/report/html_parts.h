// The parts of the html view that html.cpp (the page and the summary) and html_file.cpp (a
// file's marked text and its findings) share: the page's words and severity classes. Private
// to report/.
#pragma once

#include <ostream>
#include <string>

#include "finlint/report/report.h"

namespace finlint::report {

// What the page says around the copy, in the language of --lang.
struct Labels {
  const char* lang;
  const char* title;
  const char* summary;
  const char* files;
  const char* findings;
  const char* severity[3];  // by rules::Severity: info, warning, error
  const char* unreadable;
  const char* clean;
  const char* all_clean;
  const char* category;
  const char* total;
  const char* file;
  const char* result;
  const char* quote;
  const char* record;
  const char* field;
  const char* basis;
  const char* rewrite;
  const char* append;
  const char* advice;
  const char* apply_rewrite;
  const char* apply_append;
  const char* show;
  const char* details;
  const char* line_col;     // printf-like: line, then column
  const char* record_line;  // printf-like: line
};
const Labels& LabelsFor(const Options& options);

const char* SeverityClass(rules::Severity s);  // sev-error, sev-warning, sev-info
const char* SeverityLabel(const Labels& l, rules::Severity s);
// `pattern` (a Labels entry such as line_col) with two numbers filled in.
std::string Format(const char* pattern, int a, int b);
// The id of a finding's card, which its marks name: f<file>-<finding>, both 1-based.
std::string FindingId(size_t file, size_t finding);
// A badge per severity that `c` has findings of: "2 错误".
void WriteBadges(const Counts& c, const Labels& l, std::ostream& out);

// A file's section: its text with each finding marked, and a card per finding.
void WriteFileSection(const FileReport& f, size_t file_no, const Options& options,
                      std::ostream& out);

}  // namespace finlint::report

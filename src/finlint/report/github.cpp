// GitHub Actions workflow commands: one `::error|warning|notice file=…,line=…::message` line
// per finding, which the runner turns into an annotation on the file (and on the pull
// request's diff). Nothing else is written: no summary, no blank lines.
#include "finlint/report/describe.h"
#include "finlint/report/escape.h"

namespace finlint::report {
namespace {

const char* Command(rules::Severity s) {
  switch (s) {
    case rules::Severity::kError:
      return "error";
    case rules::Severity::kWarning:
      return "warning";
    case rules::Severity::kInfo:
      break;
  }
  return "notice";
}

}  // namespace

void WriteGithub(const Run& run, const Options& options, std::ostream& out) {
  for (const FileReport& f : run.files) {
    std::string file = GithubProperty(f.path);
    if (!f.error.empty()) {
      out << "::error file=" << file << ",title=finlint::" << GithubData(f.error) << "\n";
      continue;
    }
    LineIndex lines(f.text());
    for (const Finding& x : f.findings) {
      Place p = CodePoints(lines, x);
      out << "::" << Command(x.severity) << " file=" << file << ",line=" << p.line;
      // GitHub takes columns only for an annotation on one line.
      if (p.line == p.end_line) out << ",col=" << p.column;
      out << ",endLine=" << p.end_line;
      if (p.line == p.end_line) out << ",endColumn=" << p.end_column;
      out << ",title=" << GithubProperty(x.rule->id) << "::";
      out << GithubData(MessageWithDetails(x, options)) << "\n";
    }
  }
}

}  // namespace finlint::report

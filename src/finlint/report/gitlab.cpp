// GitLab Code Quality: a JSON array of issues, the subset of the Code Climate format that
// GitLab reads from `artifacts: reports: codequality`. Each issue's fingerprint is unique in
// the report and stable across edits elsewhere in the file: the hash of the path, then the
// finding's fingerprint (report/fingerprint.h).
#include "finlint/report/describe.h"
#include "finlint/report/fingerprint.h"
#include "finlint/report/json.h"

namespace finlint::report {
namespace {

// GitLab's scale is info, minor, major, critical, blocker.
const char* Severity(rules::Severity s) {
  switch (s) {
    case rules::Severity::kError:
      return "critical";
    case rules::Severity::kWarning:
      return "major";
    case rules::Severity::kInfo:
      break;
  }
  return "info";
}

nlohmann::ordered_json Issue(const std::string& description, const std::string& check,
                             const std::string& fingerprint, const char* severity,
                             const std::string& path, int begin, int end) {
  return {{"description", description},
          {"check_name", check},
          {"fingerprint", fingerprint},
          {"severity", severity},
          {"location", {{"path", path}, {"lines", {{"begin", begin}, {"end", end}}}}}};
}

}  // namespace

void WriteGitlab(const Run& run, const Options& options, std::ostream& out) {
  nlohmann::ordered_json issues = nlohmann::ordered_json::array();
  for (const FileReport& f : run.files) {
    std::string file_hash = HashHex(f.path);
    if (!f.error.empty()) {
      // Nothing in the file was checked: an issue of its own, so the merge request shows it.
      issues.push_back(Issue(f.error, "finlint/unreadable", file_hash + HashHex("unreadable"),
                             "critical", f.path, 1, 1));
      continue;
    }
    LineIndex lines(f.text());
    std::vector<std::string> fingerprints = Fingerprints(f);
    for (size_t i = 0; i < f.findings.size(); ++i) {
      const Finding& x = f.findings[i];
      Place p = CodePoints(lines, x);
      issues.push_back(Issue(Message(*x.rule, options), x.rule->id, file_hash + fingerprints[i],
                             Severity(x.severity), f.path, p.line, p.end_line));
    }
  }
  out << DumpJson(issues, 2) << "\n";
}

}  // namespace finlint::report

// JUnit XML, for CI systems that show test reports (GitLab `artifacts: reports: junit`,
// Jenkins, Azure Pipelines): a test suite per file; a test case and failure per finding (type:
// the rule, message: severity and message, text: where, basis and suggestions); a passing
// test case for a clean file; an error for a file that could not be read.
#include "finlint/report/describe.h"
#include "finlint/report/escape.h"

namespace finlint::report {

void WriteJunit(const Run& run, const Options& options, std::ostream& out) {
  Counts c = Count(run);
  int tests = 0;
  for (const FileReport& f : run.files) tests += f.findings.empty() ? 1 : f.findings.size();
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<testsuites name=\"finlint\" tests=\"" << tests << "\" failures=\"" << c.findings
      << "\" errors=\"" << c.unreadable << "\">\n";
  for (const FileReport& f : run.files) {
    std::string path = XmlAttribute(f.path);
    int failures = static_cast<int>(f.findings.size());
    int errors = f.error.empty() ? 0 : 1;
    out << "  <testsuite name=\"" << path << "\" tests=\"" << (failures > 0 ? failures : 1)
        << "\" failures=\"" << failures << "\" errors=\"" << errors << "\">\n";
    if (!f.error.empty()) {
      out << "    <testcase classname=\"" << path << "\" name=\"finlint\">\n"
          << "      <error type=\"unreadable\" message=\"" << XmlAttribute(f.error) << "\">"
          << XmlText(f.error) << "</error>\n"
          << "    </testcase>\n";
    } else if (f.findings.empty()) {
      out << "    <testcase classname=\"" << path << "\" name=\"finlint\"/>\n";
    }
    LineIndex lines(f.text());
    for (const Finding& x : f.findings) {
      Place p = CodePoints(lines, x);
      std::string at = std::to_string(p.line) + ":" + std::to_string(p.column);
      std::string severity(rules::SeverityName(x.severity));
      out << "    <testcase classname=\"" << path << "\" name=\"" << XmlAttribute(x.rule->id)
          << " (" << at << ")\">\n"
          << "      <failure type=\"" << XmlAttribute(x.rule->id) << "\" message=\""
          << XmlAttribute(severity + ": " + Message(*x.rule, options)) << "\">"
          << XmlText(f.path + ":" + at + ": " + severity + ": " + MessageWithDetails(x, options))
          << "</failure>\n"
          << "    </testcase>\n";
    }
    out << "  </testsuite>\n";
  }
  out << "</testsuites>\n";
}

}  // namespace finlint::report

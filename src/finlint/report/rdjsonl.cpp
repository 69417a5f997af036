// reviewdog's rdjsonl: one Diagnostic message of the Reviewdog Diagnostic Format a line
// (reviewdog -f=rdjsonl). Positions are 1-based lines and columns in bytes of UTF-8, the end
// exclusive, as its proto says; a safe rewrite becomes a suggestion over the finding's range.
#include "finlint/report/describe.h"
#include "finlint/report/json.h"

namespace finlint::report {
namespace {

const char* Severity(rules::Severity s) {
  switch (s) {
    case rules::Severity::kError:
      return "ERROR";
    case rules::Severity::kWarning:
      return "WARNING";
    case rules::Severity::kInfo:
      break;
  }
  return "INFO";
}

}  // namespace

void WriteRdjsonl(const Run& run, const Options& options, std::ostream& out) {
  const nlohmann::ordered_json source = {{"name", "finlint"}};
  for (const FileReport& f : run.files) {
    if (!f.error.empty()) {
      nlohmann::ordered_json d = {{"message", f.error},
                                  {"location", {{"path", f.path}}},
                                  {"severity", "ERROR"},
                                  {"source", source}};
      out << DumpJson(d, -1) << "\n";
      continue;
    }
    LineIndex lines(f.text());
    for (const Finding& x : f.findings) {
      Place p = Utf8Bytes(f, lines, x);
      nlohmann::ordered_json range = {{"start", {{"line", p.line}, {"column", p.column}}},
                                      {"end", {{"line", p.end_line}, {"column", p.end_column}}}};
      nlohmann::ordered_json d = {{"message", MessageWithDetails(x, options)},
                                  {"location", {{"path", f.path}, {"range", range}}},
                                  {"severity", Severity(x.severity)},
                                  {"source", source},
                                  {"code", {{"value", x.rule->id}}}};
      std::vector<const rules::Suggestion*> fixes = Fixes(f, x);
      if (!fixes.empty()) {
        d["suggestions"] = nlohmann::ordered_json::array();
        for (const rules::Suggestion* s : fixes) {
          d["suggestions"].push_back({{"range", range}, {"text", s->text}});
        }
      }
      out << DumpJson(d, -1) << "\n";
    }
  }
}

}  // namespace finlint::report

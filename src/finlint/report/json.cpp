// The JSON contract of docs/formats.md, written with nlohmann::json.
#include "finlint/report/json.h"

#include "finlint/report/describe.h"

namespace finlint::report {

namespace {
nlohmann::ordered_json SuggestionJson(const rules::Suggestion& s) {
  switch (s.kind) {
    case rules::Suggestion::Kind::kReplace:
      return {{"replace", s.text}};
    case rules::Suggestion::Kind::kAppend:
      return {{"append", s.text}};
    case rules::Suggestion::Kind::kAdvice:
      break;
  }
  return {{"advice", s.text}};
}
}  // namespace

nlohmann::ordered_json FindingJson(const FileReport& file, const Finding& x, const LineIndex& lines,
                                   const Options& options) {
  Place p = CodePoints(lines, x);
  nlohmann::ordered_json jx;
  jx["rule"] = x.rule->id;
  jx["category"] = x.rule->category;
  jx["severity"] = std::string(rules::SeverityName(x.severity));
  jx["message"] = Message(*x.rule, options);
  jx["basis"] = x.rule->basis;
  jx["line"] = p.line;
  jx["column"] = p.column;
  jx["end_line"] = p.end_line;
  jx["end_column"] = p.end_column;
  jx["offset"] = x.span.begin;
  jx["length"] = x.span.size();
  jx["text"] = std::string(file.text().substr(x.in_text.begin, x.in_text.size()));
  if (x.record) {
    jx["record"] = {
        {"index", x.record->index}, {"line", x.record->line}, {"field", x.record->field}};
  }
  jx["suggestions"] = nlohmann::ordered_json::array();
  for (const auto& s : x.suggestions) jx["suggestions"].push_back(SuggestionJson(s));
  return jx;
}

std::string DumpJson(const nlohmann::ordered_json& value, int indent) {
  return value.dump(indent, ' ', /*ensure_ascii=*/false, nlohmann::json::error_handler_t::replace);
}

void WriteJson(const Run& run, const Options& options, std::ostream& out) {
  nlohmann::ordered_json files = nlohmann::ordered_json::array();
  for (const FileReport& f : run.files) {
    nlohmann::ordered_json jf;
    jf["path"] = f.path;
    if (!f.error.empty()) jf["error"] = f.error;
    if (f.error.empty() && f.encoding != "utf-8") jf["encoding"] = f.encoding;
    jf["findings"] = nlohmann::ordered_json::array();
    LineIndex lines(f.text());
    for (const Finding& x : f.findings) jf["findings"].push_back(FindingJson(f, x, lines, options));
    files.push_back(std::move(jf));
  }
  Counts c = Count(run);
  nlohmann::ordered_json root;
  root["tool"] = "finlint";
  root["version"] = options.version;
  root["files"] = std::move(files);
  root["summary"] = {{"files", c.files},
                     {"findings", c.findings},
                     {"error", c.error},
                     {"warning", c.warning},
                     {"info", c.info}};
  out << DumpJson(root, 2) << "\n";
}

}  // namespace finlint::report

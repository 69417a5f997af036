// The JSON contract of docs/formats.md, written with nlohmann::json.
#include <nlohmann/json.hpp>

#include "finlint/report/report.h"

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

void WriteJson(const Run& run, const Options& options, std::ostream& out) {
  nlohmann::ordered_json files = nlohmann::ordered_json::array();
  for (const FileReport& f : run.files) {
    nlohmann::ordered_json jf;
    jf["path"] = f.path;
    if (!f.error.empty()) jf["error"] = f.error;
    if (f.error.empty() && f.encoding != "utf-8") jf["encoding"] = f.encoding;
    jf["findings"] = nlohmann::ordered_json::array();
    std::string_view text = f.text();
    LineIndex lines(text);
    for (const Finding& x : f.findings) {
      LineCol b = lines.At(x.in_text.begin), e = lines.At(x.in_text.end);
      nlohmann::ordered_json jx;
      jx["rule"] = x.rule->id;
      jx["category"] = x.rule->category;
      jx["severity"] = std::string(rules::SeverityName(x.severity));
      jx["message"] =
          options.english && !x.rule->message_en.empty() ? x.rule->message_en : x.rule->message;
      jx["basis"] = x.rule->basis;
      jx["line"] = b.line;
      jx["column"] = b.col;
      jx["end_line"] = e.line;
      jx["end_column"] = e.col;
      jx["offset"] = x.span.begin;
      jx["length"] = x.span.size();
      jx["text"] = std::string(text.substr(x.in_text.begin, x.in_text.size()));
      if (x.record) {
        jx["record"] = {
            {"index", x.record->index}, {"line", x.record->line}, {"field", x.record->field}};
      }
      jx["suggestions"] = nlohmann::ordered_json::array();
      for (const auto& s : x.suggestions) jx["suggestions"].push_back(SuggestionJson(s));
      jf["findings"].push_back(std::move(jx));
    }
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
  out << root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

}  // namespace finlint::report

// SARIF 2.1.0 (OASIS), for GitHub code scanning (github/codeql-action/upload-sarif) and other
// SARIF viewers. One run. The rules are those with a finding in the run, sorted by id; each
// result points at its file relative to %SRCROOT% (Options::source_root), with columns in
// UTF-16 code units (SARIF's default column kind), a partial fingerprint from
// report/fingerprint.h and, for safe rewrites, a fix. A file that could not be read is a
// tool execution notification, and the invocation is then not successful. No timestamps:
// the same inputs give the same log.
#include <filesystem>
#include <map>
#include <system_error>

#include "finlint/report/describe.h"
#include "finlint/report/escape.h"
#include "finlint/report/fingerprint.h"
#include "finlint/report/json.h"

namespace finlint::report {
namespace {
namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

constexpr const char* kRootId = "%SRCROOT%";

const char* Level(rules::Severity s) {
  switch (s) {
    case rules::Severity::kError:
      return "error";
    case rules::Severity::kWarning:
      return "warning";
    case rules::Severity::kInfo:
      break;
  }
  return "note";
}

// guaranteed-return/principal → GuaranteedReturnPrincipal (SARIF names are identifiers).
std::string PascalCase(std::string_view id) {
  std::string out;
  bool up = true;
  for (char c : id) {
    bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (!alnum) {
      up = true;
      continue;
    }
    out += up && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    up = false;
  }
  return out;
}

// Where files are: paths as the check command prints them are relative to `cwd`; URIs are
// relative to `root` when the file is inside it, else absolute file: URIs.
class Artifacts {
 public:
  explicit Artifacts(const Options& options) {
    std::error_code ec;
    cwd_ = options.working_dir.empty() ? fs::current_path(ec) : fs::path(options.working_dir);
    root_ = options.source_root.empty() ? cwd_ : fs::path(options.source_root);
    root_ = root_.lexically_normal();
  }

  // run.originalUriBaseIds: %SRCROOT% as an absolute file: URI ending in '/'.
  Json BaseIds() const {
    std::string root = root_.generic_string();
    while (!root.empty() && root.back() == '/') root.pop_back();
    return {{kRootId, {{"uri", "file://" + UriPath(root) + "/"}}}};
  }

  Json Location(const std::string& path) const {
    fs::path abs = fs::path(path).is_absolute() ? fs::path(path) : cwd_ / path;
    abs = abs.lexically_normal();
    fs::path rel = abs.lexically_relative(root_);
    if (!rel.empty() && *rel.begin() != "..") {
      return {{"uri", UriPath(rel.generic_string())}, {"uriBaseId", kRootId}};
    }
    return {{"uri", "file://" + UriPath(abs.generic_string())}};
  }

 private:
  fs::path cwd_, root_;
};

Json RuleDescriptor(const rules::Rule& rule, const Options& options) {
  const std::string& message = Message(rule, options);
  std::string basis = Basis(rule);
  std::string help = basis.empty() ? "" : "basis: " + basis;
  for (const rules::Suggestion& s : rule.suggest) {
    // A rewrite with captures ($1) or a computed rate ({annual}) is only known per result.
    if (s.kind != rules::Suggestion::Kind::kAdvice &&
        s.text.find_first_of("${") != std::string::npos) {
      continue;
    }
    help += (help.empty() ? "" : "\n") + (SuggestionLabel(s) + s.text);
  }
  Json d = {
      {"id", rule.id}, {"name", PascalCase(rule.id)}, {"shortDescription", {{"text", message}}}};
  std::string full = message;
  if (!basis.empty()) full += options.english ? " (" + basis + ")" : "（" + basis + "）";
  d["fullDescription"] = {{"text", full}};
  if (!help.empty()) d["help"] = {{"text", help}};
  d["defaultConfiguration"] = {{"level", Level(rule.severity)}};
  d["properties"] = {{"category", rule.category}, {"tags", {rule.category}}};
  return d;
}

Json Region(const Place& p) {
  return {{"startLine", p.line},
          {"startColumn", p.column},
          {"endLine", p.end_line},
          {"endColumn", p.end_column}};
}

}  // namespace

void WriteSarif(const Run& run, const Options& options, std::ostream& out) {
  Artifacts artifacts(options);

  // The rules with findings, by id (with several configurations, the first seen of an id).
  std::map<std::string, const rules::Rule*> used;
  for (const FileReport& f : run.files) {
    for (const Finding& x : f.findings) used.emplace(x.rule->id, x.rule);
  }
  std::map<std::string, int> rule_index;
  Json rules_json = Json::array();
  for (const auto& [id, rule] : used) {
    rule_index[id] = static_cast<int>(rules_json.size());
    rules_json.push_back(RuleDescriptor(*rule, options));
  }

  Json results = Json::array();
  Json notifications = Json::array();
  for (const FileReport& f : run.files) {
    Json location = artifacts.Location(f.path);
    if (!f.error.empty()) {
      notifications.push_back(
          {{"level", "error"},
           {"message", {{"text", f.error}}},
           {"locations", {{{"physicalLocation", {{"artifactLocation", location}}}}}}});
      continue;
    }
    std::string_view text = f.text();
    LineIndex lines(text);
    std::vector<std::string> fingerprints = Fingerprints(f);
    for (size_t i = 0; i < f.findings.size(); ++i) {
      const Finding& x = f.findings[i];
      Place p = Utf16Units(f, lines, x);
      Json region = Region(p);
      region["snippet"] = {{"text", std::string(text.substr(x.in_text.begin, x.in_text.size()))}};
      Json r = {{"ruleId", x.rule->id},
                {"ruleIndex", rule_index[x.rule->id]},
                {"level", Level(x.severity)},
                {"message", {{"text", Message(*x.rule, options)}}}};
      r["locations"] = {
          {{"physicalLocation", {{"artifactLocation", location}, {"region", region}}}}};
      r["partialFingerprints"] = {{"finlint/v1", fingerprints[i]}};
      std::vector<const rules::Suggestion*> fixes = Fixes(f, x);
      if (!fixes.empty()) {
        r["fixes"] = Json::array();
        for (const rules::Suggestion* s : fixes) {
          Json replacement = {{"deletedRegion", Region(p)},
                              {"insertedContent", {{"text", s->text}}}};
          r["fixes"].push_back(
              {{"description", {{"text", SuggestionLabel(*s) + s->text}}},
               {"artifactChanges",
                {{{"artifactLocation", location}, {"replacements", {replacement}}}}}});
        }
      }
      if (x.record) {
        r["properties"] = {
            {"record",
             {{"index", x.record->index}, {"line", x.record->line}, {"field", x.record->field}}}};
      }
      results.push_back(std::move(r));
    }
  }

  Json driver = {{"name", "finlint"},
                 {"version", options.version},
                 {"semanticVersion", options.version},
                 {"rules", std::move(rules_json)}};
  Json invocation = {{"executionSuccessful", notifications.empty()}};
  if (!notifications.empty()) invocation["toolExecutionNotifications"] = std::move(notifications);
  Json run_json = {{"tool", {{"driver", std::move(driver)}}},
                   {"invocations", {std::move(invocation)}},
                   {"originalUriBaseIds", artifacts.BaseIds()},
                   {"columnKind", "utf16CodeUnits"},
                   {"results", std::move(results)}};
  Json log = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
              {"version", "2.1.0"},
              {"runs", {std::move(run_json)}}};
  out << DumpJson(log, 2) << "\n";
}

}  // namespace finlint::report

// `finlint eval CASES.jsonl…`: runs the rules over labeled cases and prints precision, recall
// and F1 per category, overall figures and the false-alarm rate; thresholds make it a gate.
#include "finlint/eval/eval.h"

#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli.h"
#include "finlint/core/read_file.h"

namespace finlint::cli {

CLI::App* AddEval(CLI::App& app, EvalArgs* a) {
  CLI::App* cmd = app.add_subcommand(
      "eval", "Score the rules on labeled cases (JSONL): precision, recall, F1 per category");
  cmd->add_option("cases", a->files, "Labeled case files, one JSON object a line")
      ->required()
      ->type_name("CASES.jsonl");
  cmd->add_option("--min-severity", a->min_severity,
                  "Lowest severity that counts as flagging a category")
      ->check(CLI::IsMember({"error", "warning", "info"}))
      ->capture_default_str();
  cmd->add_option("--min-precision", a->min_precision, "Exit 1 if overall precision is lower")
      ->type_name("P");
  cmd->add_option("--min-recall", a->min_recall, "Exit 1 if overall recall is lower")
      ->type_name("R");
  cmd->add_option("--max-false-alarm", a->max_false_alarm,
                  "Exit 1 if the share of clean and trap cases with a finding is higher")
      ->type_name("RATE");
  cmd->add_option("--format", a->format, "text or json")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  cmd->add_flag("-v,--verbose", a->verbose, "List every mistake: missed and false categories");
  AddRuleOptions(cmd, &a->rules);
  return cmd;
}

namespace {

std::string Fixed(double v, int digits = 3) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", digits, v);
  return buf;
}

std::string Pad(std::string s, size_t width, bool right = false) {
  if (s.size() >= width) return s;
  std::string fill(width - s.size(), ' ');
  return right ? fill + s : s + fill;
}

void WriteText(const eval::Scores& s, const std::vector<FileReport>& reports,
               const std::vector<eval::Case>& cases, bool verbose) {
  std::cout << s.cases << " cases (";
  bool first = true;
  for (const auto& [kind, n] : s.kind_cases) {
    std::cout << (first ? "" : ", ") << n << " " << kind;
    first = false;
  }
  std::cout << ")\n\n";
  std::cout << Pad("category", 28) << Pad("cases", 6, true) << Pad("TP", 6, true)
            << Pad("FP", 6, true) << Pad("FN", 6, true) << Pad("precision", 11, true)
            << Pad("recall", 9, true) << Pad("F1", 8, true) << "\n";
  auto row = [](const std::string& name, const eval::Counts& k) {
    std::cout << Pad(name, 28) << Pad(std::to_string(k.tp + k.fn), 6, true)
              << Pad(std::to_string(k.tp), 6, true) << Pad(std::to_string(k.fp), 6, true)
              << Pad(std::to_string(k.fn), 6, true) << Pad(Fixed(k.Precision()), 11, true)
              << Pad(Fixed(k.Recall()), 9, true) << Pad(Fixed(k.F1()), 8, true) << "\n";
  };
  for (const auto& [cat, k] : s.by_category) row(cat, k);
  row("overall", s.overall);
  std::cout << "\nfalse alarms:";
  int compliant = 0, alarmed = 0;
  for (const char* kind : {"clean", "trap"}) {
    auto n = s.kind_cases.find(kind);
    if (n == s.kind_cases.end()) continue;
    auto a = s.kind_alarmed.find(kind);
    int k = a == s.kind_alarmed.end() ? 0 : a->second;
    compliant += n->second;
    alarmed += k;
    std::cout << " " << kind << " " << k << "/" << n->second << ",";
  }
  std::cout << " together " << alarmed << "/" << compliant << " = " << Fixed(s.FalseAlarmRate())
            << "\n";
  if (!verbose) return;
  std::cout << "\nmistakes (" << s.mistakes.size() << "):\n";
  for (const eval::Mistake& m : s.mistakes) {
    const FileReport& r = reports[static_cast<size_t>(m.c - cases.data())];
    std::cout << m.c->id << " (" << m.c->kind << ", line " << m.c->line << "): " << m.c->text
              << "\n";
    for (const std::string& cat : m.missed) std::cout << "    missed " << cat << "\n";
    for (const std::string& cat : m.false_alarms) {
      for (const Finding& f : r.findings) {
        if (f.rule->category != cat) continue;
        std::cout << "    false alarm " << f.rule->id << ": "
                  << r.bytes.substr(f.span.begin, f.span.size()) << "\n";
      }
    }
    if (!m.c->note.empty()) std::cout << "    note: " << m.c->note << "\n";
  }
}

void WriteJson(const eval::Scores& s) {
  auto counts = [](const eval::Counts& k) {
    return nlohmann::ordered_json{{"tp", k.tp},           {"fp", k.fp},
                                  {"fn", k.fn},           {"precision", k.Precision()},
                                  {"recall", k.Recall()}, {"f1", k.F1()}};
  };
  nlohmann::ordered_json out;
  out["cases"] = s.cases;
  out["kinds"] = s.kind_cases;
  out["categories"] = nlohmann::ordered_json::object();
  for (const auto& [cat, k] : s.by_category) out["categories"][cat] = counts(k);
  out["overall"] = counts(s.overall);
  out["false_alarm_rate"] = s.FalseAlarmRate();
  out["false_alarms"] = s.kind_alarmed;
  nlohmann::ordered_json mistakes = nlohmann::ordered_json::array();
  for (const eval::Mistake& m : s.mistakes) {
    mistakes.push_back({{"id", m.c->id}, {"missed", m.missed}, {"false_alarms", m.false_alarms}});
  }
  out["mistakes"] = std::move(mistakes);
  std::cout << out.dump(2) << "\n";
}

}  // namespace

int RunEval(const EvalArgs& a) {
  rules::RuleSet set;
  if (!LoadRules(a.rules, &set)) return kExitError;
  std::set<std::string> categories;
  for (const auto& c : set.categories) categories.insert(c.id);
  std::vector<eval::Case> cases;
  std::vector<Error> errors;
  for (const std::string& path : a.files) {
    std::string text, error;
    if (!ReadWholeFile(path, &text, &error)) {
      errors.push_back({path, 0, 0, "cannot read cases file: " + error});
      continue;
    }
    eval::ParseCases(path, text, categories, &cases, &errors);
  }
  if (!errors.empty()) {
    for (const Error& e : errors) std::cerr << e.ToString() << "\n";
    return kExitError;
  }
  auto linter = Linter::Create(set);
  if (!linter.ok()) {
    std::cerr << linter.error().ToString() << "\n";
    return kExitError;
  }
  rules::Severity min_severity;
  rules::ParseSeverity(a.min_severity, &min_severity);
  std::vector<FileReport> reports(cases.size());
  std::vector<std::set<std::string>> found(cases.size());
  for (size_t i = 0; i < cases.size(); ++i) {
    reports[i].path = cases[i].id;
    reports[i].bytes = cases[i].text;
    linter->Check(extract::InputType::kText, &reports[i]);
    if (!reports[i].error.empty()) {
      std::cerr << a.files[0] << ":" << cases[i].line << ": " << reports[i].error << "\n";
      return kExitError;
    }
    for (const Finding& f : reports[i].findings) {
      if (f.severity >= min_severity) found[i].insert(f.rule->category);
    }
  }
  eval::Scores s = eval::Score(cases, found);
  if (a.format == "json") {
    WriteJson(s);
  } else {
    WriteText(s, reports, cases, a.verbose);
  }
  int status = kExitClean;
  auto gate = [&](bool bad, const std::string& what) {
    if (!bad) return;
    std::cerr << "finlint eval: " << what << "\n";
    status = kExitFindings;
  };
  gate(a.min_precision > 0 && s.overall.Precision() < a.min_precision,
       "precision " + Fixed(s.overall.Precision()) + " is below --min-precision " +
           Fixed(a.min_precision));
  gate(a.min_recall > 0 && s.overall.Recall() < a.min_recall,
       "recall " + Fixed(s.overall.Recall()) + " is below --min-recall " + Fixed(a.min_recall));
  gate(a.max_false_alarm >= 0 && s.FalseAlarmRate() > a.max_false_alarm,
       "false-alarm rate " + Fixed(s.FalseAlarmRate()) + " is above --max-false-alarm " +
           Fixed(a.max_false_alarm));
  return status;
}

}  // namespace finlint::cli

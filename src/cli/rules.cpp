// `finlint rules list` and `finlint rules explain ID`: the rule catalogue.
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli.h"

namespace finlint::cli {

CLI::App* AddRules(CLI::App& app, RulesArgs* a) {
  CLI::App* cmd = app.add_subcommand("rules", "List the rules or explain one");
  cmd->require_subcommand(1);
  a->list = cmd->add_subcommand("list", "List every rule: id, severity, category, message");
  a->list->add_option("--format", a->format, "text or json")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  AddRuleOptions(a->list, &a->rules);
  a->explain = cmd->add_subcommand("explain",
                                   "Show one rule in full: basis, patterns, "
                                   "exceptions, suggestions and examples");
  a->explain->add_option("id", a->explain_id, "Rule id, e.g. guaranteed-return/principal")
      ->required();
  AddRuleOptions(a->explain, &a->rules);
  return cmd;
}

namespace {

std::string Join(const std::vector<std::string>& v, const char* sep = "、") {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : sep) + x;
  return s;
}

void ListText(const rules::RuleSet& set) {
  size_t width = 0;
  for (const auto& r : set.rules) width = std::max(width, r.id.size());
  for (const auto& r : set.rules) {
    std::cout << r.id << std::string(width + 2 - r.id.size(), ' ')
              << rules::SeverityName(r.severity)
              << std::string(9 - rules::SeverityName(r.severity).size(), ' ') << r.message << "\n";
  }
  std::cout << set.rules.size() << " rules\n";
}

void ListJson(const rules::RuleSet& set) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const auto& r : set.rules) {
    out.push_back({{"id", r.id},
                   {"category", r.category},
                   {"severity", std::string(rules::SeverityName(r.severity))},
                   {"scope", r.scope == rules::Scope::kDocument ? "document" : "sentence"},
                   {"message", r.message},
                   {"message_en", r.message_en},
                   {"basis", r.basis},
                   {"file", r.file}});
  }
  std::cout << out.dump(2) << "\n";
}

void Patterns(const char* label, const std::vector<rules::Pattern>& list) {
  for (const auto& p : list) {
    std::cout << "  " << label << ": "
              << (p.terms.empty() ? "regex " + p.regex : "terms " + Join(p.terms)) << "\n";
  }
}

void Explain(const rules::Rule& r, const rules::RuleSet& set) {
  const rules::Category* c = set.FindCategory(r.category);
  std::cout << r.id << "  (" << rules::SeverityName(r.severity) << ", "
            << (r.scope == rules::Scope::kDocument ? "document" : "sentence") << " rule)\n"
            << "  category: " << r.category << (c ? " — " + c->zh : "") << "\n"
            << "  message:  " << r.message << "\n";
  if (!r.message_en.empty()) std::cout << "            " << r.message_en << "\n";
  std::cout << "  basis:    " << Join(r.basis, "；") << "\n"
            << "  defined:  " << r.file << ":" << r.line << "\n";
  Patterns("match", r.match);
  Patterns("when", r.when);
  Patterns("also", r.also);
  Patterns("require", r.require);
  const rules::Unless& u = r.unless;
  if (!u.before.empty())
    std::cout << "  unless before (" << u.window << "): " << Join(u.before) << "\n";
  if (!u.after.empty())
    std::cout << "  unless after (" << u.window << "): " << Join(u.after) << "\n";
  if (!u.sentence.empty()) std::cout << "  unless sentence has: " << Join(u.sentence) << "\n";
  if (!u.quoted.empty()) std::cout << "  unless quoted with: " << Join(u.quoted) << "\n";
  if (!u.covering.empty()) std::cout << "  unless part of: " << Join(u.covering) << "\n";
  for (const auto& s : r.suggest) {
    const char* kind = s.kind == rules::Suggestion::Kind::kReplace  ? "rewrite"
                       : s.kind == rules::Suggestion::Kind::kAppend ? "append"
                                                                    : "advice";
    std::cout << "  " << kind << (s.safe ? " (safe)" : "") << ": " << s.text << "\n";
  }
  for (const auto& e : r.bad) std::cout << "  ✗ " << e << "\n";
  for (const auto& e : r.good) std::cout << "  ✓ " << e << "\n";
}

}  // namespace

int RunRules(const RulesArgs& a) {
  rules::RuleSet set;
  if (!LoadRules(a.rules, &set)) return kExitError;
  if (a.list->parsed()) {
    if (a.format == "json") {
      ListJson(set);
    } else {
      ListText(set);
    }
    return kExitClean;
  }
  const rules::Rule* r = set.FindRule(a.explain_id);
  if (r == nullptr) {
    std::cerr << "finlint: no rule '" << a.explain_id << "' (see 'finlint rules list')\n";
    return kExitError;
  }
  Explain(*r, set);
  return kExitClean;
}

}  // namespace finlint::cli

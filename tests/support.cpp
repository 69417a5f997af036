// See support.h.
#include "support.h"

#include <catch2/catch.hpp>
#include <ostream>

#include "finlint/normalize/normalize.h"
#include "finlint/report/report.h"

namespace finlint::testing {

std::ostream& operator<<(std::ostream& os, const Seen& s) {
  return os << s.rule << " '" << s.text << "' " << s.line << ":" << s.col;
}

static bool LoadInto(std::string_view yaml, rules::RuleSet* set, std::vector<Error>* errors) {
  auto folder = normalize::Folder::Create();
  REQUIRE(folder.ok());
  rules::EmbeddedFile cats = rules::BuiltinCategories();
  REQUIRE(rules::LoadCategories(cats.path, cats.text, set, errors));
  return rules::LoadPack("pack.yaml", yaml, folder.value(), set, errors);
}

rules::RuleSet Pack(std::string_view yaml) {
  rules::RuleSet set;
  std::vector<Error> errors;
  bool ok = LoadInto(yaml, &set, &errors);
  for (const Error& e : errors) UNSCOPED_INFO(e.ToString());
  REQUIRE(ok);
  return set;
}

std::vector<std::string> PackErrors(std::string_view yaml) {
  rules::RuleSet set;
  std::vector<Error> errors;
  LoadInto(yaml, &set, &errors);
  std::vector<std::string> out;
  for (const Error& e : errors) {
    out.push_back(std::to_string(e.line) + ":" + std::to_string(e.col) + ": " + e.message);
  }
  return out;
}

std::vector<Seen> Lint(const rules::RuleSet& set, std::string_view text, extract::InputType type) {
  auto linter = Linter::Create(set);
  REQUIRE(linter.ok());
  FileReport r;
  r.path = "t";
  r.bytes = std::string(text);
  linter->Check(type, &r);
  INFO(r.error);
  REQUIRE(r.error.empty());
  std::vector<Seen> out;
  for (const Finding& f : r.findings) {
    report::LineCol lc = report::At(r.bytes, f.span.begin);
    out.push_back({f.rule->id, r.bytes.substr(f.span.begin, f.span.size()), lc.line, lc.col});
  }
  return out;
}

rules::RuleSet Builtin() {
  auto folder = normalize::Folder::Create();
  REQUIRE(folder.ok());
  rules::RuleSet set;
  std::vector<Error> errors;
  REQUIRE(rules::Load({}, folder.value(), &set, &errors));
  return set;
}

std::string FoldedExamples(const rules::RuleSet& set) {
  auto folder = normalize::Folder::Create();
  REQUIRE(folder.ok());
  std::string text;
  for (const rules::Rule& r : set.rules) {
    for (const auto* list : {&r.bad, &r.good}) {
      for (const std::string& e : *list) {
        normalize::Folded f;
        folder->Fold(e, &f);
        for (char c : f.text) text += c == '\n' ? ' ' : c;
        text += '\n';
      }
    }
  }
  return text;
}

}  // namespace finlint::testing

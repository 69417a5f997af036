// The rule loader on any YAML text, as one pack beside the builtin categories. Errors are
// expected (each with a place); a pack that loads is then built into a Linter and run on its
// own examples and a fixed post, as `finlint test` and `finlint check --rules` would.
#include <iostream>

#include "common.h"
#include "finlint/lint/lint.h"

using namespace finlint;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  rules::RuleSet set = fuzz::Builtin(false);
  std::vector<Error> errors;
  bool ok = rules::LoadPack("fuzz.yaml", fuzz::Text(data, size), fuzz::TheFolder(), &set, &errors);
  fuzz::Check(ok || !errors.empty(), "a pack failed without an error");
  for (const Error& e : errors) fuzz::Check(!e.message.empty(), "an error without a message");
  if (!ok || set.rules.empty()) return 0;

  auto linter = Linter::Create(set);
  if (!linter.ok()) return 0;
  std::vector<std::string> texts = {"这款理财保本保息，稳赚不赔！年化收益10%，日息0.05%。"};
  for (const rules::Rule& r : set.rules) {
    texts.insert(texts.end(), r.bad.begin(), r.bad.end());
    texts.insert(texts.end(), r.good.begin(), r.good.end());
  }
  for (const std::string& t : texts) {
    FileReport report;
    report.path = "fuzz.txt";
    report.bytes = t;
    linter->Check(extract::InputType::kText, &report);
    for (const Finding& f : report.findings) {
      fuzz::Check(f.span.begin <= f.span.end && f.span.end <= report.bytes.size(),
                  "finding outside the text");
    }
  }
  return 0;
}

// The config loader on any .finlint.yaml text; a config that parses is applied to the
// builtin rules and asked about ignored paths, as `finlint check` does.
#include "common.h"
#include "finlint/config/config.h"

using namespace finlint;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  config::Config c;
  std::vector<Error> errors;
  bool ok = config::Parse("/fuzz/project/.finlint.yaml", fuzz::Text(data, size), &c, &errors);
  fuzz::Check(ok || !errors.empty(), "a config failed without an error");
  if (!ok) return 0;
  for (const char* file : {"/fuzz/project/posts/a.md", "/fuzz/project/drafts/b.txt",
                           "/fuzz/project/x.bak.md", "/fuzz/elsewhere/c.md", "/fuzz/project/"}) {
    config::Ignored(c, file);
  }
  if (!c.disable.empty() || !c.severity.empty()) {
    rules::RuleSet set = fuzz::Builtin(true);
    errors.clear();
    config::Apply(c, &set, &errors);
  }
  return 0;
}

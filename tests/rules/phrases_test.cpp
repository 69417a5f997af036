// Phrases::FoundIn must say exactly what searching the text for each phrase in turn says.
#include <catch2/catch.hpp>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "../support.h"
#include "finlint/rules/rules.h"

namespace finlint::rules {
namespace {

bool Naive(const std::vector<std::string>& phrases, std::string_view text) {
  for (const std::string& p : phrases) {
    if (text.find(p) != std::string_view::npos) return true;
  }
  return false;
}

TEST_CASE("phrases: found in a text exactly where a search for each finds one", "[rules]") {
  RuleSet set = testing::Builtin();
  std::string examples = testing::FoldedExamples(set);
  std::vector<std::string_view> texts;
  for (size_t at = 0; at < examples.size();) {
    size_t nl = examples.find('\n', at);
    if (nl == std::string::npos) nl = examples.size();
    texts.push_back(std::string_view(examples).substr(at, nl - at));
    at = nl + 1;
  }
  std::set<const std::vector<std::string>*> seen;
  size_t lists = 0, found = 0, checks = 0;
  for (const Rule& r : set.rules) {
    const Unless& u = r.unless;
    for (const Phrases* p :
         {&u.before, &u.after, &u.sentence, &u.quoted, &u.covering, &u.document}) {
      if (p->empty() || !seen.insert(&p->list()).second) continue;  // rules share lists
      ++lists;
      for (std::string_view text : texts) {
        bool want = Naive(p->list(), text);
        CHECK(p->FoundIn(text) == want);
        found += want, ++checks;
        // At the very end, and cut inside a character.
        for (size_t cut : {text.size() / 2, text.size() > 0 ? text.size() - 1 : 0}) {
          std::string_view part = text.substr(0, cut);
          CHECK(p->FoundIn(part) == Naive(p->list(), part));
        }
      }
    }
  }
  CHECK(lists > 100);
  CHECK(found > checks / 100);  // the texts hold phrases of the lists, not only misses

  Phrases mixed(std::vector<std::string>{"不保本", "t+0", "%", "保本"});
  CHECK(mixed.FoundIn("本产品不保本"));
  CHECK(mixed.FoundIn("申购t+0到账"));
  CHECK(mixed.FoundIn("年化3.5%"));
  CHECK_FALSE(mixed.FoundIn("稳赚不赔"));
  CHECK_FALSE(mixed.FoundIn("保\xe6"));  // 本 cut after its first byte
  CHECK(mixed.FoundIn("\xff\xfe保本"));  // stray bytes before
  CHECK(mixed.FoundIn("\xe4保本"));      // a lead byte without its continuation
  CHECK_FALSE(Phrases().FoundIn("保本"));
  CHECK(Phrases(std::vector<std::string>{""}).FoundIn("任何文字"));
}

}  // namespace
}  // namespace finlint::rules

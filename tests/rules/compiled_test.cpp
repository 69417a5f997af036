// The builtin packs compiled in at build time must be exactly what loading their YAML gives.
#include "finlint/rules/compiled.h"

#include <catch2/catch.hpp>
#include <set>

#include "finlint/normalize/normalize.h"

namespace finlint::rules {
namespace {

RuleSet FromYaml() {
  auto folder = normalize::Folder::Create();
  REQUIRE(folder.ok());
  RuleSet set;
  std::vector<Error> errors;
  REQUIRE(Load({}, folder.value(), &set, &errors));
  return set;
}

TEST_CASE("compiled rules: the same as the packs' YAML", "[rules]") {
  RuleSet yaml = FromYaml();
  REQUIRE(yaml.rules.size() > 100);
  std::string compiled = Serialize(yaml);
  CHECK(compiled == CompiledBuiltins());  // generated from these packs, deterministically

  RuleSet back;
  REQUIRE(Deserialize(CompiledBuiltins(), /*with_rules=*/true, &back));
  REQUIRE(back.rules.size() == yaml.rules.size());
  CHECK(Serialize(back) == compiled);
  // Spot checks of what Serialize writes, field by field, on a rule with every list.
  for (size_t i = 0; i < yaml.rules.size(); ++i) {
    const Rule& a = yaml.rules[i];
    const Rule& b = back.rules[i];
    INFO(a.id);
    CHECK(a.id == b.id);
    CHECK(a.severity == b.severity);
    CHECK(a.scope == b.scope);
    CHECK(a.basis == b.basis);
    for (auto [ua, ub] : {std::pair{&a.unless.before, &b.unless.before},
                          {&a.unless.after, &b.unless.after},
                          {&a.unless.sentence, &b.unless.sentence},
                          {&a.unless.quoted, &b.unless.quoted},
                          {&a.unless.covering, &b.unless.covering},
                          {&a.unless.document, &b.unless.document}}) {
      CHECK(ua->list() == ub->list());
    }
    CHECK(a.unless.window == b.unless.window);
    CHECK(a.suggest.size() == b.suggest.size());
    CHECK(a.good == b.good);
    CHECK(a.line == b.line);
    for (size_t l = 0; l < 4; ++l) {
      const auto& pa = *a.patterns()[l];
      const auto& pb = *b.patterns()[l];
      REQUIRE(pa.size() == pb.size());
      for (size_t k = 0; k < pa.size(); ++k) {
        CHECK(pa[k].terms == pb[k].terms);
        CHECK(pa[k].regex == pb[k].regex);
        CHECK(pb[k].re->source() == pa[k].regex);
        CHECK(pa[k].per == pb[k].per);
        CHECK(pa[k].rate_group == pb[k].rate_group);
        CHECK(pa[k].above == pb[k].above);
      }
    }
  }

  REQUIRE(back.categories.size() == yaml.categories.size());
  for (size_t i = 0; i < yaml.categories.size(); ++i) {
    CHECK(back.categories[i].id == yaml.categories[i].id);
    CHECK(back.categories[i].zh == yaml.categories[i].zh);
    CHECK(back.categories[i].what == yaml.categories[i].what);
  }
  RuleSet categories_only;
  REQUIRE(Deserialize(CompiledBuiltins(), /*with_rules=*/false, &categories_only));
  CHECK(categories_only.categories.size() == yaml.categories.size());
  CHECK(categories_only.rules.empty());

  // Through Load, as the CLI does.
  auto folder = normalize::Folder::Create();
  RuleSet loaded;
  std::vector<Error> errors;
  LoadOptions options;
  options.compiled = CompiledBuiltins();
  REQUIRE(Load(options, folder.value(), &loaded, &errors));
  CHECK(loaded.categories.size() == yaml.categories.size());
  CHECK(Serialize(loaded) == compiled);
}

TEST_CASE("compiled rules: equal unless lists are read once and shared", "[rules]") {
  RuleSet with, without;
  REQUIRE(Deserialize(CompiledBuiltins(), true, &with));
  REQUIRE(Deserialize(CompiledBuiltins(), true, &without, /*with_examples=*/false));
  std::set<const std::vector<std::string>*> stored;
  std::set<std::vector<std::string>> distinct;
  size_t lists = 0;
  for (const Rule& r : without.rules) {
    const Unless& u = r.unless;
    for (const Phrases* p :
         {&u.before, &u.after, &u.sentence, &u.quoted, &u.covering, &u.document}) {
      if (p->empty()) continue;
      ++lists;
      stored.insert(&p->list());
      distinct.insert(p->list());
    }
    CHECK(r.bad.empty());
    CHECK(r.good.empty());
  }
  CHECK(lists > 300);
  CHECK(stored.size() == distinct.size());
  // Without examples, everything else is the same.
  for (Rule& r : with.rules) r.bad.clear(), r.good.clear();
  CHECK(Serialize(with) == Serialize(without));
}

TEST_CASE("compiled rules: a damaged form is refused, not half read", "[rules]") {
  std::string_view good = CompiledBuiltins();
  RuleSet set;
  CHECK_FALSE(Deserialize(good.substr(0, good.size() - 1), true, &set));
  CHECK_FALSE(Deserialize(good.substr(0, good.size() / 2), true, &set));
  CHECK_FALSE(Deserialize(std::string(good) + "x", true, &set));
  std::string wrong_version(good);
  wrong_version[14] = '9';  // finlint-rules-4 → finlint-rules-9
  CHECK_FALSE(Deserialize(wrong_version, true, &set));
  std::string huge_count(good);
  huge_count[15] = '\xff', huge_count[16] = '\xff', huge_count[17] = '\xff';  // category count
  CHECK_FALSE(Deserialize(huge_count, true, &set));
  CHECK(set.rules.empty());
  CHECK(set.categories.empty());

  auto folder = normalize::Folder::Create();
  std::vector<Error> errors;
  LoadOptions options;
  options.compiled = good.substr(0, 100);
  CHECK_FALSE(Load(options, folder.value(), &set, &errors));
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].message.find("damaged") != std::string::npos);
}

}  // namespace
}  // namespace finlint::rules

// .finlint.yaml: parsing with positions, discovery, ignore globs, applying to a rule set.
#include "finlint/config/config.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "../support.h"

namespace finlint::testing {
namespace fs = std::filesystem;

namespace {
std::vector<std::string> Errors(std::string_view text) {
  config::Config c;
  std::vector<Error> errors;
  config::Parse("proj/.finlint.yaml", text, &c, &errors);
  std::vector<std::string> out;
  for (const Error& e : errors) out.push_back(e.ToString());
  return out;
}

constexpr std::string_view kPack = R"(
rules:
  - id: guaranteed-return/principal
    category: guaranteed-return
    severity: error
    message: 保本
    basis: [《广告法》第二十五条]
    match: [{terms: [保本]}]
  - id: absolute-claim/lowest
    category: absolute-claim
    severity: error
    message: 最低
    basis: [《广告法》第九条]
    match: [{terms: [全网最低]}]
)";
}  // namespace

TEST_CASE("a config is read with paths relative to its folder", "[config]") {
  config::Config c;
  std::vector<Error> errors;
  REQUIRE(config::Parse("proj/.finlint.yaml", R"(
rules: [my-rules, /abs/rules]
builtin: false
disable: [pressure-tactics]
severity:
  absolute-claim/lowest: info
ignore: drafts/
fail-on: warning
)",
                        &c, &errors));
  CHECK(errors.empty());
  CHECK(c.dir == "proj");
  CHECK(c.rule_dirs == std::vector<std::string>{"proj/my-rules", "/abs/rules"});
  CHECK(c.builtin == false);
  REQUIRE(c.disable.size() == 1);
  CHECK(c.disable[0].value == "pressure-tactics");
  CHECK(c.disable[0].line == 4);
  REQUIRE(c.severity.size() == 1);
  CHECK(c.severity[0].second == rules::Severity::kInfo);
  CHECK(c.ignore == std::vector<std::string>{"drafts/"});
  CHECK(c.fail_on == rules::Severity::kWarning);
}

TEST_CASE("config mistakes name the file, line and column", "[config]") {
  CHECK(Errors("fail_on: warning\n") ==
        std::vector<std::string>{
            "proj/.finlint.yaml:1:1: unknown key 'fail_on' (did you mean 'fail-on'?)"});
  CHECK(Errors("fail-on: fatal\n") ==
        std::vector<std::string>{
            "proj/.finlint.yaml:1:10: fail-on must be one of error, warning, info, never"});
  CHECK(Errors("fail-on: never\n").empty());
  CHECK(Errors("severity:\n  absolute-claim: loud\n") ==
        std::vector<std::string>{"proj/.finlint.yaml:2:19: severity of absolute-claim must be "
                                 "one of error, warning, info"});
  CHECK(Errors("builtin: maybe\n") ==
        std::vector<std::string>{"proj/.finlint.yaml:1:10: builtin must be true or false"});
  CHECK(Errors("- a\n- b\n") ==
        std::vector<std::string>{
            "proj/.finlint.yaml:1:1: expected a mapping of settings (see 'finlint init')"});
  auto broken = Errors("disable: [a, b\n");
  REQUIRE(broken.size() == 1);
  CHECK(broken[0].rfind("proj/.finlint.yaml:", 0) == 0);
  CHECK(Errors("disable: [a]\nfail-on: info\ndisable: [b]\n") ==
        std::vector<std::string>{"proj/.finlint.yaml:3:1: duplicate key 'disable' (first at "
                                 "line 1); merge the two"});
  CHECK(Errors("# only comments\n").empty());
  CHECK(Errors("").empty());
}

TEST_CASE("applying a config turns off and re-grades rules", "[config]") {
  auto set = Pack(kPack);
  config::Config c;
  std::vector<Error> errors;
  REQUIRE(config::Parse(".finlint.yaml",
                        "disable: [guaranteed-return]\nseverity: {absolute-claim: warning}\n", &c,
                        &errors));
  REQUIRE(config::Apply(c, &set, &errors));
  REQUIRE(set.rules.size() == 1);
  CHECK(set.rules[0].id == "absolute-claim/lowest");
  CHECK(set.rules[0].severity == rules::Severity::kWarning);
}

TEST_CASE("a rule's own severity wins over its category's, in any order", "[config]") {
  auto set = Pack(kPack);
  config::Config c;
  std::vector<Error> errors;
  REQUIRE(config::Parse(".finlint.yaml",
                        "severity:\n  guaranteed-return/principal: info\n"
                        "  guaranteed-return: warning\n",
                        &c, &errors));
  REQUIRE(config::Apply(c, &set, &errors));
  CHECK(set.FindRule("guaranteed-return/principal")->severity == rules::Severity::kInfo);
}

TEST_CASE("a config naming a missing rule is an error at that name", "[config]") {
  auto set = Pack(kPack);
  config::Config c;
  std::vector<Error> errors;
  REQUIRE(config::Parse(".finlint.yaml", "disable:\n  - absolute-claim/lowset\n", &c, &errors));
  CHECK_FALSE(config::Apply(c, &set, &errors));
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].ToString() ==
        ".finlint.yaml:2:5: disable: no rule or category 'absolute-claim/lowset' (did you "
        "mean 'absolute-claim/lowest'?)");
}

TEST_CASE("ignore globs match names, folders and paths", "[config]") {
  config::Config c;
  c.dir = "/repo";
  c.ignore = {"drafts/", "*.bak.md", "archive/**/2019-*.md", "docs/internal.md"};
  CHECK(config::Ignored(c, "/repo/drafts/a.md"));
  CHECK(config::Ignored(c, "/repo/posts/drafts/x/a.md"));
  CHECK_FALSE(config::Ignored(c, "/repo/posts/drafts.md"));  // a file, not the folder
  CHECK(config::Ignored(c, "/repo/posts/old.bak.md"));
  CHECK(config::Ignored(c, "/repo/archive/2019-01.md"));
  CHECK(config::Ignored(c, "/repo/archive/a/b/2019-12.md"));
  CHECK_FALSE(config::Ignored(c, "/repo/archive/a/2020-01.md"));
  CHECK(config::Ignored(c, "/repo/docs/internal.md"));
  CHECK_FALSE(config::Ignored(c, "/repo/x/docs/internal.md"));
  CHECK_FALSE(config::Ignored(c, "/elsewhere/drafts/a.md"));  // outside the config's folder
}

TEST_CASE("the nearest config above a folder is found", "[config]") {
  fs::path root = fs::temp_directory_path() / "finlint-config-test";
  fs::remove_all(root);
  fs::create_directories(root / "a" / "b" / "c");
  std::ofstream(root / ".finlint.yaml") << "fail-on: info\n";
  std::ofstream(root / "a" / "b" / ".finlint.yaml") << "fail-on: warning\n";
  CHECK(config::FindFrom((root / "a" / "b" / "c").string()) ==
        (root / "a" / "b" / ".finlint.yaml").string());
  CHECK(config::FindFrom((root / "a").string()) == (root / ".finlint.yaml").string());
  fs::remove_all(root);
}

TEST_CASE("the starter config parses and sets nothing", "[config]") {
  config::Config c;
  std::vector<Error> errors;
  REQUIRE(config::Parse(".finlint.yaml", config::Starter(), &c, &errors));
  CHECK(c.rule_dirs.empty());
  CHECK_FALSE(c.fail_on.has_value());
  // Every commented setting, uncommented, is valid.
  std::string on;
  std::string_view s = config::Starter();
  for (size_t at = 0; at < s.size();) {
    size_t nl = s.find('\n', at);
    std::string_view line = s.substr(at, nl - at);
    at = nl + 1;
    if (line.rfind("# ", 0) == 0 && line.size() > 2 && line[2] != ' ' &&
        line.find(':') != std::string_view::npos && line.find(". ") == std::string_view::npos &&
        line.back() != '.') {
      on += std::string(line.substr(2)) + "\n";
    } else if (line.rfind("#   ", 0) == 0) {
      on += std::string(line.substr(2)) + "\n";
    }
  }
  config::Config all;
  errors.clear();
  INFO(on);
  CHECK(config::Parse(".finlint.yaml", on, &all, &errors));
  CHECK(errors.empty());
  CHECK(all.fail_on == rules::Severity::kError);
  CHECK(all.ignore.size() == 3);
}

}  // namespace finlint::testing

// ParseYaml: errors at a position instead of exceptions, and limits on what aliases expand to.
#include "finlint/core/yaml.h"

#include <catch2/catch.hpp>
#include <string>

namespace finlint {

TEST_CASE("an alias inside the node it names is refused, not followed forever", "[core][yaml]") {
  // Found by fuzzing the rule loader: counting nodes recursed down the endless path until
  // the call stack overflowed.
  for (const char* text : {"a: &a [*a]\n", "rules: &r\n  - *r\n", "&m {k: *m}\n"}) {
    auto parsed = ParseYaml("p.yaml", text);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().ToString() ==
          "p.yaml:1:1: its aliases nest it more than 10000 levels deep (an alias inside the "
          "node it names?)");
  }
}

TEST_CASE("deep nesting and shared aliases within the limits parse", "[core][yaml]") {
  std::string deep = std::string(400, '[') + "x" + std::string(400, ']');
  CHECK(ParseYaml("p.yaml", deep).ok());
  auto shared = ParseYaml("p.yaml", "a: &a {k: [1, 2]}\nb: [*a, *a]\n");
  REQUIRE(shared.ok());
  CHECK(shared.value()["b"][1]["k"][1].as<int>() == 2);
}

}  // namespace finlint

// Numbers: Chinese and Arabic numerals, rates, amounts and the annualizing arithmetic.
#include "finlint/numbers/numbers.h"

#include <catch2/catch.hpp>

namespace finlint::numbers {

TEST_CASE("plain numbers in both numeral systems", "[numbers]") {
  struct {
    const char* in;
    double out;
  } cases[] = {{"2", 2},        {"0.05", 0.05},    {"1.5万", 15000},   {"3千", 3000},
               {"两万", 20000}, {"一万五", 15000}, {"十二", 12},       {"三百二十", 320},
               {"三百二", 320}, {"一百零五", 105}, {"二十万", 200000}, {"零点五", 0.5},
               {"五", 5},       {"1w", 10000},     {"万", 10000}};
  for (const auto& c : cases) {
    CAPTURE(c.in);
    REQUIRE(ParseNumber(c.in).has_value());
    CHECK(*ParseNumber(c.in) == Approx(c.out));
  }
  CHECK_FALSE(ParseNumber("").has_value());
  CHECK_FALSE(ParseNumber("保本").has_value());
  CHECK_FALSE(ParseNumber("3.5x").has_value());
}

TEST_CASE("rates as fractions", "[numbers]") {
  struct {
    const char* in;
    double out;
  } cases[] = {{"0.05%", 0.0005},  {"万分之五", 0.0005}, {"万分之二", 0.0002}, {"万2", 0.0002},
               {"万二", 0.0002},   {"万1.5", 0.00015},   {"2‱", 0.0002},       {"千分之三", 0.003},
               {"百分之三", 0.03}, {"2分", 0.02},        {"三分利", 0.03},     {"18%", 0.18}};
  for (const auto& c : cases) {
    CAPTURE(c.in);
    REQUIRE(ParseRate(c.in).has_value());
    CHECK(*ParseRate(c.in) == Approx(c.out));
  }
  CHECK_FALSE(ParseRate("很低").has_value());
}

TEST_CASE("amounts in yuan", "[numbers]") {
  struct {
    const char* in;
    double out;
  } cases[] = {{"1万", 10000}, {"两万元", 20000}, {"2块", 2},     {"2块钱", 2},     {"5毛", 0.5},
               {"2块5", 2.5},  {"3千", 3000},     {"500元", 500}, {"一万元", 10000}};
  for (const auto& c : cases) {
    CAPTURE(c.in);
    REQUIRE(ParseAmount(c.in).has_value());
    CHECK(*ParseAmount(c.in) == Approx(c.out));
  }
}

TEST_CASE("annualizing: day ×365, month ×12, instalments 24nr/(n+1)", "[numbers]") {
  CHECK(*Annualize(0.0005, Per::kDay, std::nullopt) == Approx(0.1825));
  CHECK(*Annualize(0.0002, Per::kDay, std::nullopt) == Approx(0.073));
  CHECK(*Annualize(0.006, Per::kMonth, std::nullopt) == Approx(0.072));
  CHECK(*Annualize(0.006, Per::kPeriod, 12.0) == Approx(0.13292).epsilon(1e-4));
  CHECK_FALSE(Annualize(0.006, Per::kPeriod, std::nullopt).has_value());
}

TEST_CASE("percentages print with at most two decimals", "[numbers]") {
  CHECK(FormatPercent(0.1825) == "18.25%");
  CHECK(FormatPercent(0.073) == "7.3%");
  CHECK(FormatPercent(0.24) == "24%");
  CHECK(FormatPercent(0.132923) == "13.29%");
}

}  // namespace finlint::numbers

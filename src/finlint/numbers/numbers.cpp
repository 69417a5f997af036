// See numbers.h. Chinese numerals are read digit by digit with their unit characters
// (十 百 千 万 亿); colloquial 一万五 means 15000, as in speech.
#include "finlint/numbers/numbers.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace finlint::numbers {
namespace {

bool Consume(std::string_view* s, std::string_view prefix) {
  if (s->substr(0, prefix.size()) != prefix) return false;
  s->remove_prefix(prefix.size());
  return true;
}

bool ConsumeSuffix(std::string_view* s, std::string_view suffix) {
  if (s->size() < suffix.size() || s->substr(s->size() - suffix.size()) != suffix) return false;
  s->remove_suffix(suffix.size());
  return true;
}

struct Glyph {
  std::string_view text;
  int digit;    // 0-9, or -1
  double unit;  // 10, 100, 1000, 1e4, 1e8, or 0
};
constexpr Glyph kGlyphs[] = {
    {"零", 0, 0},    {"〇", 0, 0},    {"一", 1, 0},   {"二", 2, 0},    {"两", 2, 0},
    {"三", 3, 0},    {"四", 4, 0},    {"五", 5, 0},   {"六", 6, 0},    {"七", 7, 0},
    {"八", 8, 0},    {"九", 9, 0},    {"十", -1, 10}, {"百", -1, 100}, {"千", -1, 1000},
    {"万", -1, 1e4}, {"亿", -1, 1e8},
};

// Chinese numerals with units: 三百二十 → 320, 一万五 → 15000, 十二 → 12, 零点五 → 0.5.
std::optional<double> ParseChinese(std::string_view s) {
  if (s.empty()) return std::nullopt;
  size_t dot = s.find("点");
  std::string_view whole = dot == std::string_view::npos ? s : s.substr(0, dot);
  double total = 0, section = 0;  // section: below 万
  int digit = -1;                 // pending digit
  double last_unit = 0;
  while (!whole.empty()) {
    const Glyph* g = nullptr;
    for (const Glyph& x : kGlyphs) {
      if (whole.substr(0, x.text.size()) == x.text) g = &x;
    }
    if (g == nullptr) return std::nullopt;
    whole.remove_prefix(g->text.size());
    if (g->digit >= 0) {
      digit = g->digit;
      if (digit == 0) last_unit = 0;  // 一百零五: the digit after 零 is a unit digit
      continue;
    }
    double d = digit < 0 ? 1 : digit;  // 十二: 十 alone means 1×10
    if (g->unit >= 1e4) {
      total = (total + section + (digit < 0 ? 0 : digit)) * g->unit;
      if (total == 0) total = g->unit;
      section = 0;
    } else {
      section += d * g->unit;
    }
    last_unit = g->unit;
    digit = -1;
  }
  if (digit >= 0) {
    // A trailing digit after a unit is one step below it: 一万五 → 15000, 三百二 → 320.
    section += last_unit >= 10 ? digit * (last_unit / 10) : digit;
  }
  double value = total + section;
  if (dot != std::string_view::npos) {
    std::string_view frac = s.substr(dot + std::string_view("点").size());
    double scale = 0.1;
    while (!frac.empty()) {
      const Glyph* g = nullptr;
      for (const Glyph& x : kGlyphs) {
        if (x.digit >= 0 && frac.substr(0, x.text.size()) == x.text) g = &x;
      }
      if (g == nullptr) return std::nullopt;
      value += g->digit * scale;
      scale /= 10;
      frac.remove_prefix(g->text.size());
    }
  }
  return value;
}

std::optional<double> ParseArabic(std::string_view s) {
  if (s.empty() || s.size() > 30) return std::nullopt;
  std::string buf(s);
  char* end = nullptr;
  double v = std::strtod(buf.c_str(), &end);
  if (end != buf.c_str() + buf.size() || !(s[0] >= '0' && s[0] <= '9')) return std::nullopt;
  return v;
}

}  // namespace

std::optional<double> ParseNumber(std::string_view s) {
  if (s.empty()) return std::nullopt;
  // Arabic digits with a Chinese multiplier: 1.5万, 3千, 2亿.
  for (auto [suffix, factor] : {std::pair<std::string_view, double>{"万", 1e4},
                                {"千", 1e3},
                                {"百", 1e2},
                                {"亿", 1e8},
                                {"w", 1e4},
                                {"k", 1e3}}) {
    std::string_view t = s;
    if (ConsumeSuffix(&t, suffix)) {
      if (auto v = ParseArabic(t)) return *v * factor;
    }
  }
  if (auto v = ParseArabic(s)) return v;
  return ParseChinese(s);
}

std::optional<double> ParseRate(std::string_view s) {
  std::string_view t = s;
  if (Consume(&t, "万分之")) {
    if (auto v = ParseNumber(t)) return *v / 1e4;
    return std::nullopt;
  }
  if (Consume(&t, "千分之")) {
    if (auto v = ParseNumber(t)) return *v / 1e3;
    return std::nullopt;
  }
  if (Consume(&t, "百分之")) {
    if (auto v = ParseNumber(t)) return *v / 1e2;
    return std::nullopt;
  }
  t = s;
  if (Consume(&t, "万")) {  // 万2, 万1.5, 万二: trade shorthand for 万分之
    if (auto v = ParseNumber(t)) return *v / 1e4;
    return std::nullopt;
  }
  t = s;
  if (ConsumeSuffix(&t, "%")) {
    if (auto v = ParseNumber(t)) return *v / 1e2;
    return std::nullopt;
  }
  t = s;
  if (ConsumeSuffix(&t, "‱")) {
    if (auto v = ParseNumber(t)) return *v / 1e4;
    return std::nullopt;
  }
  t = s;
  if (ConsumeSuffix(&t, "分利") || ConsumeSuffix(&t, "分")) {  // 月息2分, 三分利: 2%, 3%
    if (auto v = ParseNumber(t)) return *v / 1e2;
  }
  return std::nullopt;
}

std::optional<double> ParseAmount(std::string_view s) {
  std::string_view t = s;
  ConsumeSuffix(&t, "钱");
  // 2块5 / 2元5: yuan and a trailing tenth.
  for (std::string_view unit : {"块", "元"}) {
    size_t at = t.find(unit);
    if (at != std::string_view::npos && at > 0 && at + unit.size() < t.size()) {
      auto y = ParseNumber(t.substr(0, at));
      auto j = ParseNumber(t.substr(at + unit.size()));
      if (y && j && *j < 10) return *y + *j / 10;
    }
  }
  if (ConsumeSuffix(&t, "毛") || ConsumeSuffix(&t, "角")) {
    if (auto v = ParseNumber(t)) return *v / 10;
    return std::nullopt;
  }
  if (!ConsumeSuffix(&t, "块")) ConsumeSuffix(&t, "元");
  return ParseNumber(t);
}

bool ParsePer(std::string_view name, Per* out) {
  if (name == "day") {
    *out = Per::kDay;
  } else if (name == "month") {
    *out = Per::kMonth;
  } else if (name == "year") {
    *out = Per::kYear;
  } else if (name == "period") {
    *out = Per::kPeriod;
  } else {
    return false;
  }
  return true;
}

std::optional<double> Annualize(double rate, Per per, std::optional<double> periods) {
  switch (per) {
    case Per::kDay:
      return rate * 365;
    case Per::kMonth:
      return rate * 12;
    case Per::kYear:
      return rate;
    case Per::kPeriod:
      if (!periods || *periods < 1) return std::nullopt;
      return 24 * *periods * rate / (*periods + 1);
  }
  return std::nullopt;
}

std::string FormatPercent(double fraction) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", std::round(fraction * 1e4) / 100);
  std::string s = buf;
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s + "%";
}

}  // namespace finlint::numbers

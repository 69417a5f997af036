// Amounts and rates as Chinese marketing copy writes them: 日息万分之二, 0.02%/天, 万2,
// 千分之三, 月息2分, 两万, 1.5万元, 每天2块5. Used by rules that read numbers (a daily rate
// with no annualized one, an APR over 24%). Input is folded text (half-width digits, `%`).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace finlint::numbers {

// A plain number in Arabic or Chinese numerals: "2", "0.05", "1.5万", "两万", "一万五",
// "十二", "三百", "零点五". nullopt if `s` is not wholly a number.
std::optional<double> ParseNumber(std::string_view s);

// A rate as a fraction: "0.05%" → 0.0005, "万分之五" → 0.0005, "万2" / "万二" → 0.0002,
// "2‱" → 0.0002, "千分之三" → 0.003, "百分之三" → 0.03, "2分" / "2分利" (monthly 分) → 0.02.
std::optional<double> ParseRate(std::string_view s);

// An amount of money in yuan: "1万" → 10000, "两万元" → 20000, "2块" → 2, "5毛" → 0.5,
// "2块5" → 2.5, "3千" → 3000, "1w" → 10000, "500元" → 500.
std::optional<double> ParseAmount(std::string_view s);

enum class Per { kDay, kMonth, kYear, kPeriod };
bool ParsePer(std::string_view name, Per* out);

// Simple annualized rate (a fraction) of a rate per day (×365), month (×12), year, or
// instalment period over `periods` periods (≈ 24·n·r/(n+1), the regulator's estimate for
// equal instalments). nullopt for a period rate without a period count.
std::optional<double> Annualize(double rate, Per per, std::optional<double> periods);

// "18.25%": a fraction as a percentage with at most two decimals, trailing zeros dropped.
std::string FormatPercent(double fraction);

}  // namespace finlint::numbers

// Test helper for the input formats: lint bytes read with given InputOptions and look at each
// finding as the reports show it (line and column in the decoded text, original bytes, the
// JSON record).
#pragma once

#include <catch2/catch.hpp>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "finlint/lint/lint.h"
#include "finlint/report/report.h"

namespace finlint::testing {

struct Located {
  std::string text;        // the original bytes of the span
  int line = 0, col = 0;   // 1-based; columns in characters of the decoded text
  std::string field = "";  // JSON: the record's field ("" otherwise)
  int record = -1;         // JSON: the record's index (-1 otherwise)
  friend bool operator==(const Located& a, const Located& b) {
    return a.text == b.text && a.line == b.line && a.col == b.col && a.field == b.field &&
           a.record == b.record;
  }
  friend std::ostream& operator<<(std::ostream& os, const Located& l) {
    os << "'" << l.text << "' " << l.line << ":" << l.col;
    if (l.record >= 0) os << " record " << l.record << " field '" << l.field << "'";
    return os;
  }
};

// Lints `bytes`; the report (error, encoding …) is left in `*report` when given.
inline std::vector<Located> CheckInput(const rules::RuleSet& set, std::string_view bytes,
                                       const InputOptions& input, FileReport* report = nullptr) {
  auto linter = Linter::Create(set);
  REQUIRE(linter.ok());
  FileReport local;
  FileReport& r = report != nullptr ? *report : local;
  r.path = "t";
  r.bytes = std::string(bytes);
  linter->Check(input, &r);
  if (report == nullptr) {
    INFO(r.error);
    REQUIRE(r.error.empty());
  }
  std::vector<Located> out;
  report::LineIndex lines(r.text());
  for (const Finding& f : r.findings) {
    report::LineCol lc = lines.At(f.in_text.begin);
    Located l{r.bytes.substr(f.span.begin, f.span.size()), lc.line, lc.col, "", -1};
    if (f.record) {
      l.field = f.record->field;
      l.record = f.record->index;
    }
    out.push_back(l);
  }
  return out;
}

inline InputOptions As(extract::InputType type, std::vector<std::string> fields = {}) {
  InputOptions input;
  input.type = type;
  input.fields = std::move(fields);
  return input;
}

}  // namespace finlint::testing

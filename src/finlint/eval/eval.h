// Scoring against labeled cases (corpus/*.jsonl): per-category precision, recall and F1,
// scored per (case, category), and the false-alarm rate on compliant cases.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "finlint/core/result.h"

namespace finlint::eval {

struct Case {
  std::string id;
  std::string text;
  std::set<std::string> expect;  // categories a compliance officer would flag; empty if compliant
  std::string kind;              // violation | clean | trap
  std::string note;
  int line = 0;  // in the cases file
};

// Parses JSONL cases; every malformed line is an error at file:line. `categories` are the
// valid ids (an unknown one in `expect` is an error).
bool ParseCases(std::string_view path, std::string_view text,
                const std::set<std::string>& categories, std::vector<Case>* cases,
                std::vector<Error>* errors);

struct Counts {
  int tp = 0, fp = 0, fn = 0;
  double Precision() const { return tp + fp == 0 ? 1.0 : double(tp) / (tp + fp); }
  double Recall() const { return tp + fn == 0 ? 1.0 : double(tp) / (tp + fn); }
  double F1() const {
    double p = Precision(), r = Recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }
};

struct Mistake {
  const Case* c;
  std::set<std::string> missed;        // expected, not found
  std::set<std::string> false_alarms;  // found, not expected
};

struct Scores {
  std::map<std::string, Counts> by_category;  // every category that was expected or found
  Counts overall;                             // micro-average over (case, category)
  int cases = 0;
  std::map<std::string, int> kind_cases;    // cases per kind
  std::map<std::string, int> kind_alarmed;  // compliant cases (clean, trap) with a finding
  std::vector<Mistake> mistakes;

  // Share of clean and trap cases with any finding.
  double FalseAlarmRate() const;
};

// `found[i]` are the categories finlint reported for cases[i].
Scores Score(const std::vector<Case>& cases, const std::vector<std::set<std::string>>& found);

}  // namespace finlint::eval

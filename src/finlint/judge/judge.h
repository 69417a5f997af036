// Stage 5: which candidates are findings. A candidate must sit on ICU word boundaries
// (computed only for the sentences that hold candidates, so cost grows with hits, not with
// text), survive its rule's `unless` context, and not overlap an earlier hit of the same
// rule. Document rules fire when their `when` (and `also`) occur and no `require` does.
#pragma once

#include <unicode/uversion.h>

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "finlint/core/result.h"
#include "finlint/core/span.h"
#include "finlint/scan/scan.h"

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace finlint::judge {

struct Hit {
  int rule;                      // index into RuleSet::rules
  int pattern;                   // index into Scanner::patterns()
  Span span;                     // bytes in the folded text; for a document rule, its first trigger
  std::optional<double> annual;  // annualized rate the hit states (rules with `rate:`)
  bool joined = false;           // the span crosses evasion gaps (scan::Candidate::joined)
};

// Holds an ICU word BreakIterator: one Judge per thread (Clone()).
class Judge {
 public:
  // `rules` and `scanner` must outlive the Judge.
  static Result<Judge> Create(const rules::RuleSet& rules, const scan::Scanner& scanner);
  Judge Clone() const;
  Judge(Judge&&) noexcept;
  Judge& operator=(Judge&&) noexcept;
  ~Judge();

  // Every hit of every rule, ordered by position; overlapping hits are all kept (see
  // CollapseOverlaps). `candidates` must come from scanner.Find(folded).
  std::vector<Hit> Run(std::string_view folded, const std::vector<scan::Candidate>& candidates);

  // Whether `span` starts and ends on word boundaries of its sentence.
  bool OnWordBoundaries(std::string_view folded, Span span);

 private:
  Judge(const rules::RuleSet& rules, const scan::Scanner& scanner,
        std::unique_ptr<icu::BreakIterator> words);

  const rules::RuleSet* rules_;
  const scan::Scanner* scanner_;
  std::unique_ptr<icu::BreakIterator> words_;
  Span segmented_{1, 0};                  // sentence currently set in words_ (empty: none)
  const char* segmented_base_ = nullptr;  // text it belongs to
};

// One claim, one finding: of overlapping hits of one category (two rules on 收益全网最高, or
// a missing APR and a daily rate on the same words) keeps the most severe, then the first,
// then the longest; of document findings of one category (a text lacks a risk warning) keeps
// one. Keeps the order by position.
void CollapseOverlaps(const rules::RuleSet& rules, std::vector<Hit>* hits);

}  // namespace finlint::judge

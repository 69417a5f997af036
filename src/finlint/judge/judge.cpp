// See judge.h.
#include "finlint/judge/judge.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <algorithm>

#include "finlint/judge/context.h"
#include "finlint/judge/quantity.h"
#include "finlint/scan/gaps.h"

namespace finlint::judge {

using scan::Role;

namespace {
bool ByPosition(const Hit& a, const Hit& b) {
  return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.rule < b.rule;
}
}  // namespace

Judge::Judge(const rules::RuleSet& rules, const scan::Scanner& scanner,
             std::unique_ptr<icu::BreakIterator> words)
    : rules_(&rules), scanner_(&scanner), words_(std::move(words)) {}
Judge::Judge(Judge&&) noexcept = default;
Judge& Judge::operator=(Judge&&) noexcept = default;
Judge::~Judge() = default;

Result<Judge> Judge::Create(const rules::RuleSet& rules, const scan::Scanner& scanner) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> bi(
      icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), status));
  if (U_FAILURE(status) || !bi) {
    return Error{"ICU", 0, 0, std::string("cannot create word segmenter: ") + u_errorName(status)};
  }
  return Judge(rules, scanner, std::move(bi));
}

Judge Judge::Clone() const {
  return Judge(*rules_, *scanner_, std::unique_ptr<icu::BreakIterator>(words_->clone()));
}

bool Judge::OnWordBoundaries(std::string_view folded, Span span) {
  Span sentence = SentenceAround(folded, span);
  if (segmented_base_ != folded.data() || !(segmented_ == sentence)) {
    UErrorCode status = U_ZERO_ERROR;
    UText ut = UTEXT_INITIALIZER;
    utext_openUTF8(&ut, folded.data() + sentence.begin, static_cast<int64_t>(sentence.size()),
                   &status);
    words_->setText(&ut, status);  // keeps a shallow clone; the bytes stay ours
    utext_close(&ut);
    if (U_FAILURE(status)) return true;  // cannot segment: do not drop the hit
    segmented_ = sentence;
    segmented_base_ = folded.data();
  }
  auto rel = [&](size_t p) { return static_cast<int32_t>(p - sentence.begin); };
  return words_->isBoundary(rel(span.begin)) && words_->isBoundary(rel(span.end));
}

std::vector<Hit> Judge::Run(std::string_view folded,
                            const std::vector<scan::Candidate>& candidates) {
  segmented_base_ = nullptr;
  const auto& refs = scanner_->patterns();
  std::vector<Span> match_spans;
  for (const auto& c : candidates) {
    if (refs[static_cast<size_t>(c.pattern)].role == Role::kMatch) match_spans.push_back(c.span);
  }
  std::vector<Hit> hits;
  // Per document rule: first accepted `when` hit, whether `also` and `require` were seen.
  struct DocState {
    const scan::Candidate* trigger = nullptr;
    std::optional<double> annual;  // of the trigger
    bool also = false, required = false;
  };
  std::vector<DocState> doc(rules_->rules.size());
  for (const scan::Candidate& c : candidates) {
    const scan::PatternRef& ref = refs[static_cast<size_t>(c.pattern)];
    const rules::Rule& rule = rules_->rules[static_cast<size_t>(ref.rule)];
    DocState& d = doc[static_cast<size_t>(ref.rule)];
    if ((ref.role == Role::kWhen && d.trigger) || (ref.role == Role::kAlso && d.also) ||
        (ref.role == Role::kRequire && d.required)) {
      continue;  // already decided
    }
    if (scanner_->pattern(c.pattern).word && !OnWordBoundaries(folded, c.span)) continue;
    if (ref.role == Role::kRequire) {
      d.required = true;
      continue;
    }
    if (Suppressed(rule.unless, folded, c.span, match_spans)) continue;
    const rules::Pattern& pattern = scanner_->pattern(c.pattern);
    std::optional<double> annual;
    if (pattern.per) {
      std::string_view text = folded.substr(c.span.begin, c.span.size());
      annual = AnnualRate(pattern, c.joined ? std::string_view(scan::Squeeze(text)) : text);
    }
    if (!PassesThreshold(pattern, annual)) continue;
    switch (ref.role) {
      case Role::kMatch:
        hits.push_back({ref.rule, c.pattern, c.span, annual, c.joined});
        break;
      case Role::kWhen:
        d.trigger = &c;
        d.annual = annual;
        break;
      case Role::kAlso:
        d.also = true;
        break;
      case Role::kRequire:
        break;
    }
  }
  for (size_t r = 0; r < doc.size(); ++r) {
    const rules::Rule& rule = rules_->rules[r];
    const DocState& d = doc[r];
    if (rule.scope != rules::Scope::kDocument || !d.trigger || d.required) continue;
    if (!rule.also.empty() && !d.also) continue;
    if (ContainsAny(rule.unless.document, folded)) continue;
    hits.push_back(
        {static_cast<int>(r), d.trigger->pattern, d.trigger->span, d.annual, d.trigger->joined});
  }
  std::stable_sort(hits.begin(), hits.end(), ByPosition);
  return hits;
}

void CollapseOverlaps(const rules::RuleSet& rules, std::vector<Hit>* hits) {
  const auto& all = rules.rules;
  auto rank = [&](const Hit& a, const Hit& b) {
    const rules::Rule& ra = all[static_cast<size_t>(a.rule)];
    const rules::Rule& rb = all[static_cast<size_t>(b.rule)];
    if (ra.category != rb.category) return ra.category < rb.category;
    if (ra.severity != rb.severity) return ra.severity > rb.severity;
    if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
    return a.span.size() > b.span.size();
  };
  std::stable_sort(hits->begin(), hits->end(), rank);
  std::vector<Hit> kept;
  size_t group = 0;  // first kept hit of the current category
  for (const Hit& h : *hits) {
    const std::string& cat = all[static_cast<size_t>(h.rule)].category;
    if (group < kept.size() && all[static_cast<size_t>(kept[group].rule)].category != cat) {
      group = kept.size();
    }
    // Document findings say a text lacks something: one per category is enough.
    bool document = all[static_cast<size_t>(h.rule)].scope == rules::Scope::kDocument;
    bool overlaps = false;
    for (size_t i = group; i < kept.size() && !overlaps; ++i) {
      overlaps =
          kept[i].span.Overlaps(h.span) ||
          (document && all[static_cast<size_t>(kept[i].rule)].scope == rules::Scope::kDocument);
    }
    if (!overlaps) kept.push_back(h);
  }
  *hits = std::move(kept);
  std::stable_sort(hits->begin(), hits->end(), ByPosition);
}

}  // namespace finlint::judge

// See lint.h.
#include "finlint/lint/lint.h"

#include <re2/re2.h>

#include <algorithm>

#include "finlint/decode/decode.h"
#include "finlint/judge/judge.h"
#include "finlint/lint/suppress.h"
#include "finlint/normalize/normalize.h"
#include "finlint/scan/gaps.h"
#include "finlint/scan/scan.h"

namespace finlint {
namespace {

// `$1` in a rule's replacement becomes RE2's `\1`; a literal backslash is escaped.
std::string ToRe2Rewrite(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\') {
      out += "\\\\";
    } else if (s[i] == '$' && i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '9') {
      out += '\\';
    } else {
      out += s[i];
    }
  }
  return out;
}

// `{annual}` in a suggestion becomes the annualized rate the hit states, e.g. 18.25%.
void FillAnnual(std::optional<double> annual, std::string* text) {
  static constexpr std::string_view kPlaceholder = "{annual}";
  const std::string value = annual ? numbers::FormatPercent(*annual) : "X%";
  for (size_t at = text->find(kPlaceholder); at != std::string::npos;
       at = text->find(kPlaceholder, at + value.size())) {
    text->replace(at, kPlaceholder.size(), value);
  }
}

}  // namespace

struct Linter::Shared {
  const rules::RuleSet* rules;
  normalize::Folder folder;
  scan::Scanner scanner;
};

struct Linter::Worker {
  judge::Judge judge;
};

Linter::Linter(std::shared_ptr<const Shared> shared, std::unique_ptr<Worker> worker)
    : shared_(std::move(shared)), worker_(std::move(worker)) {}
Linter::Linter(Linter&&) noexcept = default;
Linter& Linter::operator=(Linter&&) noexcept = default;
Linter::~Linter() = default;

Result<Linter> Linter::Create(const rules::RuleSet& rules, std::string_view scanner_tables) {
  auto folder = normalize::Folder::Create();
  if (!folder.ok()) return folder.error();
  auto scanner = scan::Scanner::Build(rules, scanner_tables);
  if (!scanner.ok()) return scanner.error();
  auto shared = std::make_shared<const Shared>(
      Shared{&rules, std::move(folder.value()), std::move(scanner.value())});
  auto judge = judge::Judge::Create(rules, shared->scanner);
  if (!judge.ok()) return judge.error();
  return Linter(shared, std::make_unique<Worker>(Worker{std::move(judge.value())}));
}

Linter Linter::Clone() const {
  Linter copy(shared_, std::make_unique<Worker>(Worker{worker_->judge.Clone()}));
  copy.collapse_overlaps_ = collapse_overlaps_;
  return copy;
}

const rules::RuleSet& Linter::rules() const { return *shared_->rules; }

void Linter::Check(extract::InputType type, FileReport* report) {
  InputOptions input;
  input.type = type;
  Check(input, report);
}

void Linter::Check(const InputOptions& input, FileReport* report) {
  report->findings.clear();
  report->error.clear();
  report->encoding = "utf-8";
  report->converted.clear();
  report->bom = 0;
  decode::Decoded decoded;
  auto ok = decode::Decode(report->path, report->bytes, input.encoding, &decoded);
  if (!ok.ok()) {
    report->error = ok.error().ToString();
    return;
  }
  report->encoding = std::string(decoded.encoding);
  report->bom = decoded.offset;
  report->converted = decoded.owned;
  extract::Extracted extracted;
  extract::Options options;
  options.type = input.type;
  options.fields = input.fields;
  ok = extract::Extract(report->path, decoded.text, options, &extracted);
  if (!ok.ok()) {
    report->error = ok.error().ToString();
    return;
  }
  if (extracted.documents.empty()) {
    CheckDocument(extracted.text, 0, decoded, extracted, report);
  }
  for (Span doc : extracted.documents) {
    CheckDocument(extracted.text.substr(doc.begin, doc.size()), doc.begin, decoded, extracted,
                  report);
  }
  if (!extracted.comments.empty()) Suppress(extracted, decoded, report);
  // Extracted text need not follow the file (HTML alt and title text comes after its
  // paragraph): report in the file's order.
  std::stable_sort(report->findings.begin(), report->findings.end(),
                   [](const Finding& a, const Finding& b) { return a.span.begin < b.span.begin; });
}

void Linter::Suppress(const extract::Extracted& extracted, const decode::Decoded& decoded,
                      FileReport* report) const {
  std::vector<suppress::Directive> directives;
  for (const auto& c : extracted.comments) {
    if (auto d = suppress::Parse(c.body, c.span)) directives.push_back(std::move(*d));
  }
  if (directives.empty()) return;
  std::vector<suppress::Target> targets;
  for (const Finding& f : report->findings) targets.push_back({f.rule, f.in_text.begin});
  std::vector<bool> off;
  std::vector<suppress::Problem> problems =
      suppress::Apply(directives, decoded.text, *shared_->rules, targets, &off);
  std::vector<Finding> kept;
  for (size_t i = 0; i < report->findings.size(); ++i) {
    if (!off[i]) kept.push_back(std::move(report->findings[i]));
  }
  for (const suppress::Problem& p : problems) {
    rules::Suggestion advice = p.rule->suggest.front();
    if (!p.name.empty()) advice.text = "“" + p.name + "”：" + advice.text;
    kept.push_back(
        {p.rule, decoded.ToOriginal(p.span), p.rule->severity, {advice}, p.span, std::nullopt});
    kept.back().matched = std::string(decoded.text.substr(p.span.begin, p.span.size()));
  }
  report->findings = std::move(kept);
}

void Linter::CheckDocument(std::string_view document, size_t base, const decode::Decoded& decoded,
                           const extract::Extracted& extracted, FileReport* report) {
  normalize::Folded folded;
  shared_->folder.Fold(document, &folded);
  auto candidates = shared_->scanner.Find(folded.text);
  if (!candidates.ok()) {
    report->error = candidates.error().ToString();
    return;
  }
  std::vector<judge::Hit> hits = worker_->judge.Run(folded.text, candidates.value());
  if (collapse_overlaps_) judge::CollapseOverlaps(*shared_->rules, &hits);
  for (const judge::Hit& hit : hits) {
    const rules::Rule& rule = shared_->rules->rules[static_cast<size_t>(hit.rule)];
    Span in_extracted = folded.map.Map(hit.span);
    in_extracted = {in_extracted.begin + base, in_extracted.end + base};
    Span in_decoded = extracted.map.Map(in_extracted);
    Finding f{&rule,       decoded.ToOriginal(in_decoded), rule.severity, rule.suggest, in_decoded,
              std::nullopt};
    if (const extract::Record* r = extracted.RecordAt(in_extracted.begin)) f.record = *r;
    f.matched = scan::Squeeze(folded.text.substr(hit.span.begin, hit.span.size()));
    // The file holds exactly the words read (no entity, escape or markup inside, UTF-8):
    // a rewrite may replace those bytes.
    f.verbatim = decoded.encoding == "utf-8" &&
                 decoded.text.substr(in_decoded.begin, in_decoded.size()) ==
                     extracted.text.substr(in_extracted.begin, in_extracted.size());
    const rules::Pattern& pattern = shared_->scanner.pattern(hit.pattern);
    for (rules::Suggestion& s : f.suggestions) {
      FillAnnual(hit.annual, &s.text);
      if (s.kind != rules::Suggestion::Kind::kReplace || pattern.terms.size() > 0) continue;
      std::string out, squeezed;
      std::string_view text = folded.text.substr(hit.span.begin, hit.span.size());
      if (hit.joined) text = squeezed = scan::Squeeze(text);
      if (RE2::Extract(re2::StringPiece(text.data(), text.size()), pattern.Re(),
                       ToRe2Rewrite(s.text), &out)) {
        s.text = out;
      }
    }
    report->findings.push_back(std::move(f));
  }
}

}  // namespace finlint

// See scan.h.
#include "finlint/scan/scan.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>

namespace finlint::scan {
namespace {

const RE2::Set& AsSet(const std::shared_ptr<const void>& p) {
  return *static_cast<const RE2::Set*>(p.get());
}

}  // namespace

const rules::Pattern& Scanner::pattern(int index) const {
  const PatternRef& ref = refs_[static_cast<size_t>(index)];
  const rules::Rule& rule = rules_->rules[static_cast<size_t>(ref.rule)];
  switch (ref.role) {
    case Role::kMatch:
      return rule.match[static_cast<size_t>(ref.entry)];
    case Role::kWhen:
      return rule.when[static_cast<size_t>(ref.entry)];
    case Role::kAlso:
      return rule.also[static_cast<size_t>(ref.entry)];
    case Role::kRequire:
      break;
  }
  return rule.require[static_cast<size_t>(ref.entry)];
}

Result<Scanner> Scanner::Build(const rules::RuleSet& rules) {
  Scanner s;
  s.rules_ = &rules;
  RE2::Options opt(RE2::Quiet);
  opt.set_max_mem(64 << 20);  // many gap patterns: the default 8 MB DFA budget runs out
  auto set = std::make_shared<RE2::Set>(opt, RE2::UNANCHORED);
  for (size_t r = 0; r < rules.rules.size(); ++r) {
    const rules::Rule& rule = rules.rules[r];
    for (auto [role, list] : {std::pair{Role::kMatch, &rule.match},
                              {Role::kWhen, &rule.when},
                              {Role::kAlso, &rule.also},
                              {Role::kRequire, &rule.require}}) {
      for (size_t e = 0; e < list->size(); ++e) {
        std::string err;
        if (set->Add((*list)[e].regex, &err) < 0) {
          return Error{rule.file, rule.line, 0, "rule " + rule.id + ": " + err};
        }
        s.refs_.push_back({static_cast<int>(r), role, static_cast<int>(e)});
      }
    }
  }
  if (!set->Compile()) return Error{"finlint", 0, 0, "internal error: RE2::Set failed to compile"};
  s.set_ = std::move(set);
  return s;
}

void Scanner::Confirm(int index, std::string_view text, size_t base,
                      std::vector<Candidate>* out) const {
  const RE2& re = *pattern(index).re;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece m;
  size_t pos = 0;
  while (pos < text.size() && re.Match(input, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
    size_t b = static_cast<size_t>(m.data() - text.data());
    size_t e = b + m.size();
    if (e > b) out->push_back({index, {base + b, base + e}});
    pos = e > b ? e : b + 1;
  }
}

Result<std::vector<Candidate>> Scanner::Find(std::string_view folded) const {
  std::vector<Candidate> out;
  if (refs_.empty()) return out;
  const RE2::Set& set = AsSet(set_);
  std::vector<int> hits;
  size_t start = 0;
  while (start < folded.size()) {
    size_t nl = folded.find('\n', start);
    size_t end = nl == std::string_view::npos ? folded.size() : nl;
    std::string_view line = folded.substr(start, end - start);
    hits.clear();
    RE2::Set::ErrorInfo info{};
    if (!set.Match(line, &hits, &info) && info.kind != RE2::Set::kNoError) {
      if (info.kind != RE2::Set::kOutOfMemory) {
        return Error{"finlint", 0, 0, "internal error: RE2::Set match failed"};
      }
      // The DFA ran out of memory on this line: try every pattern on its own.
      hits.resize(refs_.size());
      for (size_t i = 0; i < hits.size(); ++i) hits[i] = static_cast<int>(i);
    }
    for (int index : hits) Confirm(index, line, start, &out);
    start = end + 1;
  }
  std::sort(out.begin(), out.end(), [](const Candidate& a, const Candidate& b) {
    return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.pattern < b.pattern;
  });
  return out;
}

}  // namespace finlint::scan

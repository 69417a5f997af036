// See fix.h.
#include "finlint/report/fix.h"

#include <algorithm>

#include "finlint/report/describe.h"

namespace finlint::report {
namespace {

constexpr int kMaxRounds = 4;  // a rewrite may reveal another; converge, but never loop

bool Contains(const std::vector<std::string>& list, const std::string& s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

}  // namespace

const rules::Suggestion* SafeFix(const FileReport& file, const Finding& finding,
                                 extract::InputType type) {
  std::vector<const rules::Suggestion*> rewrites = Fixes(file, finding);
  if (!rewrites.empty()) return rewrites.front();
  if (type != extract::InputType::kText && type != extract::InputType::kMarkdown) return nullptr;
  for (const rules::Suggestion& s : finding.suggestions) {
    if (s.safe && s.kind == rules::Suggestion::Kind::kAppend &&
        s.text.find("X%") == std::string::npos) {
      return &s;
    }
  }
  return nullptr;
}

int ApplyFixes(const FileReport& file, extract::InputType type, std::vector<std::string>* appended,
               std::string* out, const std::function<bool(const Finding&)>& select) {
  struct Edit {
    Span span;
    std::string text;
  };
  std::vector<Edit> edits;
  std::vector<std::string> appends;
  for (const Finding& f : file.findings) {
    if (select && !select(f)) continue;
    const rules::Suggestion* s = SafeFix(file, f, type);
    if (s == nullptr) continue;
    if (s->kind == rules::Suggestion::Kind::kReplace) {
      edits.push_back({f.span, s->text});
    } else if (!Contains(appends, s->text) && !Contains(*appended, s->text) &&
               file.bytes.find(s->text) == std::string::npos) {  // there, but not read
      appends.push_back(s->text);
    }
  }
  std::stable_sort(edits.begin(), edits.end(),
                   [](const Edit& a, const Edit& b) { return a.span.begin < b.span.begin; });
  *out = file.bytes;
  int applied = 0;
  size_t last_end = 0;
  std::vector<Edit> chosen;
  for (Edit& e : edits) {
    if (!chosen.empty() && e.span.begin < last_end) continue;  // overlaps the one before
    last_end = e.span.end;
    chosen.push_back(std::move(e));
  }
  for (auto it = chosen.rbegin(); it != chosen.rend(); ++it) {  // from the end: offsets hold
    out->replace(it->span.begin, it->span.size(), it->text);
    ++applied;
  }
  if (!appends.empty()) {
    std::string eol = out->find("\r\n") != std::string::npos ? "\r\n" : "\n";
    if (!out->empty() && out->back() != '\n') *out += eol;
    if (type == extract::InputType::kMarkdown && !out->empty()) *out += eol;  // own paragraph
    for (const std::string& a : appends) {
      *out += a + eol;
      appended->push_back(a);
      ++applied;
    }
  }
  return applied;
}

int FixAll(FileReport* file, extract::InputType type,
           const std::function<void(FileReport*)>& recheck) {
  int applied = 0;
  std::vector<std::string> appended;
  for (int round = 0; round < kMaxRounds; ++round) {
    std::string next;
    int n = ApplyFixes(*file, type, &appended, &next);
    if (n == 0) break;
    applied += n;
    file->bytes = std::move(next);
    recheck(file);
    if (!file->error.empty()) break;  // cannot happen for text we wrote; the caller says so
  }
  return applied;
}

}  // namespace finlint::report

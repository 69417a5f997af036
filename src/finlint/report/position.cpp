// Offsets → lines and columns, computed only when a report asks (ninja's Lexer::Error).
#include <algorithm>

#include "finlint/report/report.h"

namespace finlint::report {

LineIndex::LineIndex(std::string_view text) : text_(text) {
  starts_.push_back(0);
  for (size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1)) {
    starts_.push_back(i + 1);
  }
}

LineCol LineIndex::At(size_t offset) const {
  if (offset > text_.size()) offset = text_.size();
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset) - 1;
  LineCol lc;
  lc.line = static_cast<int>(it - starts_.begin()) + 1;
  size_t i = *it;
  if (i == 0 && text_.substr(0, 3) == "\xEF\xBB\xBF" && offset >= 3) i = 3;
  // Findings come in order: a later offset on the same line counts on from the last one.
  if (last_.line == lc.line && last_offset_ >= i && last_offset_ <= offset) {
    i = last_offset_;
    lc.col = last_.col;
  }
  for (; i < offset; ++i) {
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++lc.col;
  }
  last_ = lc;
  last_offset_ = offset;
  return lc;
}

size_t LineIndex::LineStart(size_t offset) const {
  if (offset > text_.size()) offset = text_.size();
  return *(std::upper_bound(starts_.begin(), starts_.end(), offset) - 1);
}

LineCol At(std::string_view s, size_t offset) { return LineIndex(s).At(offset); }

Counts CountFile(const FileReport& f) {
  Counts c;
  c.files = 1;
  if (!f.error.empty()) ++c.unreadable;
  if (!f.findings.empty()) c.with_findings = 1;
  for (const Finding& x : f.findings) {
    ++c.findings;
    switch (x.severity) {
      case rules::Severity::kError:
        ++c.error;
        break;
      case rules::Severity::kWarning:
        ++c.warning;
        break;
      case rules::Severity::kInfo:
        ++c.info;
        break;
    }
  }
  return c;
}

void Counts::Add(const Counts& more) {
  files += more.files;
  unreadable += more.unreadable;
  findings += more.findings;
  error += more.error;
  warning += more.warning;
  info += more.info;
  with_findings += more.with_findings;
}

Counts Count(const Run& run) {
  Counts c;
  for (const FileReport& f : run.files) c.Add(CountFile(f));
  return c;
}

const std::vector<Format>& Formats() {
  static const std::vector<Format> kFormats = {
      {"text", WriteText, "compiler-style lines with the source line and a caret underline",
       WriteTextFiles, WriteTextSummary},
      {"json", WriteJson, "one JSON object for the run (the contract in docs/formats.md)"},
      {"jsonl", WriteJsonLines, "one JSON object a line per finding (the json finding and path)",
       WriteJsonLines},
      {"sarif", WriteSarif, "SARIF 2.1.0, for GitHub code scanning and other SARIF viewers"},
      {"github", WriteGithub, "GitHub Actions workflow commands: an annotation per finding",
       WriteGithub},
      {"gitlab", WriteGitlab, "GitLab Code Quality report (artifacts:reports:codequality)"},
      {"junit", WriteJunit, "JUnit XML: a test suite per file, a failure per finding"},
      {"rdjsonl", WriteRdjsonl, "reviewdog diagnostics, one JSON object a line (-f=rdjsonl)",
       WriteRdjsonl},
      {"html", WriteHtml, "one self-contained page: the text with each finding highlighted"},
  };
  return kFormats;
}

const Format* FindFormat(std::string_view name) {
  for (const Format& f : Formats()) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

}  // namespace finlint::report

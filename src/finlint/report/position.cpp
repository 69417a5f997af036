// Offsets → lines and columns, computed only when a report asks (ninja's Lexer::Error).
#include "finlint/report/report.h"

namespace finlint::report {

LineCol At(std::string_view s, size_t offset) {
  LineCol lc;
  size_t line_start = 0;
  if (offset > s.size()) offset = s.size();
  for (size_t i = 0; i < offset; ++i) {
    if (s[i] == '\n') {
      ++lc.line;
      line_start = i + 1;
    }
  }
  size_t i = line_start;
  if (i == 0 && s.substr(0, 3) == "\xEF\xBB\xBF" && offset >= 3) i = 3;
  for (; i < offset; ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++lc.col;
  }
  return lc;
}

Counts Count(const Run& run) {
  Counts c;
  for (const FileReport& f : run.files) {
    ++c.files;
    if (!f.error.empty()) ++c.unreadable;
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
  }
  return c;
}

const std::vector<Format>& Formats() {
  static const std::vector<Format> kFormats = {
      {"text", WriteText, "compiler-style lines with the source line and a caret underline"},
      {"json", WriteJson, "one JSON object for the run (the contract in docs/formats.md)"},
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

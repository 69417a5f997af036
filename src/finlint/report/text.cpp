// Compiler-style text: `path:line:col: severity: message [rule]`, the source line with a caret
// underline sized to the characters' display width, then basis and suggestions.
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "finlint/report/report.h"

namespace finlint::report {
namespace {

struct Style {
  bool on;
  const char* operator()(const char* code) const { return on ? code : ""; }
};
constexpr const char* kBold = "\033[1m";
constexpr const char* kReset = "\033[0m";
constexpr const char* kDim = "\033[2m";
constexpr const char* kGreen = "\033[32m";

const char* SeverityColor(rules::Severity s) {
  switch (s) {
    case rules::Severity::kError:
      return "\033[1;31m";
    case rules::Severity::kWarning:
      return "\033[1;33m";
    case rules::Severity::kInfo:
      break;
  }
  return "\033[1;34m";
}

int DisplayWidth(UChar32 c) {
  int w = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
  return (w == U_EA_WIDE || w == U_EA_FULLWIDTH) ? 2 : 1;
}

// Writes the source line holding `span.begin` and a caret line under the span (first line).
void WriteSourceLines(std::string_view bytes, Span span, int line_no, const Style& st,
                      const char* color, std::ostream& out) {
  size_t ls = bytes.rfind('\n', span.begin == 0 ? 0 : span.begin - 1);
  ls = (span.begin == 0 || ls == std::string_view::npos) ? 0 : ls + 1;
  if (ls == 0 && bytes.substr(0, 3) == "\xEF\xBB\xBF") ls = 3;
  size_t le = bytes.find('\n', span.begin);
  if (le == std::string_view::npos) le = bytes.size();
  std::string_view line = bytes.substr(ls, le - ls);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  std::string gutter = std::to_string(line_no);
  std::string pad(gutter.size(), ' ');
  out << st(kDim) << " " << gutter << " | " << st(kReset) << line << "\n";
  out << st(kDim) << " " << pad << " | " << st(kReset);
  std::string under;
  int carets = 0;
  int32_t i = 0, n = static_cast<int32_t>(line.size());
  size_t end = std::min(span.end, ls + line.size());
  while (i < n) {
    size_t abs = ls + static_cast<size_t>(i);
    UChar32 c;
    U8_NEXT(line.data(), i, n, c);
    if (abs >= end) break;
    int w = c < 0 ? 1 : DisplayWidth(c);
    if (abs < span.begin) {
      under.append(c == '\t' ? "\t" : std::string(static_cast<size_t>(w), ' '));
    } else {
      carets += w;
    }
  }
  out << under << st(color) << std::string(static_cast<size_t>(carets > 0 ? carets : 1), '^')
      << st(kReset) << "\n";
}

}  // namespace

void WriteText(const Run& run, const Options& options, std::ostream& out) {
  Style st{options.color};
  int with_findings = 0;
  for (const FileReport& f : run.files) {
    if (!f.error.empty()) {
      out << st(kBold) << f.error << st(kReset) << "\n";
      continue;
    }
    if (!f.findings.empty()) ++with_findings;
    LineIndex lines(f.bytes);
    for (const Finding& x : f.findings) {
      LineCol b = lines.At(x.span.begin);
      const char* color = SeverityColor(x.severity);
      const std::string& message =
          options.english && !x.rule->message_en.empty() ? x.rule->message_en : x.rule->message;
      out << st(kBold) << f.path << ":" << b.line << ":" << b.col << ":" << st(kReset) << " "
          << st(color) << rules::SeverityName(x.severity) << ":" << st(kReset) << " " << st(kBold)
          << message << st(kReset) << " " << st(kDim) << "[" << x.rule->id << "]" << st(kReset)
          << "\n";
      WriteSourceLines(f.bytes, x.span, b.line, st, color, out);
      std::string pad(std::to_string(b.line).size(), ' ');
      std::string basis;
      for (const auto& s : x.rule->basis) basis += (basis.empty() ? "" : "；") + s;
      out << " " << pad << " = basis: " << basis << "\n";
      for (const auto& s : x.suggestions) {
        const char* label = s.kind == rules::Suggestion::Kind::kReplace  ? "rewrite: "
                            : s.kind == rules::Suggestion::Kind::kAppend ? "append: "
                                                                         : "advice: ";
        out << " " << pad << " = " << st(kGreen) << label << st(kReset) << s.text << "\n";
      }
      out << "\n";
    }
  }
  Counts c = Count(run);
  auto plural = [](int n, const char* word) {
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
  };
  if (c.findings == 0 && c.unreadable == 0) {
    out << "No problems found in " << plural(c.files, "file") << ".\n";
    return;
  }
  out << st(kBold) << plural(c.findings, "problem") << " (" << plural(c.error, "error") << ", "
      << plural(c.warning, "warning") << ", " << c.info << " info) in " << with_findings << " of "
      << plural(c.files, "file");
  if (c.unreadable > 0) out << "; " << c.unreadable << " could not be checked";
  out << "." << st(kReset) << "\n";
}

}  // namespace finlint::report

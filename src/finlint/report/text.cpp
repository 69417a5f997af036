// Compiler-style text: `path:line:col: severity: message [rule]`, the source line (decoded, and
// cut around the span when long) with a caret underline sized to the characters' display
// width, the record of a JSON finding, then basis and suggestions.
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

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

// Lines longer than this many display columns (a JSONL record, a paragraph on one line) are
// shown in part: up to kContext columns before the span, then as much as fits.
constexpr int kMaxWidth = 100;
constexpr int kContext = 30;

int CharWidth(UChar32 c) { return c < 0 ? 1 : DisplayWidth(c); }

// Display width of line[from, to).
int Width(std::string_view line, size_t from, size_t to) {
  int w = 0;
  for (auto i = static_cast<int32_t>(from), n = static_cast<int32_t>(to); i < n;) {
    UChar32 c;
    U8_NEXT(line.data(), i, n, c);
    w += CharWidth(c);
  }
  return w;
}

// Writes the line of `text` holding `span.begin` and a caret line under the span (first line).
// Only the part of a long line that is shown is decoded, so many findings on one long line
// (a minified JSON file) cost the window each, not the line.
void WriteSourceLines(std::string_view text, Span span, int line_no, const Style& st,
                      const char* color, std::ostream& out) {
  size_t ls = text.rfind('\n', span.begin == 0 ? 0 : span.begin - 1);
  ls = (span.begin == 0 || ls == std::string_view::npos) ? 0 : ls + 1;
  size_t le = text.find('\n', span.begin);
  if (le == std::string_view::npos) le = text.size();
  std::string_view line = text.substr(ls, le - ls);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  size_t b = std::min(span.begin - ls, line.size());
  size_t e = std::max(std::min(span.end - ls, line.size()), b);

  // The shown part [from, to): the whole line when it fits (a character is at most four
  // bytes and at least one column, so a line over 4 × kMaxWidth bytes never fits).
  size_t from = 0, to = line.size();
  if (line.size() > static_cast<size_t>(kMaxWidth) &&
      (line.size() > 4 * static_cast<size_t>(kMaxWidth) ||
       Width(line, 0, line.size()) > kMaxWidth)) {
    int w = 0;
    auto i = static_cast<int32_t>(b);
    while (i > 0) {
      int32_t j = i;
      UChar32 c;
      U8_PREV(line.data(), 0, j, c);
      if (w + CharWidth(c) > kContext) break;
      w += CharWidth(c);
      i = j;
    }
    from = static_cast<size_t>(i);
    auto k = static_cast<int32_t>(b), n = static_cast<int32_t>(line.size());
    while (k < n) {
      int32_t j = k;
      UChar32 c;
      U8_NEXT(line.data(), j, n, c);
      if (k != static_cast<int32_t>(b) && w + CharWidth(c) > kMaxWidth) break;
      w += CharWidth(c);
      k = j;
    }
    to = static_cast<size_t>(k);
  }
  std::string_view cut_before = from > 0 ? "..." : "";
  std::string_view cut_after = to < line.size() ? "..." : "";

  std::string gutter = std::to_string(line_no);
  std::string pad(gutter.size(), ' ');
  out << st(kDim) << " " << gutter << " | " << st(kReset) << cut_before
      << line.substr(from, to - from) << cut_after << "\n";
  out << st(kDim) << " " << pad << " | " << st(kReset);
  std::string under(cut_before.size(), ' ');
  for (auto i = static_cast<int32_t>(from), n = static_cast<int32_t>(b); i < n;) {
    UChar32 c;
    U8_NEXT(line.data(), i, n, c);
    under.append(c == '\t' ? std::string("\t")
                           : std::string(static_cast<size_t>(CharWidth(c)), ' '));
  }
  int carets = Width(line, b, std::min(e, to));
  out << under << st(color) << std::string(static_cast<size_t>(carets > 0 ? carets : 1), '^')
      << st(kReset) << "\n";
}

// Where a finding of a JSON or JSONL input is: its record and field.
void WriteRecord(const extract::Record& r, const std::string& pad, std::ostream& out) {
  out << " " << pad << " = ";
  switch (r.kind) {
    case extract::Record::Kind::kLine:
      out << "record: line " << r.line;
      break;
    case extract::Record::Kind::kElement:
      out << "record: .[" << r.index << "] (line " << r.line << ")";
      break;
    case extract::Record::Kind::kWhole:
      if (r.field.empty()) return;
      out << "field: " << r.field << "\n";
      return;
  }
  if (!r.field.empty()) out << ", field: " << r.field;
  out << "\n";
}

}  // namespace

void WriteText(const Run& run, const Options& options, std::ostream& out) {
  WriteTextFiles(run, options, out);
  WriteTextSummary(Count(run), options, out);
}

void WriteTextFiles(const Run& run, const Options& options, std::ostream& out) {
  Style st{options.color};
  for (const FileReport& f : run.files) {
    if (!f.error.empty()) {
      out << st(kBold) << f.error << st(kReset) << "\n";
      continue;
    }
    LineIndex lines(f.text());
    for (const Finding& x : f.findings) {
      LineCol b = lines.At(x.in_text.begin);
      const char* color = SeverityColor(x.severity);
      const std::string& message =
          options.english && !x.rule->message_en.empty() ? x.rule->message_en : x.rule->message;
      out << st(kBold) << f.path << ":" << b.line << ":" << b.col << ":" << st(kReset) << " "
          << st(color) << rules::SeverityName(x.severity) << ":" << st(kReset) << " " << st(kBold)
          << message << st(kReset) << " " << st(kDim) << "[" << x.rule->id << "]" << st(kReset)
          << "\n";
      WriteSourceLines(f.text(), x.in_text, b.line, st, color, out);
      std::string pad(std::to_string(b.line).size(), ' ');
      if (x.record) WriteRecord(*x.record, pad, out);
      std::string basis;
      for (const auto& s : x.rule->basis) basis += (basis.empty() ? "" : "；") + s;
      if (!basis.empty()) out << " " << pad << " = basis: " << basis << "\n";
      for (const auto& s : x.suggestions) {
        const char* label = s.kind == rules::Suggestion::Kind::kReplace  ? "rewrite: "
                            : s.kind == rules::Suggestion::Kind::kAppend ? "append: "
                                                                         : "advice: ";
        out << " " << pad << " = " << st(kGreen) << label << st(kReset) << s.text << "\n";
      }
      out << "\n";
    }
  }
}

void WriteTextSummary(const Counts& c, const Options& options, std::ostream& out) {
  Style st{options.color};
  auto plural = [](int n, const char* word) {
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
  };
  if (c.findings == 0 && c.unreadable == 0) {
    out << "No problems found in " << plural(c.files, "file") << ".\n";
    return;
  }
  out << st(kBold) << plural(c.findings, "problem") << " (" << plural(c.error, "error") << ", "
      << plural(c.warning, "warning") << ", " << c.info << " info) in " << c.with_findings << " of "
      << plural(c.files, "file");
  if (c.unreadable > 0) out << "; " << c.unreadable << " could not be checked";
  out << "." << st(kReset) << "\n";
}

}  // namespace finlint::report

// A file's section of the html view (html_parts.h): its decoded text, a row per line, cut into
// pieces at every finding's start and end; a piece covered by findings is one <mark> naming
// all of them, so overlapping findings need no nested marks that could cross. Beside it, a
// card per finding.
#include <algorithm>
#include <map>

#include "finlint/report/describe.h"
#include "finlint/report/escape.h"
#include "finlint/report/fingerprint.h"
#include "finlint/report/fix.h"
#include "finlint/report/html_parts.h"

namespace finlint::report {
namespace {

// The start of the UTF-8 character holding byte `i` of `text`, so that no cut splits one.
size_t CharStart(std::string_view text, size_t i) {
  i = std::min(i, text.size());
  while (i > 0 && i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) --i;
  return i;
}

// One marked piece of text: the findings (indices) covering it.
void WriteMark(const FileReport& f, size_t file_no, const std::vector<size_t>& covering,
               std::string_view piece, bool point, const Options& options, std::ostream& out) {
  const Labels& l = LabelsFor(options);
  rules::Severity top = rules::Severity::kInfo;
  std::string ids, title;
  for (size_t k : covering) {
    const Finding& x = f.findings[k];
    top = std::max(top, x.severity);
    ids += (ids.empty() ? "" : " ") + FindingId(file_no, k);
    title += std::string(title.empty() ? "" : "\n") + SeverityLabel(l, x.severity) + "：" +
             Message(*x.rule, options) + " [" + x.rule->id + "]";
  }
  out << "<mark class=\"" << SeverityClass(top) << (covering.size() > 1 ? " overlap" : "")
      << (point ? " point" : "") << "\" data-findings=\"" << ids << "\" aria-describedby=\"" << ids
      << "\" tabindex=\"0\" title=\"" << XmlAttribute(title) << "\">" << XmlText(piece)
      << "</mark>";
}

// One line, text[start, end) without its line break, as a list item: the line is cut at
// each start and end of the spans of `here` (the findings touching it, in order), and a sweep
// keeps the findings covering each piece, so a line with many findings costs n log n.
void WriteLine(const FileReport& f, size_t file_no, const std::vector<Span>& spans,
               const std::vector<size_t>& here, size_t start, size_t end, const Options& options,
               std::ostream& out) {
  std::string_view text = f.text();
  size_t shown = (end > start && text[end - 1] == '\r') ? end - 1 : end;
  std::vector<size_t> cuts = {start, shown};
  std::vector<size_t> opening, points;  // spans by where they begin; empty spans by place
  for (size_t k : here) {
    (spans[k].begin == spans[k].end ? points : opening).push_back(k);
    for (size_t at : {spans[k].begin, spans[k].end}) {
      if (at > start && at < shown) cuts.push_back(at);
    }
  }
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  auto by_begin = [&](size_t a, size_t b) { return spans[a].begin < spans[b].begin; };
  std::stable_sort(opening.begin(), opening.end(), by_begin);
  std::stable_sort(points.begin(), points.end(), by_begin);
  // Empty spans are points, drawn as a bar before the character they precede (at the end of
  // the line when they fall in its line break).
  size_t next_point = 0;
  auto points_until = [&](size_t at) {
    std::vector<size_t> here_now;
    while (next_point < points.size() && spans[points[next_point]].begin <= at) {
      here_now.push_back(points[next_point++]);
    }
    if (!here_now.empty()) WriteMark(f, file_no, here_now, "", /*point=*/true, options, out);
  };
  std::vector<size_t> active;  // the findings covering the current piece, in order
  size_t next_open = 0;
  out << "<li>";
  for (size_t i = 0; i + 1 < cuts.size(); ++i) {
    points_until(cuts[i]);
    while (next_open < opening.size() && spans[opening[next_open]].begin <= cuts[i]) {
      size_t k = opening[next_open++];
      active.insert(std::upper_bound(active.begin(), active.end(), k), k);
    }
    // Every end is a cut: a span still open here covers the whole piece.
    active.erase(std::remove_if(active.begin(), active.end(),
                                [&](size_t k) { return spans[k].end <= cuts[i]; }),
                 active.end());
    std::string_view piece = text.substr(cuts[i], cuts[i + 1] - cuts[i]);
    if (active.empty()) {
      out << XmlText(piece);
    } else {
      WriteMark(f, file_no, active, piece, /*point=*/false, options, out);
    }
  }
  points_until(end);
  out << "</li>\n";
}

// The file's decoded text, a list item per line, with each finding's span marked.
void WriteMarkedText(const FileReport& f, size_t file_no, const Options& options,
                     std::ostream& out) {
  std::string_view text = f.text();
  LineIndex lines(text);
  std::vector<Span> spans;
  std::map<int, std::vector<size_t>> on_line;  // line → findings touching it
  for (size_t k = 0; k < f.findings.size(); ++k) {
    Span s{CharStart(text, f.findings[k].in_text.begin),
           CharStart(text, f.findings[k].in_text.end)};
    s.end = std::max(s.end, s.begin);
    spans.push_back(s);
    int first = lines.At(s.begin).line, last = lines.At(s.end > s.begin ? s.end - 1 : s.end).line;
    for (int n = first; n <= last; ++n) on_line[n].push_back(k);
  }
  const std::vector<size_t> none;
  out << "<ol class=\"text\">\n";
  int line_no = 1;
  for (size_t start = 0; start < text.size() || line_no == 1; ++line_no) {
    size_t end = std::min(text.find('\n', start), text.size());
    auto it = on_line.find(line_no);
    WriteLine(f, file_no, spans, it == on_line.end() ? none : it->second, start, end, options, out);
    start = end + 1;
  }
  out << "</ol>\n";
}

void WriteRecord(const extract::Record& r, const Labels& l, std::ostream& out) {
  std::string where;
  switch (r.kind) {
    case extract::Record::Kind::kLine:
      where = Format(l.record_line, r.line, 0);
      break;
    case extract::Record::Kind::kElement:
      where = ".[" + std::to_string(r.index) + "] (" + Format(l.record_line, r.line, 0) + ")";
      break;
    case extract::Record::Kind::kWhole:
      break;
  }
  if (!r.field.empty()) where += (where.empty() ? "" : " · ") + (l.field + (" " + r.field));
  if (where.empty()) return;
  out << "<dt>" << l.record << "</dt><dd>" << XmlText(where) << "</dd>\n";
}

void WriteCard(const FileReport& f, size_t file_no, size_t k, const LineIndex& lines,
               const std::string& fingerprint, const Options& options, std::ostream& out) {
  const Labels& l = LabelsFor(options);
  const Finding& x = f.findings[k];
  Place p = CodePoints(lines, x);
  out << "<li class=\"finding " << SeverityClass(x.severity) << "\" id=\"" << FindingId(file_no, k)
      << "\" data-rule=\"" << XmlAttribute(x.rule->id) << "\" data-fingerprint=\"" << fingerprint
      << "\">\n"
      << "<div class=\"finding-head\"><span class=\"badge " << SeverityClass(x.severity) << "\">"
      << SeverityLabel(l, x.severity) << "</span><span class=\"where\" tabindex=\"0\" title=\""
      << l.show << "\">" << Format(l.line_col, p.line, p.column) << "</span><code class=\"rule\">"
      << XmlText(x.rule->id) << "</code></div>\n"
      << "<p class=\"message\">" << XmlText(Message(*x.rule, options)) << "</p>\n<dl>\n"
      << "<dt>" << l.quote << "</dt><dd class=\"quote\"><q>"
      << XmlText(f.text().substr(x.in_text.begin, x.in_text.size())) << "</q></dd>\n";
  if (x.record) WriteRecord(*x.record, l, out);
  std::string basis = Basis(*x.rule);
  if (!basis.empty())
    out << "<dt>" << l.basis << "</dt><dd class=\"basis\">" << XmlText(basis) << "</dd>\n";
  for (const rules::Suggestion& s : x.suggestions) {
    const char* label = s.kind == rules::Suggestion::Kind::kReplace  ? l.rewrite
                        : s.kind == rules::Suggestion::Kind::kAppend ? l.append
                                                                     : l.advice;
    const char* css = s.kind == rules::Suggestion::Kind::kReplace  ? "rewrite"
                      : s.kind == rules::Suggestion::Kind::kAppend ? "append"
                                                                   : "advice";
    out << "<dt>" << label << "</dt><dd class=\"" << css << "\">" << XmlText(s.text) << "</dd>\n";
  }
  out << "</dl>\n";
  if (options.fix_buttons) {
    const rules::Suggestion* fix = SafeFix(f, x, extract::TypeForPath(f.path));
    if (fix != nullptr) {
      out << "<button type=\"button\" class=\"apply\" data-fingerprint=\""
          << XmlAttribute(fingerprint) << "\">"
          << (fix->kind == rules::Suggestion::Kind::kAppend ? l.apply_append : l.apply_rewrite)
          << "</button>\n";
    }
  }
  out << "</li>\n";
}

}  // namespace

void WriteFileSection(const FileReport& f, size_t file_no, const Options& options,
                      std::ostream& out) {
  const Labels& l = LabelsFor(options);
  out << "<section class=\"file\" id=\"file-" << file_no + 1 << "\">\n<h2 class=\"file-title\">"
      << "<span class=\"path\">" << XmlText(f.path) << "</span>";
  WriteBadges(CountFile(f), l, out);
  out << "</h2>\n<div class=\"file-body\">\n";
  WriteMarkedText(f, file_no, options, out);
  LineIndex lines(f.text());
  std::vector<std::string> prints = Fingerprints(f);
  out << "<ol class=\"findings\">\n";
  for (size_t k = 0; k < f.findings.size(); ++k) {
    WriteCard(f, file_no, k, lines, prints[k], options, out);
  }
  out << "</ol>\n</div>\n</section>\n";
}

}  // namespace finlint::report

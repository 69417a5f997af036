// The html format and the view the serve page shares (html.h). The text is cut into pieces at
// every finding's start and end and at line ends; a piece covered by findings is one <mark>
// naming all of them, so overlapping findings need no nested marks that could cross.
#include "finlint/report/html.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <map>
#include <sstream>

#include "finlint/report/assets.h"
#include "finlint/report/describe.h"
#include "finlint/report/escape.h"
#include "finlint/report/fingerprint.h"
#include "finlint/report/fix.h"

namespace finlint::report {
namespace {

// What the page says around the copy, in the language of --lang.
struct Labels {
  const char* lang;
  const char* title;
  const char* summary;
  const char* files;
  const char* findings;
  const char* severity[3];  // by rules::Severity: info, warning, error
  const char* unreadable;
  const char* clean;
  const char* all_clean;
  const char* category;
  const char* total;
  const char* file;
  const char* result;
  const char* quote;
  const char* record;
  const char* field;
  const char* basis;
  const char* rewrite;
  const char* append;
  const char* advice;
  const char* apply_rewrite;
  const char* apply_append;
  const char* show;
  const char* details;
  const char* line_col;     // printf-like: line, then column
  const char* record_line;  // printf-like: line
};

constexpr Labels kZh = {"zh-CN",
                        "finlint 检查报告",
                        "概要",
                        "文件",
                        "处问题",
                        {"提示", "警告", "错误"},
                        "无法读取",
                        "未发现问题",
                        "未发现问题，可以发布前再人工复核一遍。",
                        "类别",
                        "合计",
                        "文件",
                        "结果",
                        "原文",
                        "记录",
                        "字段",
                        "依据",
                        "改写",
                        "追加",
                        "建议",
                        "应用此改写",
                        "追加此内容",
                        "在原文中显示",
                        "问题详情",
                        "第 %d 行，第 %d 列",
                        "第 %d 行"};
constexpr Labels kEn = {"en",
                        "finlint report",
                        "Summary",
                        "files",
                        "findings",
                        {"info", "warning", "error"},
                        "unreadable",
                        "clean",
                        "No problems found.",
                        "Category",
                        "Total",
                        "File",
                        "Result",
                        "Text",
                        "Record",
                        "field",
                        "Basis",
                        "Rewrite",
                        "Append",
                        "Advice",
                        "Apply this rewrite",
                        "Append this text",
                        "Show in the text",
                        "Finding details",
                        "line %d, column %d",
                        "line %d"};

const Labels& LabelsFor(const Options& options) { return options.english ? kEn : kZh; }

const char* SeverityClass(rules::Severity s) {
  switch (s) {
    case rules::Severity::kError:
      return "sev-error";
    case rules::Severity::kWarning:
      return "sev-warning";
    case rules::Severity::kInfo:
      break;
  }
  return "sev-info";
}

const char* SeverityLabel(const Labels& l, rules::Severity s) {
  return l.severity[static_cast<int>(s)];
}

std::string Format(const char* pattern, int a, int b) {
  char buf[96];
  std::snprintf(buf, sizeof buf, pattern, a, b);
  return buf;
}

// The fixed categories (rules/categories.yaml) with their Chinese names, in their order.
const std::vector<rules::Category>& Categories() {
  static const std::vector<rules::Category> categories = [] {
    rules::RuleSet set;
    std::vector<Error> errors;
    rules::EmbeddedFile file = rules::BuiltinCategories();
    rules::LoadCategories(file.path, file.text, &set, &errors);
    return set.categories;
  }();
  return categories;
}

std::string CategoryName(const std::string& id, const Options& options) {
  if (id == "finlint") return options.english ? "suppression comments" : "忽略注释";
  if (!options.english) {
    for (const rules::Category& c : Categories()) {
      if (c.id == id) return c.zh;
    }
  }
  return id;
}

std::string FindingId(size_t file, size_t finding) {
  return "f" + std::to_string(file + 1) + "-" + std::to_string(finding + 1);
}

bool HasSection(const FileReport& f) { return f.error.empty() && !f.findings.empty(); }

void WriteBadges(const Counts& c, const Labels& l, std::ostream& out) {
  const std::pair<int, rules::Severity> by_severity[] = {{c.error, rules::Severity::kError},
                                                         {c.warning, rules::Severity::kWarning},
                                                         {c.info, rules::Severity::kInfo}};
  for (const auto& [n, s] : by_severity) {
    if (n > 0) {
      out << "<span class=\"badge " << SeverityClass(s) << "\">" << n << " " << SeverityLabel(l, s)
          << "</span>";
    }
  }
}

void WriteTotal(int n, const char* what, const char* css, std::ostream& out) {
  out << "<div class=\"total" << css << (n == 0 ? " zero" : "") << "\"><span class=\"n\">" << n
      << "</span>" << what << "</div>\n";
}

void WriteCategories(const Run& run, const Options& options, const Labels& l, std::ostream& out) {
  std::map<std::string, std::array<int, 3>> counts;  // category → count by severity
  for (const FileReport& f : run.files) {
    for (const Finding& x : f.findings) ++counts[x.rule->category][static_cast<int>(x.severity)];
  }
  std::vector<std::string> order;
  for (const rules::Category& c : Categories()) {
    if (counts.count(c.id) > 0) order.push_back(c.id);
  }
  for (const auto& [id, n] : counts) {
    if (std::find(order.begin(), order.end(), id) == order.end()) order.push_back(id);
  }
  out << "<table class=\"categories\">\n<thead><tr><th>" << l.category << "</th>";
  for (int s = 2; s >= 0; --s) out << "<th class=\"n\">" << l.severity[s] << "</th>";
  out << "<th class=\"n\">" << l.total << "</th></tr></thead>\n<tbody>\n";
  for (const std::string& id : order) {
    const std::array<int, 3>& n = counts[id];
    out << "<tr><td>" << XmlText(CategoryName(id, options)) << " <code>" << XmlText(id)
        << "</code></td>";
    for (int s = 2; s >= 0; --s) {
      out << "<td class=\"n" << (n[s] == 0 ? " zero" : "") << "\">" << n[s] << "</td>";
    }
    out << "<td class=\"n\">" << n[0] + n[1] + n[2] << "</td></tr>\n";
  }
  out << "</tbody>\n</table>\n";
}

void WriteFileTable(const Run& run, const Labels& l, std::ostream& out) {
  out << "<table class=\"files\">\n<thead><tr><th>" << l.file << "</th><th>" << l.result
      << "</th></tr></thead>\n<tbody>\n";
  for (size_t i = 0; i < run.files.size(); ++i) {
    const FileReport& f = run.files[i];
    out << "<tr><td><code>";
    if (HasSection(f)) {
      out << "<a href=\"#file-" << i + 1 << "\">" << XmlText(f.path) << "</a>";
    } else {
      out << XmlText(f.path);
    }
    out << "</code></td><td>";
    if (!f.error.empty()) {
      out << "<span class=\"badge unreadable\">" << l.unreadable << "</span> <span "
          << "class=\"error-text\">" << XmlText(f.error) << "</span>";
    } else if (f.findings.empty()) {
      out << "<span class=\"badge clean\">" << l.clean << "</span>";
    } else {
      WriteBadges(CountFile(f), l, out);
    }
    out << "</td></tr>\n";
  }
  out << "</tbody>\n</table>\n";
}

void WriteSummary(const Run& run, const Options& options, const Labels& l, std::ostream& out) {
  Counts c = Count(run);
  out << "<section class=\"summary\">\n<h2>" << l.summary << "</h2>\n<div class=\"totals\">\n";
  WriteTotal(c.files, l.files, "", out);
  WriteTotal(c.findings, l.findings, "", out);
  WriteTotal(c.error, l.severity[2], " sev-error", out);
  WriteTotal(c.warning, l.severity[1], " sev-warning", out);
  WriteTotal(c.info, l.severity[0], " sev-info", out);
  if (c.unreadable > 0) WriteTotal(c.unreadable, l.unreadable, " unreadable", out);
  out << "</div>\n";
  if (c.findings > 0) WriteCategories(run, options, l, out);
  if (run.files.size() > 1) {
    WriteFileTable(run, l, out);
  } else if (run.files.size() == 1 && !run.files[0].error.empty()) {
    out << "<p class=\"notice unreadable\">" << XmlText(run.files[0].error) << "</p>\n";
  }
  if (c.findings == 0 && c.unreadable == 0) {
    out << "<p class=\"notice clean\">" << l.all_clean << "</p>\n";
  }
  out << "</section>\n";
}

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

// The page around a view: its head (the policy allowing exactly its own style and scripts),
// its heading, the body, the pop-over and the scripts.
struct Page {
  std::string title, heading, meta;
  std::vector<const Asset*> scripts;
  std::string policy;
};

std::string Policy(const std::vector<const Asset*>& scripts, std::string_view extra) {
  std::string p =
      "default-src 'none'; style-src " + std::string(kPageCss.csp_source) + "; script-src";
  for (const Asset* s : scripts) p += " " + std::string(s->csp_source);
  return p + "; base-uri 'none'; form-action 'none'" + std::string(extra);
}

template <typename Body>
void WritePage(const Page& page, const Labels& l, const Body& body, std::ostream& out) {
  out << "<!DOCTYPE html>\n<html lang=\"" << l.lang << "\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<meta http-equiv=\"Content-Security-Policy\" content=\"" << page.policy << "\">\n"
      << "<title>" << XmlText(page.title) << "</title>\n<style>" << kPageCss.text << "</style>\n"
      << "</head>\n<body>\n<header class=\"top\"><h1>" << XmlText(page.heading)
      << "</h1><p class=\"meta\">" << XmlText(page.meta) << "</p></header>\n";
  body(out);
  out << "<div id=\"popover\" class=\"popover\" role=\"dialog\" aria-label=\"" << l.details
      << "\" hidden></div>\n";
  for (const Asset* s : page.scripts) out << "<script>" << s->text << "</script>\n";
  out << "</body>\n</html>\n";
}

}  // namespace

void WriteHtmlView(const Run& run, const Options& options, std::ostream& out) {
  WriteSummary(run, options, LabelsFor(options), out);
  for (size_t i = 0; i < run.files.size(); ++i) {
    if (HasSection(run.files[i])) WriteFileSection(run.files[i], i, options, out);
  }
}

void WriteHtml(const Run& run, const Options& options, std::ostream& out) {
  const Labels& l = LabelsFor(options);
  Page page;
  page.title = page.heading = l.title;
  page.meta = "finlint " + options.version;
  page.scripts = {&kViewJs};
  page.policy = Policy(page.scripts, "");
  WritePage(
      page, l,
      [&](std::ostream& o) {
        o << "<main id=\"view\">\n";
        WriteHtmlView(run, options, o);
        o << "</main>\n";
      },
      out);
}

std::string ServePolicy() {
  return Policy({&kViewJs, &kServeJs}, "; connect-src 'self'; frame-ancestors 'none'");
}

std::string ServePage(const Options& options) {
  Page page;
  page.title = page.heading = "finlint 合规检查";
  page.meta =
      "粘贴文案或拖入文件，查看每处问题的依据和改写建议。文本只在本机检查，不会发往别处。"
      " · finlint " +
      options.version;
  page.scripts = {&kViewJs, &kServeJs};
  // frame-ancestors has no effect in a <meta> policy; the served header carries it.
  page.policy = Policy(page.scripts, "; connect-src 'self'");
  std::ostringstream out;
  WritePage(
      page, kZh,
      [&](std::ostream& o) {
        o << "<main>\n" << kServeBody.text << "<div id=\"view\"></div>\n</main>\n";
      },
      out);
  return out.str();
}

}  // namespace finlint::report

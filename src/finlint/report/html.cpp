// The html format and the view the serve page shares (html.h): the page around the view, its
// summary, and the words it says; a file's section is html_file.cpp's.
#include "finlint/report/html.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <map>
#include <sstream>

#include "finlint/report/assets.h"
#include "finlint/report/escape.h"
#include "finlint/report/html_parts.h"

namespace finlint::report {
namespace {

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

bool HasSection(const FileReport& f) { return f.error.empty() && !f.findings.empty(); }

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

std::string FindingId(size_t file, size_t finding) {
  return "f" + std::to_string(file + 1) + "-" + std::to_string(finding + 1);
}

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

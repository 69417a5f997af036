// See describe.h.
#include "finlint/report/describe.h"

#include <cstdint>
#include <cstdio>

namespace finlint::report {
namespace {

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// UTF-16 code units of UTF-8 text: one per character, two for a four-byte one.
int Utf16Length(std::string_view s) {
  int n = 0;
  for (char c : s) {
    if (IsContinuation(c)) continue;
    n += (static_cast<unsigned char>(c) >= 0xF0) ? 2 : 1;
  }
  return n;
}

bool HasMarkup(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) return true;
    switch (c) {
      case '<':
      case '>':
      case '&':
      case '"':
      case '\'':
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
        return true;
      default:
        break;
    }
  }
  return false;
}

}  // namespace

const std::string& Message(const rules::Rule& rule, const Options& options) {
  return options.english && !rule.message_en.empty() ? rule.message_en : rule.message;
}

std::string Basis(const rules::Rule& rule) {
  std::string out;
  for (const std::string& b : rule.basis) out += (out.empty() ? "" : "；") + b;
  return out;
}

std::string MessageWithDetails(const Finding& f, const Options& options) {
  std::string out = Message(*f.rule, options);
  std::string basis = Basis(*f.rule);
  if (!basis.empty()) out += "\nbasis: " + basis;
  for (const rules::Suggestion& s : f.suggestions) out += "\n" + (SuggestionLabel(s) + s.text);
  return out;
}

const char* SuggestionLabel(const rules::Suggestion& s) {
  switch (s.kind) {
    case rules::Suggestion::Kind::kReplace:
      return "rewrite: ";
    case rules::Suggestion::Kind::kAppend:
      return "append: ";
    case rules::Suggestion::Kind::kAdvice:
      break;
  }
  return "advice: ";
}

std::string HashHex(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
  return hex;
}

Place CodePoints(const LineIndex& lines, const Finding& f) {
  LineCol b = lines.At(f.in_text.begin), e = lines.At(f.in_text.end);
  return {b.line, b.col, e.line, e.col};
}

Place Utf16Units(const FileReport& file, const LineIndex& lines, const Finding& f) {
  std::string_view text = file.text();
  Place p = CodePoints(lines, f);
  auto column = [&](size_t offset) {
    size_t start = lines.LineStart(offset);
    return 1 + Utf16Length(text.substr(start, offset - start));
  };
  p.column = column(f.in_text.begin);
  p.end_column = column(f.in_text.end);
  return p;
}

Place Utf8Bytes(const FileReport& file, const LineIndex& lines, const Finding& f) {
  Place p = CodePoints(lines, f);
  auto column = [&](size_t offset, int line) {
    size_t start = lines.LineStart(offset);
    size_t bom = (line == 1 && file.encoding == "utf-8") ? file.bom : 0;
    return static_cast<int>(1 + bom + offset - start);
  };
  p.column = column(f.in_text.begin, p.line);
  p.end_column = column(f.in_text.end, p.end_line);
  return p;
}

std::vector<const rules::Suggestion*> Fixes(const FileReport& file, const Finding& f) {
  std::vector<const rules::Suggestion*> out;
  // verbatim: UTF-8, and the bytes of the span are the very words read (no entity or escape).
  if (!f.verbatim || file.encoding != "utf-8") return out;
  if (HasMarkup(file.text().substr(f.in_text.begin, f.in_text.size()))) return out;
  for (const rules::Suggestion& s : f.suggestions) {
    // An unfilled placeholder (年化利率约X%) needs a person.
    if (s.kind == rules::Suggestion::Kind::kReplace && s.safe && !HasMarkup(s.text) &&
        s.text.find("X%") == std::string::npos) {
      out.push_back(&s);
    }
  }
  return out;
}

}  // namespace finlint::report

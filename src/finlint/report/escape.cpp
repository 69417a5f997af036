// See escape.h.
#include "finlint/report/escape.h"

#include <unicode/utf8.h>

namespace finlint::report {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

std::string Xml(std::string_view s, bool attribute) {
  std::string out;
  out.reserve(s.size());
  for (int32_t i = 0, n = static_cast<int32_t>(s.size()); i < n;) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    bool allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
    if (!allowed) {
      out += kReplacement;
      continue;
    }
    switch (c) {
      case '&':
        out += "&amp;";
        continue;
      case '<':
        out += "&lt;";
        continue;
      case '>':
        out += "&gt;";
        continue;
      case '\r':
        out += "&#13;";
        continue;
      default:
        break;
    }
    if (attribute) {
      const char* ref = c == '"'    ? "&quot;"
                        : c == '\'' ? "&apos;"
                        : c == '\t' ? "&#9;"
                        : c == '\n' ? "&#10;"
                                    : nullptr;
      if (ref != nullptr) {
        out += ref;
        continue;
      }
    }
    out.append(s.substr(start, i - start));
  }
  return out;
}

std::string Github(std::string_view s, bool property) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '%':
        out += "%25";
        break;
      case '\r':
        out += "%0D";
        break;
      case '\n':
        out += "%0A";
        break;
      case ':':
        out += property ? "%3A" : ":";
        break;
      case ',':
        out += property ? "%2C" : ",";
        break;
      default:
        out += c;
    }
  }
  return out;
}

}  // namespace

std::string GithubData(std::string_view s) { return Github(s, /*property=*/false); }
std::string GithubProperty(std::string_view s) { return Github(s, /*property=*/true); }

std::string XmlText(std::string_view s) { return Xml(s, /*attribute=*/false); }
std::string XmlAttribute(std::string_view s) { return Xml(s, /*attribute=*/true); }

std::string UriPath(std::string_view path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char ch : path) {
    auto c = static_cast<unsigned char>(ch);
    bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
    if (keep) {
      out += ch;
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    }
  }
  return out;
}

}  // namespace finlint::report

// See fold_regex.h.
#include "finlint/rules/fold_regex.h"

#include <re2/re2.h>
#include <unicode/utf8.h>

#include "finlint/normalize/normalize.h"

namespace finlint::rules {

bool FoldRegex(std::string_view source, const normalize::Folder& folder, std::string* out,
               std::string* error, size_t* error_at) {
  out->clear();
  size_t i = 0;
  while (i < source.size()) {
    char c = source[i];
    if (c == '\\') {
      if (i + 1 >= source.size()) {
        out->push_back(c);
        break;
      }
      char e = source[i + 1];
      if (e == 'b' || e == 'B') {
        *error = std::string("'\\") + e +
                 "' is ASCII-only in RE2 and never matches next to Chinese; word boundaries "
                 "come from ICU: use a `terms` entry or set `word: true`";
        *error_at = i;
        return false;
      }
      size_t end = i + 2;
      // \p{Han}, \P{Greek}: copy the whole property name unchanged.
      if ((e == 'p' || e == 'P') && end < source.size() && source[end] == '{') {
        size_t close = source.find('}', end);
        end = close == std::string_view::npos ? source.size() : close + 1;
      }
      out->append(source.substr(i, end - i));
      i = end;
      continue;
    }
    if (c == '(' && source.substr(i, 3) == "(?P") {  // named group: (?P<name>
      size_t close = source.find('>', i);
      size_t end = close == std::string_view::npos ? source.size() : close + 1;
      out->append(source.substr(i, end - i));
      i = end;
      continue;
    }
    if (static_cast<unsigned char>(c) < 0x80) {
      out->push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
      ++i;
      continue;
    }
    int32_t next = static_cast<int32_t>(i);
    UChar32 cp;
    U8_NEXT(source.data(), next, static_cast<int32_t>(source.size()), cp);
    std::string_view ch = source.substr(i, static_cast<size_t>(next) - i);
    std::string folded = folder.FoldString(ch);
    if (folded == ch) {
      out->append(ch);
    } else if (folded.empty()) {  // an invisible character the text never contains
    } else {
      int32_t k = 0;
      UChar32 first;
      U8_NEXT(folded.data(), k, static_cast<int32_t>(folded.size()), first);
      if (static_cast<size_t>(k) != folded.size()) {
        *error = "'" + std::string(ch) + "' folds to several characters ('" + folded +
                 "'); write the folded form";
        *error_at = i;
        return false;
      }
      // Escaped, because a full-width character may fold to a metacharacter: （ → (.
      out->append(RE2::QuoteMeta(folded));
    }
    i = static_cast<size_t>(next);
  }
  return true;
}

}  // namespace finlint::rules

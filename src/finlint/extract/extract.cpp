// Input types and dispatch; see extract.h.
#include "finlint/extract/extract.h"

namespace finlint::extract {

Result<bool> ExtractMarkdown(std::string_view path, std::string_view input, Extracted* out);

namespace {

bool EndsWith(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (size_t i = 0; i < suffix.size(); ++i) {
    char c = s[s.size() - suffix.size() + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != suffix[i]) return false;
  }
  return true;
}

}  // namespace

InputType TypeForPath(std::string_view path) {
  if (EndsWith(path, ".md") || EndsWith(path, ".markdown")) return InputType::kMarkdown;
  return InputType::kText;
}

bool ParseInputType(std::string_view name, InputType* type) {
  if (name == "text") {
    *type = InputType::kText;
  } else if (name == "markdown") {
    *type = InputType::kMarkdown;
  } else {
    return false;
  }
  return true;
}

Result<bool> Extract(std::string_view path, std::string_view decoded, InputType type,
                     Extracted* out) {
  switch (type) {
    case InputType::kMarkdown:
      return ExtractMarkdown(path, decoded, out);
    case InputType::kText:
      break;
  }
  out->text = decoded;
  return true;
}

}  // namespace finlint::extract

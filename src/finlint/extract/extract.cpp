// Input types and dispatch; see extract.h.
#include "finlint/extract/extract.h"

#include <algorithm>

#include "finlint/extract/internal.h"

namespace finlint::extract {
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

constexpr struct {
  std::string_view name;
  InputType type;
} kTypes[] = {{"text", InputType::kText},
              {"markdown", InputType::kMarkdown},
              {"html", InputType::kHtml},
              {"json", InputType::kJson},
              {"jsonl", InputType::kJsonl}};

constexpr struct {
  std::string_view extension;
  InputType type;
} kExtensions[] = {{".md", InputType::kMarkdown}, {".markdown", InputType::kMarkdown},
                   {".html", InputType::kHtml},   {".htm", InputType::kHtml},
                   {".json", InputType::kJson},   {".jsonl", InputType::kJsonl},
                   {".ndjson", InputType::kJsonl}};

}  // namespace

InputType TypeForPath(std::string_view path) {
  for (const auto& e : kExtensions) {
    if (EndsWith(path, e.extension)) return e.type;
  }
  return InputType::kText;
}

bool ParseInputType(std::string_view name, InputType* type) {
  for (const auto& t : kTypes) {
    if (t.name == name) {
      *type = t.type;
      return true;
    }
  }
  return false;
}

const Record* Extracted::RecordAt(size_t pos) const {
  auto it = std::upper_bound(records.begin(), records.end(), pos,
                             [](size_t p, const auto& r) { return p < r.first; });
  if (it == records.begin()) return nullptr;
  return &(it - 1)->second;
}

Result<bool> Extract(std::string_view path, std::string_view decoded, const Options& options,
                     Extracted* out) {
  switch (options.type) {
    case InputType::kMarkdown:
      return ExtractMarkdown(path, decoded, out);
    case InputType::kHtml: {
      Builder b(out);
      AppendHtml(decoded, 0, &b);
      out->text = out->owned;
      return true;
    }
    case InputType::kJson:
    case InputType::kJsonl:
      return ExtractJson(path, decoded, options, options.type == InputType::kJsonl, out);
    case InputType::kText:
      break;
  }
  out->text = decoded;
  return true;
}

Result<bool> Extract(std::string_view path, std::string_view decoded, InputType type,
                     Extracted* out) {
  Options options;
  options.type = type;
  return Extract(path, decoded, options, out);
}

}  // namespace finlint::extract

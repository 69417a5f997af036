// Stage 2: markup → the text a reader sees, with a map back to the decoded bytes.
// Plain text passes through unchanged. Markdown goes through md4c: code blocks, inline code,
// raw HTML (comments included), autolinked URLs, link and image destinations and YAML front
// matter are skipped; every block ends with a line break so sentences never join across blocks.
#pragma once

#include <string>
#include <string_view>

#include "finlint/core/offset_map.h"
#include "finlint/core/result.h"

namespace finlint::extract {

enum class InputType { kText, kMarkdown };

// The input type for a file name by its extension (.md, .markdown → Markdown; else text).
InputType TypeForPath(std::string_view path);
// Parses "text" / "markdown"; false for an unknown name.
bool ParseInputType(std::string_view name, InputType* type);

struct Extracted {
  std::string_view text;  // the extracted text: a view into `owned` or into the input
  std::string owned;      // storage when the text differs from the input
  OffsetMap map;          // extracted offsets → input offsets

  Extracted() = default;
  Extracted(const Extracted&) = delete;
  Extracted& operator=(const Extracted&) = delete;
};

// `decoded` must outlive the result for plain text (its text is a view of the input).
Result<bool> Extract(std::string_view path, std::string_view decoded, InputType type,
                     Extracted* out);

}  // namespace finlint::extract

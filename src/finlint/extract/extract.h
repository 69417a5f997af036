// Stage 2: markup → the text a reader sees, with a map back to the decoded bytes.
// Plain text passes through unchanged. Markdown goes through md4c: code blocks, inline code,
// HTML comments, autolinked URLs, link and image destinations and YAML front matter are
// skipped. HTML goes through gumbo: text nodes with entities decoded, alt and title attributes;
// script, style and template content and comments are skipped. JSON and JSONL go through
// nlohmann's SAX parser: string values (all of them, or the chosen fields) with escapes decoded.
// Every block ends with a line break so sentences never join across blocks.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "finlint/core/offset_map.h"
#include "finlint/core/result.h"
#include "finlint/core/span.h"

namespace finlint::extract {

enum class InputType { kText, kMarkdown, kHtml, kJson, kJsonl };

// The input type for a file name by its extension: .md .markdown → Markdown, .html .htm →
// HTML, .json → JSON, .jsonl .ndjson → JSONL, anything else → text.
InputType TypeForPath(std::string_view path);
// Parses "text" / "markdown" / "html" / "json" / "jsonl"; false for an unknown name.
bool ParseInputType(std::string_view name, InputType* type);

struct Options {
  InputType type = InputType::kText;
  // JSON and JSONL: the fields to read from each record, as dotted paths ("content",
  // "post.body"); an object or array field is read whole. Empty: every string value.
  std::vector<std::string> fields;
};

// Where a string of a JSON or JSONL input sits.
struct Record {
  enum class Kind {
    kWhole,    // the JSON file's one top-level value
    kElement,  // an element of the JSON file's top-level array
    kLine,     // a JSONL line
  };
  Kind kind = Kind::kWhole;
  int index = 0;      // 0-based: place in the top-level array, or among the JSONL records
  int line = 1;       // 1-based line of the record's first byte
  std::string field;  // path within the record: "content", "post.body", "tags[1]"; "" for itself
};

struct Extracted {
  std::string_view text;  // the extracted text: a view into `owned` or into the input
  std::string owned;      // storage when the text differs from the input
  OffsetMap map;          // extracted offsets → input offsets
  // Ranges of `text` that are separate documents for document rules (one per JSON record);
  // empty: the whole text is one document.
  std::vector<Span> documents;
  // JSON: the extracted offset where each string starts and where it came from, in order.
  std::vector<std::pair<size_t, Record>> records;

  // HTML comments (in HTML, and in Markdown's HTML blocks), in order: where each is in the
  // decoded input, and its text between <!-- and -->. Suppression directives live here.
  struct Comment {
    Span span;
    std::string body;
  };
  std::vector<Comment> comments;

  // The record of the string holding extracted offset `pos`, or nullptr (not JSON).
  const Record* RecordAt(size_t pos) const;

  Extracted() = default;
  Extracted(const Extracted&) = delete;
  Extracted& operator=(const Extracted&) = delete;
};

// `path` only names the file in errors, whose line and column are positions in `decoded`.
// `decoded` must outlive the result (plain text is a view of it).
Result<bool> Extract(std::string_view path, std::string_view decoded, const Options& options,
                     Extracted* out);
// The same with default options for `type`.
Result<bool> Extract(std::string_view path, std::string_view decoded, InputType type,
                     Extracted* out);

}  // namespace finlint::extract

// Private to the extract stage: the text builder every format writes through, and the
// format readers that extract.cpp dispatches to.
#pragma once

#include <string>
#include <string_view>

#include "finlint/extract/extract.h"

namespace finlint::extract {

// Builds `out->owned` piece by piece, mapping each piece to its source offset in the decoded
// input. Pieces must be appended in the order they are read; their sources may jump.
class Builder {
 public:
  explicit Builder(Extracted* out) : out_(out) {}

  // Appends `text`, which is the source bytes at `src` unchanged.
  void Copy(size_t src, std::string_view text) {
    if (text.empty()) return;
    out_->map.Add(out_->owned.size(), src, 0, 0);
    out_->owned.append(text);
  }
  // Appends `text`, which stands for source bytes [src, src + src_len) as a whole (an entity,
  // an escape): a span inside it maps to all of those bytes.
  void Replace(size_t src, size_t src_len, std::string_view text) {
    if (text.empty()) return;
    out_->map.Add(out_->owned.size(), src, text.size(), src_len);
    out_->owned.append(text);
  }
  // A line break that exists only in the extracted text, placed after the last piece; none
  // at the start or after another break.
  void Break() {
    if (AtLineStart()) return;
    size_t src = out_->map.MapEnd(out_->owned.size());
    out_->map.Add(out_->owned.size(), src, 1, 0);
    out_->owned.push_back('\n');
  }
  bool AtLineStart() const { return out_->owned.empty() || out_->owned.back() == '\n'; }
  size_t size() const { return out_->owned.size(); }
  Extracted* out() { return out_; }

 private:
  Extracted* out_;
};

// Appends the text of the HTML `html` (a whole document or a piece of one), which starts at
// offset `base` of the decoded input.
void AppendHtml(std::string_view html, size_t base, Builder* b);
// The text an HTML character reference (`&amp;`, `&#x4FDD;`) stands for, decoded by gumbo;
// the reference itself when gumbo leaves it as it is.
std::string DecodeHtmlEntity(std::string_view entity);

Result<bool> ExtractMarkdown(std::string_view path, std::string_view input, Extracted* out);
Result<bool> ExtractJson(std::string_view path, std::string_view input, const Options& options,
                         bool lines, Extracted* out);

}  // namespace finlint::extract

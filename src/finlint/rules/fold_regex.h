// Brings a rule's regex into the folded form of the text it runs on, so authors may write
// `[^。！？]` or `APR` and still match: literal characters are folded as the text is, and
// escapes, classes like \p{Han} and group syntax are left alone. Private to rules/.
#pragma once

#include <string>
#include <string_view>

namespace finlint::normalize {
class Folder;
}

namespace finlint::rules {

// On failure returns false with a message and the byte offset in `source` at fault.
bool FoldRegex(std::string_view source, const normalize::Folder& folder, std::string* out,
               std::string* error, size_t* error_at);

}  // namespace finlint::rules

// What the machine formats (sarif, github, gitlab, junit, jsonl, rdjsonl) say about a
// finding, shared so that they say it alike: its message in the chosen language, its basis,
// its place in the units each format counts, and the rewrites a format may offer as fixes.
// Private to report/.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "finlint/report/report.h"

namespace finlint::report {

// message_en when English is asked for and the rule has one, else message.
const std::string& Message(const rules::Rule& rule, const Options& options);
// The rule's legal basis, its entries joined by "；".
std::string Basis(const rules::Rule& rule);

// The message, then "basis: …" and each suggestion ("rewrite: …", "advice: …") on lines of
// their own, as the text format shows them.
std::string MessageWithDetails(const Finding& f, const Options& options);

// "rewrite: ", "append: " or "advice: ", as the text format labels suggestions.
const char* SuggestionLabel(const rules::Suggestion& s);

// 16 lower-case hex digits of the 64-bit FNV-1a hash of `s` (the hash of fingerprint.h).
std::string HashHex(std::string_view s);

// A finding's place: 1-based lines; columns 1-based, the end one just past the last character.
struct Place {
  int line = 1, column = 1, end_line = 1, end_column = 1;
};
// Columns in code points of the decoded text (the text and json formats).
Place CodePoints(const LineIndex& lines, const Finding& f);
// Columns in UTF-16 code units of the decoded text (SARIF's default): a character above
// U+FFFF (an emoji) counts two.
Place Utf16Units(const FileReport& file, const LineIndex& lines, const Finding& f);
// Columns in bytes (reviewdog): bytes of the line as written for a UTF-8 file (a BOM counts
// on line 1), bytes of the line converted to UTF-8 for a GB18030 one.
Place Utf8Bytes(const FileReport& file, const LineIndex& lines, const Finding& f);

// The `replace` suggestions a format may offer as an automatic fix: those marked safe, in a
// UTF-8 file (a tool applying UTF-8 text to a GB18030 file would garble it), and only where
// neither the span as written nor the replacement holds a character that is markup or an
// escape in some input type (< > & " ' \ ` * _ [ ] or a control character). Those are left
// to a person: replacing `保</b>本` would drop a tag, and a quote written into a JSON string
// would end it. Nor where the span's bytes are not the words read (Finding::verbatim), nor a
// rewrite with an unfilled X% placeholder. `finlint fix` applies exactly these.
std::vector<const rules::Suggestion*> Fixes(const FileReport& file, const Finding& f);

}  // namespace finlint::report

// The finding object of the JSON contract (docs/formats.md), shared by the json and jsonl
// formats. Private to report/.
#pragma once

#include <nlohmann/json.hpp>

#include "finlint/report/report.h"

namespace finlint::report {

// One finding of `file` as the json format writes it: rule, category, severity, message,
// basis, line/column (code points), offset/length (original bytes), text, record and
// suggestions. `lines` indexes file.text().
nlohmann::ordered_json FindingJson(const FileReport& file, const Finding& finding,
                                   const LineIndex& lines, const Options& options);

// Text for output: bytes that are not UTF-8 (a file name) become U+FFFD.
std::string DumpJson(const nlohmann::ordered_json& value, int indent);

}  // namespace finlint::report

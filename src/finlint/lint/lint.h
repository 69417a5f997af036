// The whole pipeline behind one call: decode → extract → normalize → scan → judge, with
// every finding mapped back to bytes of the original file. This is the library's front door;
// the CLI uses nothing else but the report formats.
#pragma once

#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "finlint/core/result.h"
#include "finlint/core/span.h"
#include "finlint/decode/decode.h"
#include "finlint/extract/extract.h"
#include "finlint/rules/rules.h"

namespace finlint {

struct Finding {
  const rules::Rule* rule;                     // owned by the RuleSet, which outlives it
  Span span;                                   // bytes in the ORIGINAL file
  rules::Severity severity;                    // the rule's, after any override
  std::vector<rules::Suggestion> suggestions;  // replacements with captures filled in
  Span in_text;  // the same span in FileReport::text(), where lines and columns are counted
  std::optional<extract::Record> record;  // JSON and JSONL: the record and field it is in
  // The span's text as rules see it (folded, evasion gaps removed): 保 本 and 保本 alike. With
  // the rule it identifies a claim across edits elsewhere in the file (report/fingerprint.h).
  std::string matched;
  // The original bytes of `span` are exactly the text that was read (UTF-8, no entity, escape
  // or markup inside), so `finlint fix` may replace them.
  bool verbatim = false;
  // Set once the file's findings are complete (report::AssignFingerprints), before any
  // baseline or diff filter drops some: a finding keeps its identity whatever is shown.
  std::string fingerprint;
};

// One checked input. `bytes` is kept so that reports can show lines and columns.
struct FileReport {
  std::string path;
  bool from_stdin = false;  // read from standard input; `path` is the name it goes by
  std::string bytes;
  std::string error;  // non-empty when the file could not be read or decoded
  std::vector<Finding> findings;
  std::string encoding = "utf-8";  // what Check() read `bytes` as: "utf-8" or "gb18030"
  std::string converted;           // the UTF-8 text when `encoding` is not UTF-8
  size_t bom = 0;                  // UTF-8: bytes of a leading BOM

  // The decoded UTF-8 text, BOM excluded: lines and columns count in it.
  std::string_view text() const {
    if (encoding != "utf-8") return converted;
    return std::string_view(bytes).substr(std::min(bom, bytes.size()));
  }
};

// How to read an input.
struct InputOptions {
  extract::InputType type = extract::InputType::kText;
  decode::Encoding encoding = decode::Encoding::kAuto;
  std::vector<std::string> fields;  // JSON and JSONL: the fields to read; empty: every string
};

// Built once per run from a loaded RuleSet; Check() may then be called for every file.
// Not thread-safe: give each thread its own Clone().
class Linter {
 public:
  // `scanner_tables`: see scan::Scanner::Build.
  static Result<Linter> Create(const rules::RuleSet& rules, std::string_view scanner_tables = {});
  Linter Clone() const;
  Linter(Linter&&) noexcept;
  Linter& operator=(Linter&&) noexcept;
  ~Linter();

  // Checks `report->bytes`, filling `report->findings` (and how it was decoded) or
  // `report->error`. Each JSON record is checked as a document of its own.
  void Check(const InputOptions& input, FileReport* report);
  // The same with the default options for `type`.
  void Check(extract::InputType type, FileReport* report);

  const rules::RuleSet& rules() const;

  // Whether overlapping findings of one category collapse into one (default true). `finlint
  // test` turns it off: it asks whether a rule fires, not which rule reports the claim.
  void set_collapse_overlaps(bool on) { collapse_overlaps_ = on; }

 private:
  struct Shared;
  struct Worker;
  Linter(std::shared_ptr<const Shared> shared, std::unique_ptr<Worker> worker);
  // Checks one document, `document` at `base` of the extracted text, adding its findings.
  void CheckDocument(std::string_view document, size_t base, const decode::Decoded& decoded,
                     const extract::Extracted& extracted, FileReport* report);
  // Drops the findings that finlint-disable comments switch off and reports the comments
  // that switched off nothing (lint/suppress.h).
  void Suppress(const extract::Extracted& extracted, const decode::Decoded& decoded,
                FileReport* report) const;
  std::shared_ptr<const Shared> shared_;
  std::unique_ptr<Worker> worker_;
  bool collapse_overlaps_ = true;
};

}  // namespace finlint

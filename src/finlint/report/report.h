// Stage 6: findings → output. Each format is one function in a table, which also drives
// `--format` parsing and its "did you mean" (ninja's kTools).
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "finlint/lint/lint.h"

namespace finlint::report {

// 1-based line and column of a byte offset; columns count code points (a BOM is not one).
struct LineCol {
  int line = 1;
  int col = 1;
};
LineCol At(std::string_view original, size_t offset);

// Line starts of a text, found once, so that many lookups cost a binary search and a scan
// of one line each instead of a scan from the top of the file.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  LineCol At(size_t offset) const;
  // Byte offset of the first byte of the line holding `offset`.
  size_t LineStart(size_t offset) const;

 private:
  std::string_view text_;
  std::vector<size_t> starts_;  // byte offset of each line's first byte
  mutable LineCol last_{0, 0};  // the last lookup, to count on from on a long line
  mutable size_t last_offset_ = 0;
};

struct Options {
  bool color = false;    // ANSI colours (text format)
  bool english = false;  // message_en where a rule has one
  std::string version;   // of the tool, for machine formats
  // SARIF: the absolute folder that artifact URIs are relative to (`%SRCROOT%`): the top of
  // the git work tree, else the current folder. Empty: the current folder.
  std::string source_root;
  // The absolute folder that relative paths are relative to. Empty: the current folder.
  std::string working_dir;
  // html: a button on each finding that has a safe fix, for the serve page to apply it; the
  // input type comes from each file's path, as serve checks it.
  bool fix_buttons = false;
};

struct Run {
  std::vector<FileReport> files;  // in the order given, errors included
};

struct Counts {
  int files = 0, findings = 0, error = 0, warning = 0, info = 0, unreadable = 0;
  int with_findings = 0;  // files with at least one finding
  void Add(const Counts& more);
};
Counts Count(const Run& run);
Counts CountFile(const FileReport& file);  // `files` is 1

using Writer = void (*)(const Run&, const Options&, std::ostream&);
struct Format {
  std::string_view name;
  Writer write;
  std::string_view help;
  // Formats of lines per file can write each file as soon as it is checked, and a run then
  // lets go of it: `files` on each part of a run in turn, then `end` with the run's counts,
  // write exactly what `write` writes for the whole run. nullptr: this format cannot.
  Writer files = nullptr;
  void (*end)(const Counts&, const Options&, std::ostream&) = nullptr;
};
const std::vector<Format>& Formats();
// The format called `name`, or nullptr.
const Format* FindFormat(std::string_view name);

// One per format, each in its own file (docs/formats.md describes them all).
void WriteText(const Run& run, const Options& options, std::ostream& out);
void WriteTextFiles(const Run& run, const Options& options, std::ostream& out);  // no summary
void WriteTextSummary(const Counts& counts, const Options& options, std::ostream& out);
void WriteJson(const Run& run, const Options& options, std::ostream& out);
void WriteJsonLines(const Run& run, const Options& options, std::ostream& out);
void WriteSarif(const Run& run, const Options& options, std::ostream& out);
void WriteGithub(const Run& run, const Options& options, std::ostream& out);
void WriteGitlab(const Run& run, const Options& options, std::ostream& out);
void WriteJunit(const Run& run, const Options& options, std::ostream& out);
void WriteRdjsonl(const Run& run, const Options& options, std::ostream& out);
void WriteHtml(const Run& run, const Options& options, std::ostream& out);  // html.h

}  // namespace finlint::report

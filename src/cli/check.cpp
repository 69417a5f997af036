// `finlint check`: lint files, folders and standard input.
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>

#include "cli.h"
#include "filters.h"
#include "finlint/report/report.h"
#include "session.h"
#include "source_root.h"

namespace finlint::cli {
namespace fs = std::filesystem;

void AddConfigOptions(CLI::App* cmd, InputArgs* a) {
  cmd->add_option("--config", a->config_path,
                  "Use this configuration file for every input instead of the nearest "
                  ".finlint.yaml")
      ->type_name("FILE");
  cmd->add_flag("--no-config", a->no_config, "Do not read any .finlint.yaml");
}

void AddInputOptions(CLI::App* cmd, InputArgs* a) {
  cmd->add_option("paths", a->paths, "Files and folders to check; '-' reads standard input")
      ->type_name("PATH");
  AddConfigOptions(cmd, a);
  cmd->add_option("--stdin-filename", a->stdin_filename,
                  "Name for '-' input in reports; its extension picks the input type")
      ->capture_default_str();
  cmd->add_option("--input-type", a->input_type,
                  "How to read inputs; 'auto' goes by extension: .md .markdown Markdown, "
                  ".html .htm HTML, .json JSON, .jsonl .ndjson JSONL, others text")
      ->check(CLI::IsMember({"auto", "text", "markdown", "html", "json", "jsonl"}))
      ->capture_default_str();
  cmd->add_option("--encoding", a->encoding,
                  "Encoding of inputs; 'auto' reads UTF-8, else GB18030 (GBK) when the whole "
                  "file converts and reads as Chinese")
      ->check(CLI::IsMember({"auto", "utf-8", "gb18030"}))
      ->capture_default_str();
  cmd->add_option("--field", a->fields,
                  "JSON and JSONL: read these fields of each record (dotted paths such as "
                  "post.body); default: every string value")
      ->type_name("LIST")
      ->delimiter(',')
      ->allow_extra_args(false);
  cmd->add_option("--ext", a->extensions, "File extensions read when walking folders")
      ->delimiter(',')
      ->capture_default_str();
  cmd->add_option("-j,--jobs", a->jobs, "Check this many files at once; 0: one per CPU")
      ->type_name("N")
      ->capture_default_str();
  AddRuleOptions(cmd, &a->rules);
}

CLI::App* AddCheck(CLI::App& app, CheckArgs* a) {
  CLI::App* cmd = app.add_subcommand("check", "Check files, folders (recursively) or stdin ('-')");
  cmd->footer(
      "Examples:\n"
      "  finlint check posts/                        lint a folder (.md .txt .html .json …)\n"
      "  finlint check --format json post.md         the JSON contract of docs/formats.md\n"
      "  cat post.txt | finlint check -              read standard input\n"
      "  finlint check --field title,body a.jsonl    two fields of each JSONL record\n"
      "  finlint check --encoding gb18030 old.txt    a GBK (GB18030) file\n"
      "  finlint check --fail-on warning posts/      make warnings fail the gate too\n"
      "  finlint check --baseline .finlint-baseline.json posts/   only new findings\n"
      "  finlint check --diff-base origin/main posts/             only changed lines\n\n"
      "Exit status: 0 clean, 1 findings at or above --fail-on, 2 usage, rule or input errors.");
  std::string formats;
  for (const auto& f : report::Formats()) {
    formats += "\n  " + std::string(f.name) + ": " + std::string(f.help);
  }
  std::vector<std::string> names;
  for (const auto& f : report::Formats()) names.emplace_back(f.name);
  cmd->add_option("--format", a->format, "Output format:" + formats)
      ->check(CLI::IsMember(names))
      ->capture_default_str();
  cmd->add_option("--fail-on", a->fail_on,
                  "Exit 1 when a finding has this severity or higher; 'never' always exits 0 "
                  "(default: the config's fail-on, else error)")
      ->check(CLI::IsMember({"error", "warning", "info", "never"}));
  cmd->add_option("--baseline", a->baseline,
                  "Report only findings not recorded in this file (see 'finlint baseline')")
      ->type_name("FILE");
  cmd->add_option("--diff-base", a->diff_base,
                  "Report only findings on lines changed since this git revision, and the "
                  "document-level findings of changed files")
      ->type_name("REF");
  cmd->add_option("--color", a->color,
                  "Colour the text format; 'auto' means on a terminal, "
                  "unless NO_COLOR is set")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  cmd->add_option("--lang", a->lang, "Language of rule messages")
      ->check(CLI::IsMember({"zh", "en"}))
      ->capture_default_str();
  AddInputOptions(cmd, &a->input);
  return cmd;
}

namespace {

bool UseColor(const std::string& mode) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && no_color[0] != '\0') return false;
  const char* term = std::getenv("TERM");
  if (term != nullptr && std::string(term) == "dumb") return false;
  return isatty(STDOUT_FILENO) != 0;
}

}  // namespace

// Whether `f`'s findings reach the severity that fails the run (--fail-on, else its config).
bool Fails(const CheckArgs& a, const config::Config* c, const FileReport& f) {
  rules::Severity threshold = rules::Severity::kError;
  if (!a.fail_on.empty()) {
    rules::ParseSeverity(a.fail_on, &threshold);
  } else if (c != nullptr && c->fail_never) {
    return false;
  } else if (c != nullptr && c->fail_on) {
    threshold = *c->fail_on;
  }
  for (const Finding& x : f.findings) {
    if (x.severity >= threshold) return true;
  }
  return false;
}

int RunCheck(const CheckArgs& a) {
  Session session(a.input);
  if (!a.baseline.empty()) session.Exclude(a.baseline);
  report::Options opt;
  opt.color = a.format == "text" && UseColor(a.color);
  opt.english = a.lang == "en";
  opt.version = FINLINT_VERSION;
  if (a.format == "sarif") opt.source_root = SourceRoot();
  const report::Format* format = report::FindFormat(a.format);
  report::Counts counts;
  bool fails = false;
  // A format of lines per file is written as the files are checked, and each file let go of
  // once written: a run over a whole content repository then holds only the files in flight.
  // The baseline and diff filters need the whole run first.
  if (format->files != nullptr && a.baseline.empty() && a.diff_base.empty()) {
    report::Run one;
    one.files.resize(1);
    bool ok = session.Run([&](size_t i) {
      FileReport& f = session.run().files[i];
      std::swap(one.files[0], f);
      format->files(one, opt, std::cout);
      std::swap(one.files[0], f);
      counts.Add(report::CountFile(f));
      fails = fails || Fails(a, session.governing(i), f);
      std::vector<Finding>().swap(f.findings);
      std::string().swap(f.bytes);
      std::string().swap(f.converted);
    });
    if (!ok) return kExitError;
    if (format->end != nullptr) format->end(counts, opt, std::cout);
  } else {
    if (!session.Run()) return kExitError;
    report::Run& run = session.run();
    if (!a.baseline.empty() && !ApplyBaseline(a.baseline, &run)) return kExitError;
    if (!a.diff_base.empty() && !ApplyDiffBase(a.diff_base, &run)) return kExitError;
    format->write(run, opt, std::cout);
    counts = report::Count(run);
    for (size_t i = 0; i < run.files.size(); ++i) {
      fails = fails || Fails(a, session.governing(i), run.files[i]);
    }
  }
  std::cout.flush();
  if (counts.unreadable > 0) return kExitError;
  if (a.fail_on == "never") return kExitClean;
  return fails ? kExitFindings : kExitClean;
}

}  // namespace finlint::cli

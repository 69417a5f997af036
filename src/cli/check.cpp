// `finlint check`: lint files, folders and standard input.
#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "cli.h"
#include "finlint/report/report.h"

namespace finlint::cli {

CLI::App* AddCheck(CLI::App& app, CheckArgs* a) {
  CLI::App* cmd = app.add_subcommand("check", "Check files, folders (recursively) or stdin ('-')");
  cmd->add_option("paths", a->paths, "Files and folders to check; '-' reads standard input")
      ->type_name("PATH");
  cmd->footer(
      "Examples:\n"
      "  finlint check posts/                        lint a folder (.md .txt .html .json …)\n"
      "  finlint check --format json post.md         the JSON contract of docs/formats.md\n"
      "  cat post.txt | finlint check -              read standard input\n"
      "  finlint check --field title,body a.jsonl    two fields of each JSONL record\n"
      "  finlint check --encoding gb18030 old.txt    a GBK (GB18030) file\n"
      "  finlint check --fail-on warning posts/      make warnings fail the gate too\n\n"
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
                  "Exit 1 when a finding has this severity or higher; 'never' always exits 0")
      ->check(CLI::IsMember({"error", "warning", "info", "never"}))
      ->capture_default_str();
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
  cmd->add_option("--color", a->color,
                  "Colour the text format; 'auto' means on a terminal, "
                  "unless NO_COLOR is set")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  cmd->add_option("--lang", a->lang, "Language of rule messages")
      ->check(CLI::IsMember({"zh", "en"}))
      ->capture_default_str();
  AddRuleOptions(cmd, &a->rules);
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

int RunCheck(const CheckArgs& a) {
  rules::RuleSet set;
  if (!LoadRules(a.rules, &set)) return kExitError;
  auto linter = Linter::Create(set);
  if (!linter.ok()) {
    std::cerr << linter.error().ToString() << "\n";
    return kExitError;
  }
  std::vector<std::string> paths = a.paths;
  if (paths.empty()) paths.push_back(".");
  report::Run run;
  run.files = ReadInputs(paths, a.extensions, a.stdin_filename);
  for (FileReport& f : run.files) {
    if (!f.error.empty()) continue;
    InputOptions input;
    input.type = extract::TypeForPath(f.path);
    if (a.input_type != "auto") extract::ParseInputType(a.input_type, &input.type);
    decode::ParseEncoding(a.encoding, &input.encoding);
    input.fields = a.fields;
    linter->Check(input, &f);
  }
  report::Options opt;
  opt.color = a.format == "text" && UseColor(a.color);
  opt.english = a.lang == "en";
  opt.version = FINLINT_VERSION;
  report::FindFormat(a.format)->write(run, opt, std::cout);
  std::cout.flush();

  report::Counts c = report::Count(run);
  if (c.unreadable > 0) return kExitError;
  if (a.fail_on == "never") return kExitClean;
  rules::Severity threshold;
  rules::ParseSeverity(a.fail_on, &threshold);
  for (const FileReport& f : run.files) {
    for (const Finding& x : f.findings) {
      if (x.severity >= threshold) return kExitFindings;
    }
  }
  return kExitClean;
}

}  // namespace finlint::cli

// `finlint check`: lint files, folders and standard input.
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>

#include "cli.h"
#include "finlint/report/report.h"

namespace finlint::cli {
namespace fs = std::filesystem;

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
                  "Exit 1 when a finding has this severity or higher; 'never' always exits 0 "
                  "(default: the config's fail-on, else error)")
      ->check(CLI::IsMember({"error", "warning", "info", "never"}));
  cmd->add_option("--config", a->config_path,
                  "Use this configuration file for every input instead of the nearest "
                  ".finlint.yaml")
      ->type_name("FILE");
  cmd->add_flag("--no-config", a->no_config, "Do not read any .finlint.yaml");
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

// The configuration of each input and a linter for each configuration, built on first use:
// most runs have one .finlint.yaml, or none.
class Configs {
 public:
  explicit Configs(const CheckArgs& a) : a_(a) {}

  // Loads --config; false (errors printed) when it is broken.
  bool Init() {
    if (a_.config_path.empty() || a_.no_config) return true;
    return Get(a_.config_path) != nullptr || ok_;
  }

  // The configuration governing `file` ("" for standard input: the current folder), or
  // nullptr. A broken one is remembered and reported once.
  const config::Config* For(const std::string& file) {
    if (a_.no_config) return nullptr;
    if (!a_.config_path.empty()) return Get(a_.config_path);
    fs::path dir = file.empty() ? fs::path(".") : fs::path(file).parent_path();
    std::string key = dir.empty() ? "." : dir.string();
    auto it = dirs_.find(key);
    if (it == dirs_.end()) it = dirs_.emplace(key, config::FindFrom(key)).first;
    return it->second.empty() ? nullptr : Get(it->second);
  }

  // The linter for `c` (nullptr: the command line alone); nullptr when its rules are broken.
  Linter* LinterFor(const config::Config* c) {
    auto it = linters_.find(c);
    if (it != linters_.end()) return it->second.get();
    std::unique_ptr<Linter> made;
    auto set = std::make_unique<rules::RuleSet>();
    if (LoadRules(a_.rules, set.get(), c)) {
      auto linter = Linter::Create(*set);
      if (linter.ok()) {
        made = std::make_unique<Linter>(std::move(linter.value()));
      } else {
        std::cerr << linter.error().ToString() << "\n";
      }
    }
    sets_.push_back(std::move(set));
    if (!made) ok_ = false;
    return linters_.emplace(c, std::move(made)).first->second.get();
  }

  bool ok() const { return ok_; }

 private:
  const config::Config* Get(const std::string& path) {
    auto it = configs_.find(path);
    if (it != configs_.end()) return it->second.get();
    auto c = std::make_unique<config::Config>();
    std::vector<Error> errors;
    if (!config::Load(path, c.get(), &errors)) {
      for (const Error& e : errors) std::cerr << e.ToString() << "\n";
      std::cerr << "finlint: errors in " << path << "; nothing was checked\n";
      ok_ = false;
      c.reset();
    }
    return configs_.emplace(path, std::move(c)).first->second.get();
  }

  const CheckArgs& a_;
  bool ok_ = true;
  std::map<std::string, std::string> dirs_;  // folder → its nearest config ("" none)
  std::map<std::string, std::unique_ptr<config::Config>> configs_;  // nullptr: broken
  std::vector<std::unique_ptr<rules::RuleSet>> sets_;               // the linters point here
  std::map<const config::Config*, std::unique_ptr<Linter>> linters_;
};

}  // namespace

int RunCheck(const CheckArgs& a) {
  Configs configs(a);
  if (!configs.Init()) return kExitError;
  std::vector<std::string> paths = a.paths;
  if (paths.empty()) paths.push_back(".");
  report::Run run;
  run.files = ReadInputs(paths, a.extensions, a.stdin_filename, [&](const std::string& file) {
    const config::Config* c = configs.For(file);
    return c != nullptr && config::Ignored(*c, file);
  });
  // Every configuration and rule set up front: a broken one stops the run before output.
  std::vector<const config::Config*> governing;
  for (const FileReport& f : run.files) {
    governing.push_back(configs.For(f.from_stdin ? "" : f.path));
    if (configs.ok()) configs.LinterFor(governing.back());
    if (!configs.ok()) break;
  }
  if (!configs.ok()) return kExitError;
  for (size_t i = 0; i < run.files.size(); ++i) {
    FileReport& f = run.files[i];
    if (!f.error.empty()) continue;
    Linter* linter = configs.LinterFor(governing[i]);
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
  for (size_t i = 0; i < run.files.size(); ++i) {
    rules::Severity threshold = rules::Severity::kError;
    if (!a.fail_on.empty()) {
      rules::ParseSeverity(a.fail_on, &threshold);
    } else if (governing[i] != nullptr && governing[i]->fail_on) {
      threshold = *governing[i]->fail_on;
    }
    for (const Finding& x : run.files[i].findings) {
      if (x.severity >= threshold) return kExitFindings;
    }
  }
  return kExitClean;
}

}  // namespace finlint::cli

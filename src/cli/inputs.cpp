// Inputs and rules for every subcommand: folder walking, file reading, stdin, rule loading.
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <iostream>

#include "cli.h"
#include "finlint/core/read_file.h"
#include "finlint/normalize/normalize.h"

namespace finlint::cli {
namespace fs = std::filesystem;

namespace {

bool HasExtension(const fs::path& p, const std::vector<std::string>& extensions) {
  std::string ext = p.extension().string();
  if (ext.empty()) return false;
  ext = ext.substr(1);
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return std::find(extensions.begin(), extensions.end(), ext) != extensions.end();
}

FileReport ReadOne(const std::string& path, bool defer) {
  FileReport r;
  r.path = path;
  if (!defer) ReadFile(&r);
  return r;
}

// Folder contents, sorted for stable output; hidden entries (.git …) are skipped and
// symlinked folders are not followed, so a link loop cannot trap the walk.
void Walk(const fs::path& dir, const std::vector<std::string>& extensions,
          const std::function<bool(const std::string&)>& skip, bool defer,
          std::vector<FileReport>* out) {
  std::vector<std::string> files;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
  if (ec) {
    FileReport r;
    r.path = dir.string();
    r.error = r.path + ": cannot read folder: " + ec.message();
    out->push_back(std::move(r));
    return;
  }
  for (; it != end; it.increment(ec)) {
    if (ec) break;
    const fs::path& p = it->path();
    if (p.filename().string().rfind('.', 0) == 0) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(ec) && HasExtension(p, extensions) && !(skip && skip(p.string()))) {
      files.push_back(p.string());
    }
  }
  std::sort(files.begin(), files.end());
  for (const std::string& f : files) out->push_back(ReadOne(f, defer));
}

}  // namespace

void ReadFile(FileReport* r) {
  std::string error;
  ReadOptions options;
  options.stop_at_nul = true;  // binary: refused at its first NUL, the rest is not needed
  if (!ReadWholeFile(r->path, &r->bytes, &error, options)) {
    r->error = r->path + ": cannot read: " + error;
  }
}

std::vector<FileReport> ReadInputs(const std::vector<std::string>& paths,
                                   const std::vector<std::string>& extensions,
                                   const std::string& stdin_name,
                                   const std::function<bool(const std::string&)>& skip,
                                   bool defer) {
  std::vector<FileReport> out;
  for (const std::string& path : paths) {
    if (path == "-") {
      FileReport r;
      r.path = stdin_name;
      r.from_stdin = true;
      std::string error;
      ReadOptions options;
      options.stop_at_nul = true;
      if (!ReadDescriptor(STDIN_FILENO, &r.bytes, &error, options)) {
        r.error = stdin_name + ": cannot read standard input: " + error;
      }
      out.push_back(std::move(r));
      continue;
    }
    std::error_code ec;
    fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) {
      FileReport r;
      r.path = path;
      r.error = path + ": no such file or folder";
      out.push_back(std::move(r));
    } else if (fs::is_directory(st)) {
      Walk(path, extensions, skip, defer, &out);
    } else {
      out.push_back(ReadOne(path, defer));
    }
  }
  return out;
}

void AddRuleOptions(CLI::App* cmd, RuleOptions* o) {
  cmd->add_option("--rules", o->rule_dirs, "Add the rule packs (*.yaml) of this folder; repeatable")
      ->type_name("DIR")
      ->allow_extra_args(false);
  cmd->add_flag("--no-builtin", o->no_builtin, "Do not load the rule packs built into finlint");
  cmd->add_option("--disable", o->disable,
                  "Turn off a rule (by id) or a whole category; repeatable")
      ->type_name("ID|CATEGORY")
      ->allow_extra_args(false);
}

bool LoadRules(const RuleOptions& o, rules::RuleSet* set, const config::Config* config) {
  auto folder = normalize::Folder::Create();
  if (!folder.ok()) {
    std::cerr << folder.error().ToString() << "\n";
    return false;
  }
  std::vector<Error> errors;
  rules::LoadOptions lo;
  lo.builtin = !o.no_builtin && (config == nullptr || config->builtin.value_or(true));
  lo.dirs = o.rule_dirs;
  if (config != nullptr)
    lo.dirs.insert(lo.dirs.end(), config->rule_dirs.begin(), config->rule_dirs.end());
  if (!rules::Load(lo, folder.value(), set, &errors)) {
    for (const Error& e : errors) std::cerr << e.ToString() << "\n";
    std::cerr << "finlint: " << errors.size() << " error" << (errors.size() == 1 ? "" : "s")
              << " in rule packs; nothing was checked\n";
    return false;
  }
  if (config != nullptr && !config::Apply(*config, set, &errors)) {
    for (const Error& e : errors) std::cerr << e.ToString() << "\n";
    std::cerr << "finlint: errors in " << config->path << "; nothing was checked\n";
    return false;
  }
  for (const std::string& d : o.disable) {
    if (set->FindRule(d) == nullptr && set->FindCategory(d) == nullptr) {
      std::cerr << "finlint: --disable " << d << ": no rule or category with this id "
                << "(see 'finlint rules list')\n";
      return false;
    }
    set->Disable(d);
  }
  if (set->rules.empty()) {
    std::cerr << "finlint: no rules to run (--no-builtin without --rules, or all disabled)\n";
    return false;
  }
  return true;
}

}  // namespace finlint::cli

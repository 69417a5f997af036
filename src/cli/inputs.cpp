// Inputs and rules for every subcommand: folder walking, file reading, stdin, rule loading.
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <iostream>

#include "cli.h"
#include "finlint/core/read_file.h"
#include "finlint/normalize/normalize.h"
#include "finlint/rules/compiled.h"

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

// Why a path names nothing: a broken link says where it points; a link loop says so.
std::string NotThere(const std::string& path, fs::file_status st, std::error_code why) {
  if (st.type() != fs::file_type::not_found && why) return path + ": " + why.message();
  std::error_code ec;
  if (fs::is_symlink(fs::symlink_status(path, ec))) {
    fs::path target = fs::read_symlink(path, ec);
    return path + ": broken symbolic link (its target " + target.string() + " does not exist)";
  }
  return path + ": no such file or folder";
}

// Folder contents, sorted for stable output. Hidden entries (.git …) are skipped; symbolic
// links to folders are not followed, so a link loop cannot trap the walk; pipes, sockets and
// devices are skipped (reading one could block or never end). A folder that cannot be read and
// a link to a missing file are reported, not skipped, so that no post is silently unchecked.
void Walk(const fs::path& root, const std::vector<std::string>& extensions,
          const std::function<bool(const std::string&)>& skip, bool defer,
          std::vector<FileReport>* out) {
  std::vector<FileReport> found;  // files to read (no error yet) and problems, sorted together
  auto problem = [&](const std::string& path, std::string error) {
    FileReport r;
    r.path = path;
    r.error = std::move(error);
    found.push_back(std::move(r));
  };
  std::vector<fs::path> folders = {root};  // an explicit stack: no recursion limit on depth
  while (!folders.empty()) {
    fs::path dir = std::move(folders.back());
    folders.pop_back();
    std::error_code ec;
    fs::directory_iterator it(dir, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
      const fs::path& p = it->path();
      if (p.filename().string().rfind('.', 0) == 0) continue;
      // The entry's own type comes with the listing (no stat), so a folder whose path is
      // too long to open is still seen as one and reported.
      std::error_code type_ec;
      if (it->is_symlink(type_ec)) {
        fs::file_status target = fs::status(p, type_ec);
        if (fs::is_directory(target) || !HasExtension(p, extensions) ||
            (skip && skip(p.string()))) {
          continue;
        }
        if (fs::is_regular_file(target)) {
          found.emplace_back().path = p.string();
        } else if (!fs::exists(target)) {
          problem(p.string(), NotThere(p.string(), target, type_ec));
        }
      } else if (it->is_directory(type_ec)) {
        folders.push_back(p);
      } else if (it->is_regular_file(type_ec) && HasExtension(p, extensions) &&
                 !(skip && skip(p.string()))) {
        found.emplace_back().path = p.string();
      }
    }
    if (ec) problem(dir.string(), dir.string() + ": cannot read folder: " + ec.message());
  }
  std::sort(found.begin(), found.end(),
            [](const FileReport& a, const FileReport& b) { return a.path < b.path; });
  for (FileReport& f : found) {
    out->push_back(f.error.empty() ? ReadOne(f.path, defer) : std::move(f));
  }
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
      r.error = NotThere(path, st, ec);
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

bool LoadRules(const RuleOptions& o, rules::RuleSet* set, const config::Config* config,
               bool examples) {
  auto folder = normalize::Folder::Create();
  if (!folder.ok()) {
    std::cerr << folder.error().ToString() << "\n";
    return false;
  }
  std::vector<Error> errors;
  rules::LoadOptions lo;
  lo.builtin = !o.no_builtin && (config == nullptr || config->builtin.value_or(true));
  lo.compiled = rules::CompiledBuiltins();
  lo.examples = examples;
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

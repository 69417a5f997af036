// `finlint init`: writes a commented starter .finlint.yaml.
#include <filesystem>
#include <iostream>

#include "atomic.h"
#include "cli.h"
#include "finlint/config/config.h"

namespace finlint::cli {
namespace fs = std::filesystem;

CLI::App* AddInit(CLI::App& app, InitArgs* args) {
  CLI::App* cmd = app.add_subcommand(
      "init", "Write a commented starter " + std::string(config::kFileName) + " (all optional)");
  cmd->add_option("dir", args->dir, "Folder to write it in (default: the current folder)")
      ->type_name("DIR");
  cmd->add_flag("--force", args->force, "Overwrite an existing configuration file");
  return cmd;
}

int RunInit(const InitArgs& args) {
  std::error_code ec;
  if (!fs::is_directory(args.dir, ec)) {
    std::cerr << "finlint: " << args.dir << ": no such folder\n";
    return kExitError;
  }
  fs::path path = fs::path(args.dir) / config::kFileName;
  if (fs::exists(path, ec) && !args.force) {
    std::cerr << "finlint: " << path.string() << " already exists (use --force to overwrite)\n";
    return kExitError;
  }
  std::string error;
  if (!WriteAtomically(path.string(), config::Starter(), &error)) {
    std::cerr << "finlint: cannot write " << path.string() << ": " << error << "\n";
    return kExitError;
  }
  std::cout << "wrote " << path.string() << "\n";
  return kExitClean;
}

}  // namespace finlint::cli

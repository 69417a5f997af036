// The options of `finlint serve`, and how finlint runs it. The server is its own executable,
// finlint-serve, built from the same main() with serve.cpp: cpp-httplib, and OpenSSL and the
// compression libraries it is linked with, would otherwise load and initialize on every run of
// finlint — about 6 ms, which is most of what a pre-commit check of one post may cost.
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>

#include "cli.h"

namespace finlint::cli {

CLI::App* AddServe(CLI::App& app, ServeArgs* a) {
  CLI::App* cmd = app.add_subcommand(
      "serve", "Serve a local web page to paste copy into and see its findings (127.0.0.1 only)");
  cmd->add_option("--port", a->port, "Port to listen on at 127.0.0.1; 0 picks a free one")
      ->check(CLI::Range(0, 65535))
      ->capture_default_str();
  AddConfigOptions(cmd, &a->input);
  AddRuleOptions(cmd, &a->input.rules);
  cmd->footer(
      "Prints 'finlint serve: http://127.0.0.1:PORT/' once it listens; open that address in a\n"
      "browser. Ctrl-C (or SIGTERM) stops it. The page's JSON API, for other tools too:\n"
      "  POST /api/check   body: the text (Content-Type: text/plain; ?filename=post.md picks the\n"
      "                    input type) or JSON {\"text\": …, \"filename\": …}; answers the JSON\n"
      "                    contract of 'check --format json' (docs/formats.md)\n"
      "  POST /api/fix     the same body, and \"fingerprint\" of one finding (or none: all);\n"
      "                    answers {\"text\": the text with safe rewrites applied, \"applied\": "
      "N}\n"
      "Bodies are UTF-8, at most 1 MiB; errors are {\"error\": …} with a 4xx status.");
  return cmd;
}

int ExecServe(char** argv) {
  std::error_code ec;
  std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
  std::filesystem::path server = self.parent_path() / "finlint-serve";
  if (!ec) execv(server.c_str(), argv);
  std::cerr << "finlint: cannot run " << (ec ? "finlint-serve" : server.string()) << ": "
            << (ec ? ec.message() : std::strerror(errno))
            << " (finlint serve needs finlint-serve installed beside finlint)\n";
  return kExitError;
}

}  // namespace finlint::cli

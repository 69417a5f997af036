// `finlint fix`: applies the rewrites and disclosures that rules mark safe, atomically.
#include "finlint/report/fix.h"

#include <unistd.h>

#include <filesystem>
#include <iostream>

#include "atomic.h"
#include "cli.h"
#include "process.h"
#include "session.h"

namespace finlint::cli {
namespace fs = std::filesystem;

CLI::App* AddFix(CLI::App& app, FixArgs* a) {
  CLI::App* cmd = app.add_subcommand(
      "fix", "Apply the rewrites and disclosures that rules mark safe, in place and atomically");
  cmd->add_flag("--dry-run", a->dry_run, "Say what would change; write nothing");
  cmd->add_flag("--diff", a->diff, "Print the changes as a unified diff; write nothing");
  cmd->footer(
      "Only suggestions marked `safe` are applied: a rewrite where the file holds exactly the\n"
      "words that were read (no entity or escape inside), and disclosures appended to plain\n"
      "text and Markdown. Everything else is listed for review. A second run changes nothing.\n\n"
      "Exit status: 0 nothing at error severity left, 1 errors left for review, 2 a file\n"
      "could not be read, decoded or written (it is left as it was).");
  AddInputOptions(cmd, &a->input);
  return cmd;
}

namespace {

// A unified diff of the change, by diff(1) on two temporary files.
std::string UnifiedDiff(const std::string& path, const std::string& before,
                        const std::string& after) {
  fs::path dir = fs::temp_directory_path();
  std::string a = (dir / "finlint-a-XXXXXX").string(), b = (dir / "finlint-b-XXXXXX").string();
  int fa = mkstemp(a.data()), fb = mkstemp(b.data());
  std::string out;
  if (fa >= 0 && fb >= 0 &&
      write(fa, before.data(), before.size()) == static_cast<ssize_t>(before.size()) &&
      write(fb, after.data(), after.size()) == static_cast<ssize_t>(after.size())) {
    RunProgram({"diff", "-u", "--label", "a/" + path, "--label", "b/" + path, a, b}, &out);
  }
  if (fa >= 0) close(fa);
  if (fb >= 0) close(fb);
  unlink(a.c_str());
  unlink(b.c_str());
  return out;
}

}  // namespace

int RunFix(const FixArgs& a) {
  InputArgs input = a.input;
  int failed = 0;
  // Only files and folders: fix would replace a named pipe or device with a regular file (and
  // reading a pipe first could wait for ever). Folder walks skip them already.
  std::vector<std::string> paths;
  for (const std::string& p : input.paths) {
    if (p == "-") {
      std::cerr << "finlint: fix rewrites files in place; it cannot read standard input\n";
      return kExitError;
    }
    std::error_code ec;
    fs::file_status st = fs::status(p, ec);
    if (!ec && fs::exists(st) && !fs::is_regular_file(st) && !fs::is_directory(st)) {
      std::cerr << p << ": not a regular file (a pipe or device); fix rewrites files in place"
                << " (left as it was)\n";
      ++failed;
      continue;
    }
    paths.push_back(p);
  }
  if (!input.paths.empty() && paths.empty()) return kExitError;  // not "." instead
  input.paths = paths;
  Session session(input);
  if (!session.Run()) return kExitError;
  report::Run& run = session.run();
  bool write = !a.dry_run && !a.diff;
  int changed = 0, applied_total = 0, left_errors = 0, left_total = 0;
  for (size_t i = 0; i < run.files.size(); ++i) {
    FileReport& f = run.files[i];
    if (!f.error.empty()) {
      std::cerr << f.error << " (left as it was)\n";
      ++failed;
      continue;
    }
    if (f.encoding != "utf-8") {
      std::cerr << f.path << ": " << f.encoding
                << " file left as it was (fix writes UTF-8 only; convert it first)\n";
      left_total += static_cast<int>(f.findings.size());
      continue;
    }
    extract::InputType type = extract::TypeForPath(f.path);
    if (input.input_type != "auto") extract::ParseInputType(input.input_type, &type);
    FileReport now = f;  // the file as it is rewritten, round by round
    int applied = report::FixAll(&now, type, [&](FileReport* r) { session.Recheck(i, r); });
    if (!now.error.empty()) {
      std::cerr << f.path << ": a rewrite made the file unreadable (" << now.error
                << "); left as it was\n";
      ++failed;
      continue;
    }
    for (const Finding& x : now.findings) {
      ++left_total;
      if (x.severity >= rules::Severity::kError) ++left_errors;
    }
    if (applied == 0) continue;
    ++changed;
    applied_total += applied;
    if (a.diff) std::cout << UnifiedDiff(f.path, f.bytes, now.bytes);
    if (a.dry_run) {
      std::cout << f.path << ": would apply " << applied << " fix" << (applied == 1 ? "" : "es")
                << "\n";
    }
    if (write) {
      std::string error;
      if (!WriteAtomically(f.path, now.bytes, &error)) {
        std::cerr << f.path << ": cannot write: " << error << "; left as it was\n";
        ++failed;
        continue;
      }
      std::cout << f.path << ": applied " << applied << " fix" << (applied == 1 ? "" : "es")
                << "\n";
    }
  }
  std::cerr << (write ? "fixed " : "would fix ") << changed << " file" << (changed == 1 ? "" : "s")
            << " (" << applied_total << " fix" << (applied_total == 1 ? "" : "es") << "); "
            << left_total << " finding" << (left_total == 1 ? "" : "s") << " left for review\n";
  if (failed > 0) return kExitError;
  return left_errors > 0 ? kExitFindings : kExitClean;
}

}  // namespace finlint::cli

// See source_root.h.
#include "source_root.h"

#include <fcntl.h>
#include <unistd.h>

#include <filesystem>
#include <system_error>

#include "process.h"

namespace finlint::cli {

std::string SourceRoot() {
  std::string out;
  // Outside a work tree git says "fatal: not a git repository" on stderr: not our user's
  // concern, so its stderr goes to /dev/null for the call.
  int saved = dup(STDERR_FILENO);
  int null = open("/dev/null", O_WRONLY);
  if (null >= 0) {
    dup2(null, STDERR_FILENO);
    close(null);
  }
  int status = RunProgram({"git", "rev-parse", "--show-toplevel"}, &out);
  if (saved >= 0) {
    dup2(saved, STDERR_FILENO);
    close(saved);
  }
  while (!out.empty() && (out.back() == '\n' || out.back() == '\r')) out.pop_back();
  if (status == 0 && !out.empty()) return out;
  std::error_code ec;
  return std::filesystem::current_path(ec).string();
}

}  // namespace finlint::cli
